import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { complementaryDetail } from '@/lib/metrics/privacy';
import { PrivacySection } from './privacy-section';

afterEach(cleanup);

const values = { k: 5, teamGrainOnly: false, pseudonymisedExports: false };

describe('the privacy section shows what the floor hides now', () => {
  it('each hidden group with its reason in words', () => {
    render(
      <PrivacySection
        values={values}
        locked={{}}
        hidden={[
          { id: 'legal', name: 'Legal', hiddenBecause: 'Fewer than 5 members.' },
          { id: 'mkt', name: 'Marketing', hiddenBecause: complementaryDetail },
        ]}
        onSave={async () => undefined}
      />,
    );
    expect(
      [...screen.getByTestId('privacy-hidden').querySelectorAll('li')].map((l) => l.textContent),
    ).toEqual([
      'Legal: Fewer than 5 members.',
      'Marketing: not small, but hidden so that a smaller team’s figures cannot be worked out by subtraction.',
    ]);
    expect(screen.getByTestId('privacy-rules').textContent).toContain('docs/privacy.md');
    // The rules open as the extension's own page (privacy.html, built from docs/privacy.md), in a tab.
    const link = screen.getByTestId('privacy-rules-link');
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual([
      '/privacy.html',
      '_blank',
    ]);
  });

  it('says so when nothing is hidden', () => {
    render(<PrivacySection values={values} locked={{}} onSave={async () => undefined} />);
    expect(screen.getByTestId('privacy-hidden-none').textContent).toBe(
      'With the current k, every group’s figures are shown.',
    );
  });
});
