import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { TeamsView } from '@/components/companion/teams-view';
import type { TeamRow } from '@/lib/companion/team-table';

afterEach(cleanup);

/** Team i with monthly adoption i / 100 (so the default order, highest first, is 59, 58, …). */
const team = (i: number): TeamRow => ({
  id: `g${i}`,
  name: `Team ${i}`,
  hidden: null,
  size: 10,
  sizeSource: 'api-seats',
  sizeApproximate: false,
  monthlyRate: i / 100,
  monthlyActives: i,
  weeklyRate: null,
  productRates: { chat: null, claude_code: null, cowork: null, office: null, design: null },
  productWithheld: { chat: false, claude_code: false, cowork: false, office: false, design: false },
  trend30: null,
  targetProgress: null,
  targetStatus: 'no-target',
  targetInherited: false,
  forecastDate: null,
  champions: 0,
  suggestions: 0,
});

it('many teams: the first 50 in the chosen order, then all of them on "Show all" (issue 12: 500 teams sort in time)', () => {
  render(
    <TeamsView
      rows={Array.from({ length: 60 }, (_, i) => team(i))}
      k={5}
      scope="org"
      onSelect={() => undefined}
    />,
  );
  const shown = () =>
    [...screen.getByTestId('teams-table').querySelectorAll('tbody tr')].map((r) =>
      r.getAttribute('data-row'),
    );
  expect(shown()).toHaveLength(50);
  expect(shown()[0]).toBe('g59');
  expect(shown()[49]).toBe('g10');
  fireEvent.click(screen.getByRole('button', { name: 'Show all 60 rows' }));
  expect(shown()).toHaveLength(60);
  expect(shown()[59]).toBe('g0');
});
