import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { PopupView } from './popup-view';

afterEach(cleanup);

it('a stored snapshot that fails re-verification is not shown; the reason is (issue 11 item 6)', () => {
  render(
    <PopupView
      orgName={null}
      status={null}
      statusError={null}
      scopes={[]}
      scope={null}
      insights={{ state: 'none' }}
      snapshot={{ ok: false, reason: 'The stored team snapshot cannot be shown: not signed.' }}
    />,
  );
  expect(screen.getByTestId('popup-snapshot-refused').textContent).toBe(
    'The stored team snapshot cannot be shown: not signed.',
  );
  expect(screen.queryByTestId('popup-snapshot-banner')).toBeNull();
  expect(screen.queryByTestId('popup-rate')).toBeNull();
});
