/**
 * The popup's ChatGPT & Claude line on a team whose own figure is not shown:
 * it shows the whole organisation's, and says so in a sentence, so that a
 * team lead does not read the organisation's share as the team's. It never
 * names a hidden team.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ToolsDigest, ToolsScopeRow } from '@/lib/metrics/tools/digest';
import { ToolsLine } from './tools-line';

afterEach(cleanup);

const share = (active: number, seats: number) => ({ active, seats, share: active / seats });
const row = (scope: string, name: string, active: number | null): ToolsScopeRow => ({
  scope,
  name,
  source: scope === 'org' ? 'org' : 'claude-group',
  hiddenBecause: active === null ? 'Fewer than 5 members.' : null,
  figures:
    active === null
      ? null
      : {
          chatgpt: share(active, 40),
          claude: null,
          combined: null,
          overlap: null,
          seatsInBoth: null,
          paidTwiceUnused: null,
        },
  benchmarks: null,
  deep: null,
});
// ChatGPT shares: org 30 of 40 (75.0%), Sales 10 of 40 (25.0%), Legal hidden.
const digest = {
  version: 1,
  k: 5,
  peopleShown: true,
  targets: [],
  periods: [
    {
      period: {
        key: 'weekly:2026-11-15:2026-11-21',
        cadence: 'weekly',
        start: '2026-11-15',
        end: '2026-11-21',
        days: 7,
        shape: 'week',
      },
      claudeDaysStored: 0,
      rows: [
        row('org', 'Whole organisation', 30),
        row('sales', 'Sales', 10),
        row('legal', 'Legal', null),
      ],
      suggestions: [],
      champions: null,
      gpts: null,
    },
  ],
} as unknown as ToolsDigest;

describe('ToolsLine', () => {
  it.each([
    // scope, the figure shown, the sentence saying whose it is (null: none needed)
    ['org', 'ChatGPT 75.0% (30 of 40)', null],
    ['sales', 'ChatGPT 25.0% (10 of 40)', null],
    [
      'legal',
      'ChatGPT 75.0% (30 of 40)',
      "This team's own figure is hidden for privacy; this is the whole organisation's.",
    ],
    [
      'support',
      'ChatGPT 75.0% (30 of 40)',
      "This team has no figure in this period; this is the whole organisation's.",
    ],
  ])('on %s: %s', (scope, figure, instead) => {
    render(<ToolsLine digest={digest} scope={scope} />);
    const line = screen.getByTestId('popup-tools-line');
    expect(line.textContent).toContain(figure);
    expect(screen.queryByTestId('popup-tools-instead')?.textContent ?? null).toBe(instead);
    expect(line.textContent).not.toContain('Legal');
  });
});
