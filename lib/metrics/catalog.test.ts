import { describe, expect, it } from 'vitest';
import { catalogCount } from '@/lib/metrics/catalog';
import { pickRollup } from '@/lib/metrics/champion-stats';
import { dayNumber } from '@/lib/metrics/days';
import type { CatalogInput, RollupInput } from '@/lib/metrics/history';

const start = dayNumber('2026-11-01');
const end = dayNumber('2026-12-01');
const snapshot = (
  rows: Record<string, unknown>[],
  s = '2026-11-01',
  e = '2026-12-01',
  scope = 'org',
): CatalogInput => ({
  kind: 'connectors',
  scope,
  startDay: s,
  endDay: e,
  rows,
});

describe('catalogCount', () => {
  it.each([
    [
      'named rows with users',
      [
        { connector_name: 'atlassian', distinct_user_count: 58 },
        { connector_name: 'github', distinct_user_count: 3 },
      ],
      2,
    ],
    [
      'a row with 0 users and the unknown bucket do not count',
      [
        { connector_name: 'atlassian', distinct_user_count: 58 },
        { connector_name: 'github', distinct_user_count: 0 },
        { connector_name: 'unknown' },
      ],
      1,
    ],
    ['camelCase rows', [{ connectorName: 'slack', distinctUserCount: 4 }], 1],
    ['empty', [], 0],
  ])('%s → %i', (_, rows, n) => {
    expect(catalogCount([snapshot(rows)], 'connectors', 'org', start, end)).toBe(n);
  });

  it('takes the latest overlapping snapshot of the scope; null when there is none', () => {
    const older = snapshot([{ connector_name: 'a' }], '2026-10-01', '2026-11-10');
    const newer = snapshot(
      [{ connector_name: 'a' }, { connector_name: 'b' }],
      '2026-11-05',
      '2026-11-30',
    );
    expect(catalogCount([newer, older], 'connectors', 'org', start, end)).toBe(2);
    expect(catalogCount([newer], 'connectors', 'rbac_group_x', start, end)).toBeNull();
    expect(
      catalogCount(
        [snapshot([{ connector_name: 'a' }], '2026-09-01', '2026-10-01')],
        'connectors',
        'org',
        start,
        end,
      ),
    ).toBeNull();
    expect(catalogCount([newer], 'skills', 'org', start, end)).toBeNull();
  });
});

describe('pickRollup', () => {
  const rollup = (s: string, e: string): RollupInput => ({
    startDay: s,
    endDay: e,
    memberIds: [],
    columns: {},
  });
  it.each([
    [[rollup('2026-11-01', '2026-12-01'), rollup('2026-11-15', '2026-12-01')], '2026-11-01'],
    [[rollup('2026-10-01', '2026-11-01')], null],
    // overlaps of 19 and 21 days: the larger wins
    [[rollup('2026-10-20', '2026-11-20'), rollup('2026-11-10', '2026-12-10')], '2026-11-10'],
    [[], null],
  ] as const)('%j → starts %s', (rollups, startDay) => {
    expect(pickRollup([...rollups], start, end)?.startDay ?? null).toBe(startDay);
  });
});
