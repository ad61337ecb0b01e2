/**
 * Nothing partial is stated as fact: the same organisation with its 30-day
 * window fully synced, and half synced (the 15 newest days in, as during a
 * first sync, which fetches member days newest first).
 *
 * Engineering (20 people, all active) used Cowork only in the older half of
 * the window (10 people, on 2026-10-28); Sales (10 people, 5 active) never
 * did. The API's totals know this all along: org /summaries say 10 Cowork
 * monthly actives, and the group rollup of `/users` says Engineering had 25
 * Cowork sessions over the window and Sales 0.
 */
import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import type { FeatureUse, MetricsHistory, SummaryInput } from '@/lib/metrics/history';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on, summary } from '@/lib/metrics/test-history';

const first = '2026-10-26';
const last = '2026-11-24';
const olderHalf = dayRange(first, '2026-11-09'); // 15 days, not yet synced in the partial case
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const eng = ids('eng', 20);
const sales = ids('sales', 10);
const all30 = dayRange(first, last);

const products = (cowork: number | null, design: number | null): SummaryInput['productActive'] => {
  const none = { daily: null, weekly: null, monthly: null };
  return {
    chat: none,
    claude_code: none,
    cowork: { daily: null, weekly: null, monthly: cowork },
    office: none,
    design: { daily: null, weekly: null, monthly: design },
  };
};
const use = (cowork: number | null, connectors: number | null = 0): FeatureUse => ({
  cowork,
  connectors,
  skills: 0,
  projects: 0,
});

function history(missing: string[], extra: Partial<MetricsHistory> = {}): MetricsHistory {
  return makeHistory({
    first,
    last,
    missing,
    members: [
      ...eng.map((id, i) => ({
        id,
        active: {
          ...on(all30, { chatMessages: 4 }),
          ...(i < 10 ? on(['2026-10-28'], { chatMessages: 4, coworkSessions: 2 }) : {}),
        },
      })),
      ...sales.map((id, i) => ({
        id,
        active: {
          ...(i < 5 ? on(all30, { chatMessages: 2 }) : {}),
          // Five Claude Design users (k = 5: fewer would be withheld), on a day both cases have.
          ...(i < 5 ? on(['2026-11-20'], { chatMessages: 2, designSessions: 1 }) : {}),
        },
      })),
    ],
    groups: [
      { id: 'g_eng', name: 'Engineering', members: eng },
      { id: 'g_sales', name: 'Sales', members: sales },
    ],
    summaries: [
      // The API's own distinct counts for the 30 days to 2026-11-24 (the latest day).
      summary('org', last, {
        dailyActive: 25,
        weeklyActive: 25,
        monthlyActive: 25,
        assignedSeats: 30,
        productActive: products(10, 5),
      }),
      // Group rows for the latest day come from the group rollup: no product breakdown.
      summary('g_eng', last, { dailyActive: 20, weeklyActive: 20, monthlyActive: 20 }),
      summary('g_sales', last, { dailyActive: 5, weeklyActive: 5, monthlyActive: 5 }),
    ],
    extra: {
      groupActivity: [
        {
          groupId: 'g_eng',
          startDay: first,
          endDay: '2026-11-25',
          distinctActive: 20,
          featureUse: use(25),
        },
        {
          groupId: 'g_sales',
          startDay: first,
          endDay: '2026-11-25',
          distinctActive: 5,
          featureUse: use(0),
        },
      ],
      ...extra,
    },
  });
}

const settings = parseMetricsSettings({
  // Tenure 0 and a 20-day reclaim window: only completeness decides what is shown.
  champions: { minTenureDays: 0 },
  seats: { dormantDays: 10, reclaimDays: 20 },
  // Uptake threshold 20%: the 5 Design users (k = 5) are 17% of 30 seats.
  suggestions: { cap: 50, productUptakePercent: 20 },
});
const opts = { today: '2026-11-25', timeZone: 'UTC' };
const full = buildAllScopes(history([]), settings, opts);
const partial = buildAllScopes(history(olderHalf), settings, opts);
const byId = (models: typeof full) =>
  Object.fromEntries(
    [models.org, ...models.groups].flatMap((m) => m.suggestions).map((s) => [s.id, s]),
  );

describe('a half-synced 30-day window', () => {
  it('is measured: 15 of 30 member days present', () => {
    expect(partial.org.completeness.monthly).toEqual({
      days: 30,
      needed: 30,
      present: 15,
      complete: false,
    });
    expect(full.org.completeness.monthly.complete).toBe(true);
    expect(full.org.completeness.note).toBeNull();
    expect(partial.org.completeness.note).toContain(
      'Member activity is synced for 15 of the last 30 days',
    );
  });

  it('adoption figures come from the API totals, not from the half window', () => {
    const monthly = partial.org.adoption!.monthly;
    expect([monthly.actives, monthly.source]).toEqual([25, 'summaries']);
    expect(full.org.adoption!.monthly).toMatchObject({ actives: 25, source: 'members' });
  });
});

describe('feature-gap rule', () => {
  it('never says "nobody uses Cowork" of a team whose totals show Cowork use', () => {
    // Engineering's member days in the window show no Cowork (its use was in the older half).
    expect(byId(partial)).not.toHaveProperty('feature-gap:g_eng:cowork');
    expect(byId(full)).not.toHaveProperty('feature-gap:g_eng:cowork');
  });

  it('says "nobody" from group totals of 0, and says it is from totals', () => {
    const s = byId(partial)['feature-gap:g_sales:cowork']!;
    expect(s.title).toBe(
      'Sales: nobody uses Cowork, 10 people in the org do (from group totals while member history syncs)',
    );
    expect(s.basis).toBe('totals');
    // Fully synced, the same gap is member-based and says nothing more.
    const f = byId(full)['feature-gap:g_sales:cowork']!;
    expect([f.title, f.basis]).toEqual([
      'Sales: nobody uses Cowork, 10 people in the org do',
      'members',
    ]);
  });

  it('stays silent when neither member days nor totals tell', () => {
    const noTotals = buildAllScopes(history(olderHalf, { groupActivity: [] }), settings, opts);
    expect(Object.keys(byId(noTotals)).filter((id) => id.startsWith('feature-gap:'))).toEqual([]);
  });

  it('counts users exactly from the 30-day member rollup while days are missing', () => {
    // The rollup (range-mode /users) gives every member's sums over exactly the window:
    // 8 engineers used connectors, nobody in Sales.
    const rollup = {
      startDay: first,
      endDay: '2026-11-25',
      memberIds: [...eng, ...sales],
      columns: {
        chatConnectorsUsed: Uint32Array.from([...eng, ...sales], (_, i) => (i < 8 ? 2 : 0)),
      },
    };
    const models = buildAllScopes(history(olderHalf, { rollups: [rollup] }), settings, opts);
    const s = byId(models)['feature-gap:g_sales:connectors']!;
    expect(s.title).toBe(
      'Sales: nobody uses connectors, 8 people in the org do (from group totals while member history syncs)',
    );
    expect(s.numbers).toMatchObject({ groupUsers: 0, orgUsers: 8, orgActives: 25 });
  });
});

describe('lagging-team and product-uptake rules', () => {
  it('fire on the API totals during the sync, and say so', () => {
    const lag = byId(partial)['lagging-team:g_sales']!;
    expect(lag.title).toBe(
      'Sales monthly adoption 50% vs org 83% (from group totals while member history syncs)',
    );
    expect(lag.basis).toBe('totals');
    expect(byId(full)['lagging-team:g_sales']!.title).toBe('Sales monthly adoption 50% vs org 83%');

    // The org's own product figure comes from the org's /summaries: "org totals".
    expect(byId(partial)['product-uptake:org:design']!.title).toBe(
      'Claude Design enabled, 17% of seats use it (from org totals while member history syncs)',
    );
    expect(byId(full)['product-uptake:org:design']!.title).toBe(
      'Claude Design enabled, 17% of seats use it',
    );
  });
});

describe('seat-reclaim rule', () => {
  it('is held back until the reclaim window is synced', () => {
    // Fully synced: the 5 Sales seats never used in 29 days qualify (reclaim after 20).
    expect(byId(full)['seat-reclaim:org']!.title).toBe(
      '5 seats unused for 20+ days (5 never activated)',
    );
    expect(Object.keys(byId(partial)).filter((id) => id.startsWith('seat-reclaim'))).toEqual([]);
    expect(partial.org.seats).toMatchObject({
      dormant: { count: null, members: null },
      reclaimable: { count: null },
      heldBack:
        'Dormant, never-activated and reclaimable seats need 20 days of member activity (15 synced so far).',
    });
  });
});

describe('champions', () => {
  it('are not named from a partial window, and say why', () => {
    expect(full.org.champions.shown).toBe(true);
    expect(full.org.champions.champions.length).toBeGreaterThan(0);
    expect(partial.org.champions).toMatchObject({ shown: false, champions: [], cutoff: null });
    expect(partial.org.suppressed).toContainEqual({
      part: 'champions',
      reason: 'incomplete-history',
      detail:
        'Champions are named once the last 30 days of member activity are synced (15 so far).',
    });
  });

  it('are not listed for a team whose members are not synced yet', () => {
    const noMembership = buildAllScopes(history([], { memberships: [] }), settings, opts);
    const sales = noMembership.groups.find((g) => g.scope.id === 'g_sales')!;
    expect(sales.champions.shown).toBe(false);
    expect(sales.completeness.membersKnown).toBe(false);
    // The privacy floor cannot be checked without the members: nothing shown, and why —
    // not "fewer than 5 members", which nobody knows yet.
    expect(sales.adoption).toBeNull();
    expect(sales.suppressed).toEqual([
      {
        part: 'scope',
        reason: 'incomplete-history',
        detail: 'Who is in Sales is not synced yet; its figures appear once it is.',
      },
    ]);
  });
});
