import { describe, expect, it } from 'vitest';
import {
  costEntries,
  scopeEntries,
  spendBreakdown,
  spendCoverage,
  type SpendRowInput,
} from './spend';
import { latestSpendDay, monthForecast } from './spend-forecast';

const cost = (
  day: string,
  group: Record<string, unknown>,
  amount: unknown,
  prefix: string,
  requests: number | null = 1,
): SpendRowInput => ({
  kind: 'cost',
  day,
  groupKey: `${prefix}:${Object.entries(group)
    .map(([k, v]) => `${k}=${v}`)
    .join('|')}`,
  group,
  values: { amount, currency: 'USD', requests },
});
const pm = (day: string, product: string, model: string, cents: string) =>
  cost(day, { product, model }, cents, 'product+model');
const grp = (day: string, id: string | null, cents: string) =>
  cost(day, { rbac_group_id: id }, cents, 'rbac_group_id');

describe('costEntries', () => {
  it('reads cost rows, skips usage rows and unparsable amounts', () => {
    const rows: SpendRowInput[] = [
      pm('2026-11-01', 'chat', 'claude-sonnet-4-6', '12345.5'),
      { ...pm('2026-11-01', 'chat', 'x', '1'), kind: 'usage' },
      pm('2026-11-01', 'chat', 'x', 'n/a'),
      cost('2026-11-01', { actor: { email_address: 'a@x.example' } }, '500', 'actor'),
    ];
    const { entries, skipped } = costEntries(rows);
    expect(skipped).toBe(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      dimension: 'product+model',
      product: 'chat',
      dollars: 123.455,
    });
    expect(entries[1]).toMatchObject({ dimension: 'actor', actorEmail: 'a@x.example', dollars: 5 });
  });
});

describe('spendBreakdown', () => {
  const { entries } = costEntries([
    pm('2026-11-01', 'chat', 'sonnet', '10000'),
    pm('2026-11-01', 'claude_code', 'opus', '30000'),
    pm('2026-11-03', 'claude_code', 'sonnet', '5000'),
    pm('2026-10-31', 'chat', 'sonnet', '99900'),
    grp('2026-11-01', 'g1', '25000'),
    grp('2026-11-01', null, '15000'),
    grp('2026-11-03', 'g1', '5000'),
  ]);
  const b = spendBreakdown(entries, '2026-11-01', '2026-11-03');

  it.each([
    ['total (one grouping only)', b.total, 450],
    ['requests', b.requests, 3],
    ['days', b.daily.map((d) => d.dollars), [400, 0, 50]],
  ])('%s', (_n, actual, expected) => expect(actual).toEqual(expected));

  it('ranks products, models and groups, largest first', () => {
    expect(b.byProduct).toEqual([
      { key: 'claude_code', dollars: 350 },
      { key: 'chat', dollars: 100 },
    ]);
    expect(b.byModel).toEqual([
      { key: 'opus', dollars: 300 },
      { key: 'sonnet', dollars: 150 },
    ]);
    expect(b.byGroup).toEqual([
      { key: 'g1', dollars: 300 },
      { key: '', dollars: 150 },
    ]);
  });

  it('is zero, not NaN, on an empty range', () => {
    expect(spendBreakdown([], '2026-11-01', '2026-11-02')).toMatchObject({
      total: 0,
      requests: null,
      daily: [{ dollars: 0 }, { dollars: 0 }],
    });
  });

  it('names the latest day', () => {
    expect(latestSpendDay(entries)).toBe('2026-11-03');
    expect(latestSpendDay([])).toBeNull();
  });
});

describe('monthForecast', () => {
  const every = (from: number, to: number, cents: string, month = '2026-11') =>
    Array.from({ length: to - from + 1 }, (_, i) =>
      pm(`${month}-${String(from + i).padStart(2, '0')}`, 'chat', 'm', cents),
    );

  it.each([
    [
      '$10 a day, 10 days in',
      every(1, 10, '1000'),
      '2026-11-10',
      7,
      { monthToDate: 100, runRatePerDay: 10, remainingDays: 20, forecast: 300, basisDays: 7 },
    ],
    [
      'first day of the month',
      every(1, 1, '1000'),
      '2026-11-01',
      7,
      { monthToDate: 10, runRatePerDay: 10, remainingDays: 29, forecast: 300, basisDays: 1 },
    ],
    [
      'last day: forecast = MTD',
      every(1, 30, '100'),
      '2026-11-30',
      7,
      { monthToDate: 30, remainingDays: 0, forecast: 30 },
    ],
    [
      'run rate from the last 7 days only',
      [...every(1, 3, '10000'), ...every(4, 10, '1000')],
      '2026-11-10',
      7,
      { monthToDate: 370, runRatePerDay: 10, forecast: 570 },
    ],
    [
      'a gap counts as $0',
      every(1, 3, '700'),
      '2026-11-07',
      7,
      { monthToDate: 21, runRatePerDay: 3, forecast: 21 + 3 * 23 },
    ],
    [
      'February',
      every(1, 14, '100', '2026-02'),
      '2026-02-14',
      7,
      { monthEnd: '2026-02-28', remainingDays: 14, forecast: 28 },
    ],
  ])('%s', (_n, rows, asOf, lookback, expected) => {
    const f = monthForecast(costEntries(rows).entries, asOf, lookback);
    for (const [k, v] of Object.entries(expected))
      if (typeof v === 'string') expect(f[k as keyof typeof f]).toBe(v);
      else expect(f[k as keyof typeof f]).toBeCloseTo(v, 9);
  });
});

describe('scopeEntries and spendCoverage', () => {
  const { entries } = costEntries([
    pm('2026-11-01', 'chat', 'sonnet', '10000'),
    grp('2026-11-01', 'g1', '2500'),
    grp('2026-11-02', 'g1', '500'),
    grp('2026-11-02', 'g2', '7000'),
  ]);
  it('a group scope totals its own rows', () => {
    const b = spendBreakdown(scopeEntries(entries, 'g1'), '2026-11-01', '2026-11-02');
    expect(b.total).toBe(30);
    expect(b.daily.map((d) => d.dollars)).toEqual([25, 5]);
    expect(b.byProduct).toEqual([{ key: 'unattributed', dollars: 30 }]);
  });
  it('the org scope totals the product+model rows', () => {
    expect(spendBreakdown(scopeEntries(entries, 'org'), '2026-11-01', '2026-11-02').total).toBe(
      100,
    );
  });
  it('coverage', () => {
    expect(spendCoverage(entries)).toEqual({ from: '2026-11-01', to: '2026-11-02' });
    expect(spendCoverage([])).toBeNull();
  });
});
