import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes, buildInsightModel } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on, summary } from '@/lib/metrics/test-history';

const last = '2026-11-30';
const month = dayRange('2026-11-01', last);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const eng = ids('eng', 10);
const sales = ids('sales', 10);
const tiny = ids('tiny', 3);
const history = makeHistory({
  first: '2026-09-01',
  last,
  members: [
    ...eng.map((id, i) => ({
      id,
      active: on(
        month,
        i < 8 ? { chatMessages: 5, chatConnectorsUsed: 1, codeSessions: 1 } : { chatMessages: 0 },
      ),
    })),
    ...sales.map((id, i) => ({ id, active: on(i < 2 ? month : [], { chatMessages: 3 }) })),
    ...tiny.map((id) => ({ id })), // a team of 3, all inactive: under k
    ...ids('none', 5).map((id) => ({ id, active: on(month) })),
  ],
  groups: [
    { id: 'g_eng', name: 'Engineering', members: eng },
    { id: 'g_sales', name: 'Sales', members: sales },
    { id: 'g_tiny', name: 'Tiny', members: tiny },
  ],
  summaries: [summary('org', last, { assignedSeats: 30, pendingInvites: 4 })],
});
const settings = parseMetricsSettings({
  targets: [
    { id: 'org70', metric: 'monthly_adoption', scope: 'org', value: 70, deadline: '2027-03-31' },
    {
      id: 'sales2x',
      metric: 'weekly_actives_growth',
      scope: 'g_sales',
      value: 2,
      baseline: { day: '2026-11-15', value: null },
      deadline: '2027-03-31',
    },
  ],
});
const opts = { today: Date.parse('2026-12-02T09:00:00Z'), timeZone: 'Europe/London' };

function walk(value: unknown, visit: (n: number, path: string) => void, path = '$'): void {
  if (typeof value === 'number') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, visit, `${path}.${k}`);
}

describe('insight models', () => {
  const all = buildAllScopes(history, settings, opts);
  const models = [all.org, ...all.groups];

  it('are plain JSON with no NaN or Infinity anywhere', () => {
    for (const m of models) {
      expect(JSON.parse(JSON.stringify(m))).toEqual(m);
      walk(m, (n, path) => expect(Number.isFinite(n), path).toBe(true));
    }
  });

  it('one scope alone equals the same scope from the all-scopes pass', () => {
    expect(buildInsightModel(history, settings, opts)).toEqual(all.org);
    for (const g of all.groups)
      expect(buildInsightModel(history, settings, { ...opts, scope: g.scope.id })).toEqual(g);
  });

  it('describe the scope, its size and freshness', () => {
    expect(all.org).toMatchObject({
      version: 1,
      scope: { id: 'org', kind: 'org', name: null },
      today: '2026-12-02',
      freshness: { latestDay: last, membersLatestDay: last, summariesLatestDay: last, lagDays: 2 },
      size: { value: 30, source: 'api-seats', approximate: false, members: 28 },
    });
    expect(
      all.groups.map((g) => [
        g.scope.id,
        g.scope.name,
        g.size.value,
        g.size.source,
        g.size.approximate,
      ]),
    ).toEqual([
      ['g_eng', 'Engineering', 10, 'members-seen', true],
      ['g_sales', 'Sales', 10, 'members-seen', true],
      ['g_tiny', 'Tiny', null, 'members-seen', true],
    ]);
  });

  it('carry targets with progress and the gap in people', () => {
    // org monthly actives: 8 eng + 2 sales + 5 others = 15 of 30 seats = 50%; 70% = 21 → 6 more.
    expect(all.org.targets).toEqual([
      expect.objectContaining({
        id: 'org70',
        current: 50,
        goalActives: 21,
        gapPeople: 6,
        progress: 50 / 70,
      }),
    ]);
    // sales weekly actives: 2 on 2026-11-15 and today → goal ×2 = 4, 2 more, multiple 1.
    expect(all.groups[1]!.targets).toEqual([
      expect.objectContaining({
        id: 'sales2x',
        kind: 'growth',
        goalActives: 4,
        gapPeople: 2,
        growth: expect.objectContaining({ multiple: 1 }),
      }),
    ]);
    expect(all.groups[0]!.targets).toEqual([]);
  });

  it('suggest for published teams only, with numbers (Sales lags; Tiny is under k)', () => {
    const ids = all.org.suggestions.map((s) => s.id);
    expect(ids).toContain('lagging-team:g_sales');
    expect(all.org.suggestions.find((s) => s.id === 'lagging-team:g_sales')!.title).toBe(
      'Sales monthly adoption 20% vs org 50%',
    );
    expect(ids.some((id) => id.includes('g_tiny'))).toBe(false);
    expect(all.groups[1]!.suggestions.every((s) => s.scope === 'g_sales')).toBe(true);
    expect(all.groups[2]!.suggestions).toEqual([]);
  });

  it('an unknown group id gives an empty model that says why', () => {
    const m = buildInsightModel(history, settings, { ...opts, scope: 'rbac_group_gone' });
    expect(m).toMatchObject({ adoption: null, scope: { id: 'rbac_group_gone' } });
    expect(m.suppressed[0]).toMatchObject({ part: 'scope', reason: 'no-data' });
  });
});
