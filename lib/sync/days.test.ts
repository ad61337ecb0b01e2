import { describe, expect, it } from 'vitest';
import { splitRange, windowEnding } from './days';
import { defaultPlanOptions, planSync } from './planner';
import type { SyncTask } from './tasks';

describe('splitRange: spans of at most 366 days, newest first, from 2026-01-01', () => {
  it.each([
    ['2026-01-01', '2026-11-25', [['2026-01-01', '2026-11-25']]],
    ['2026-01-01', '2027-01-02', [['2026-01-01', '2027-01-02']]], // exactly 366 days
    [
      '2026-01-01',
      '2027-01-03',
      [
        ['2026-01-02', '2027-01-03'],
        ['2026-01-01', '2026-01-02'],
      ],
    ],
    [
      '2026-01-01',
      '2028-03-01',
      [
        ['2027-03-01', '2028-03-01'], // 366 days: 2028 is a leap year
        ['2026-02-28', '2027-03-01'],
        ['2026-01-01', '2026-02-28'],
      ],
    ],
    ['2025-12-01', '2026-01-10', [['2026-01-01', '2026-01-10']]], // cut at the floor
    ['2026-05-01', '2026-05-01', []],
    ['2025-11-01', '2025-12-31', []],
  ])('[%s, %s) → %j', (from, to, spans) => {
    expect(splitRange(from, to).map((s) => [s.startDay, s.endDay])).toEqual(spans);
  });
});

describe('windowEnding: a window never starts before 2026-01-01', () => {
  it.each([
    ['2026-01-11', 30, '2026-01-01'],
    ['2026-01-04', 7, '2026-01-01'],
    ['2026-01-09', 7, '2026-01-02'],
    ['2028-03-01', 30, '2028-01-31'],
  ])('%s, %i days → starts %s', (end, days, start) => {
    expect(windowEnding(end, days)).toEqual({ startDay: start, endDay: end });
  });
});

describe('planSync in 2028 and near January 2026', () => {
  const plan = (latestDay: string, storedDays: string[] = []): SyncTask[] =>
    planSync({
      latestDay,
      storedUserDays: new Set(),
      groups: [{ id: 'rbac_group_a', storedDays: new Set(storedDays) }],
      latestRollupEnd: null,
      membershipEnd: new Map(),
      catalogEnd: null,
      expectedMembers: 100,
      options: { ...defaultPlanOptions, historyDepthDays: 7 },
    });

  it('asks a group series missing since 2026 in spans of at most 366 days, newest first', () => {
    const spans = plan('2028-02-29').flatMap((t) =>
      t.kind === 'group-summaries' ? [[t.startDay, t.endDay, t.phase]] : [],
    );
    expect(spans).toEqual([
      ['2027-02-28', '2028-02-29', 'first-picture'],
      ['2026-02-27', '2027-02-28', 'history'],
      ['2026-01-01', '2026-02-27', 'history'],
    ]);
  });

  it('plans the whole first picture before the older spans', () => {
    const phases = plan('2028-02-29').map((t) => t.phase);
    expect(phases.lastIndexOf('first-picture')).toBeLessThan(phases.indexOf('history'));
  });

  it('starts no window before 2026-01-01 when the latest day is 2026-01-05', () => {
    const starts = plan('2026-01-05').flatMap((t) => ('startDay' in t ? [t.startDay] : []));
    expect(starts.length).toBeGreaterThan(5);
    expect(starts.filter((d) => d < '2026-01-01')).toEqual([]);
  });
});
