import { describe, expect, it } from 'vitest';
import { completenessNote, windowCoverage } from '@/lib/metrics/completeness';
import { dayNumber } from '@/lib/metrics/days';
import { memberEdge } from '@/lib/metrics/scope-completeness';
import { dayRange } from '@/lib/metrics/test-history';

const stored = (days: string[]) => {
  const set = new Set(days.map(dayNumber));
  return (n: number) => set.has(n);
};

describe('windowCoverage', () => {
  it.each([
    // window end, days, stored member days, needed, present, complete
    ['2026-11-24', 30, dayRange('2026-10-26', '2026-11-24'), 30, 30, true],
    ['2026-11-24', 30, dayRange('2026-11-10', '2026-11-24'), 30, 15, false],
    // A gap in the middle (a sync after a week away, newest first) is incomplete too.
    [
      '2026-11-24',
      30,
      dayRange('2026-10-26', '2026-11-24').filter((d) => d !== '2026-11-01'),
      30,
      29,
      false,
    ],
    // Early January: only the days since the 2026-01-01 data floor can hold rows.
    ['2026-01-10', 30, dayRange('2026-01-01', '2026-01-10'), 10, 10, true],
    ['2026-01-10', 30, dayRange('2026-01-05', '2026-01-10'), 10, 6, false],
    ['2026-11-24', 60, dayRange('2026-10-26', '2026-11-24'), 60, 30, false],
  ] as const)(
    '%s, %i days → %i needed, %i present, complete %s',
    (end, days, have, needed, present, complete) => {
      expect(windowCoverage(dayNumber(end), days, stored([...have]))).toEqual({
        days,
        needed,
        present,
        complete,
      });
    },
  );
});

describe('completenessNote', () => {
  const full = { days: 30, needed: 30, present: 30, complete: true };
  const half = { days: 30, needed: 30, present: 15, complete: false };
  const seats = { days: 60, needed: 60, present: 15, complete: false };

  it('says nothing when every part is member-based', () => {
    expect(
      completenessNote(
        {
          monthly: full,
          champions: full,
          seats: { ...full, days: 60, needed: 60, present: 60 },
          membersKnown: true,
        },
        null,
      ),
    ).toBeNull();
  });

  it('names what comes from totals and what is held back, with the counts', () => {
    expect(
      completenessNote({ monthly: half, champions: half, seats, membersKnown: true }, null),
    ).toBe(
      "Member activity is synced for 15 of the last 30 days: adoption figures come from the API's org and group totals, and team feature gaps only from group totals. " +
        'Champions are held back until 30 days of member activity are in (15 so far). ' +
        'Seat signals (dormant, never activated, reclaim) are held back until 60 days are in (15 so far).',
    );
  });

  it('says when a team’s members are not synced yet', () => {
    expect(
      completenessNote(
        { monthly: full, champions: full, seats: full, membersKnown: false },
        'Sales',
      ),
    ).toBe(
      "Who is in Sales is not synced yet: its figures come from the API's group totals, and nothing is computed from its members.",
    );
  });
});

describe('memberEdge (where member windows end)', () => {
  it.each([
    // figures for (summaries), member rows to, member windows end
    ['2026-11-24', '2026-11-24', '2026-11-24'],
    // /users has not published the latest day /summaries has: not missing, not there yet.
    ['2026-11-24', '2026-11-23', '2026-11-23'],
    ['2026-11-24', '2026-11-22', '2026-11-22'],
    // Further behind: a sync is filling in, the window still ends on the figures' day.
    ['2026-11-24', '2026-11-10', '2026-11-24'],
    ['2026-11-24', null, '2026-11-24'],
  ] as const)('figures %s, member rows to %s → %s', (asOf, members, edge) => {
    expect(memberEdge(dayNumber(asOf), members === null ? null : dayNumber(members))).toBe(
      dayNumber(edge),
    );
  });
});
