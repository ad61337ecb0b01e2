/**
 * Property tests of the per-build parts made faster for issue 12 item 2
 * (parts-memo.ts and what it feeds): on random histories whose e-mails,
 * memberships (new arrays, or the same arrays changed in place), rollups and
 * settings change between builds, a model built with one memo kept across
 * builds deep-equals one built without; the one-pass product plans equal
 * each window's plan made from its user list; champions equal a selection
 * computed by the definition in champions.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChampionStats } from '@/lib/metrics/champion-stats';
import { selectChampions } from '@/lib/metrics/champions';
import { parseMetricsSettings, type ChampionRules } from '@/lib/metrics/config';
import { addDays, dayNumber } from '@/lib/metrics/days';
import type { ActivityColumn, DayColumnsInput, MetricsHistory } from '@/lib/metrics/history';
import { createIndexMemo } from '@/lib/metrics/index-memo';
import { prepareInsights } from '@/lib/metrics/insight-context';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { nameKeyOfEmail, uniqueNameKeys } from '@/lib/metrics/name-key';
import { planSuppression } from '@/lib/metrics/privacy';
import { productPlan } from '@/lib/metrics/product-gate';
import { productPlans, productUsers } from '@/lib/metrics/product-plans';
import { NO_DAY, type ActivityIndex } from '@/lib/metrics/activity-index';
import { windowDays } from '@/lib/metrics/adoption-counts';
import { inSeatOrder, seatOrder } from '@/lib/metrics/seat-order';
import { metricProducts } from '@/lib/metrics/history';

const FIRST = '2026-08-03';
const counted: ActivityColumn[] = [
  'chatMessages',
  'codeSessions',
  'coworkSessions',
  'officeSessions',
  'designSessions',
  'chatSkillsUsed',
  'chatConnectorsUsed',
  'chatProjectsUsed',
];
const idOf = (m: number) => `user_${String(m).padStart(3, '0')}`;

const scenarios = fc
  .record({
    members: fc.integer({ min: 2, max: 40 }),
    days: fc.integer({ min: 20, max: 45 }),
    seed: fc.integer({ min: 0, max: 2 ** 30 }),
  })
  .chain(({ members, days, seed }) =>
    fc.record({
      members: fc.constant(members),
      days: fc.constant(days),
      seed: fc.constant(seed),
      steps: fc.array(
        fc.record({
          names: fc.array(fc.integer({ min: 0, max: 5 }), {
            minLength: members,
            maxLength: members,
          }),
          groups: fc.array(
            fc.uniqueArray(fc.integer({ min: 0, max: members - 1 }), { maxLength: members }),
            { minLength: 1, maxLength: 4 },
          ),
          inPlace: fc.boolean(),
          rollup: fc.boolean(),
          k: fc.integer({ min: 2, max: 5 }),
          topShare: fc.constantFrom(0.05, 0.3, 0.5),
          dormantDays: fc.integer({ min: 1, max: 20 }),
          optOut: fc.option(fc.integer({ min: 0, max: members - 1 }), { nil: null }),
          teamGrainOnly: fc.constantFrom(false, false, true),
        }),
        { minLength: 2, maxLength: 4 },
      ),
    }),
  );

/** Activity of member m on day d, from the seed: 0 … 3 per counter, some days none. */
function value(seed: number, m: number, d: number, c: number): number {
  const x = Math.imul(seed ^ (m * 73 + d * 31 + c * 7), 2654435761) >>> 0;
  return (x >>> 7) % 3 === 0 ? 0 : (x >>> 11) % 4;
}

function dayOf(seed: number, members: number, d: number): DayColumnsInput {
  const who = Array.from({ length: members }, (_, m) => m).filter((m) => (m + d) % 9 !== 0);
  const columns: Partial<Record<ActivityColumn, Uint32Array>> = {};
  counted.forEach((name, c) => {
    columns[name] = Uint32Array.from(who, (m) => (m % 4 === c % 4 ? value(seed, m, d, c) : 0));
  });
  return { day: addDays(FIRST, d), memberIds: who.map(idOf), columns, complete: true };
}

describe('builds with a parts memo', () => {
  it('equal builds without one, as e-mails, memberships, rollups and settings change', () => {
    fc.assert(
      fc.property(scenarios, ({ members, days, seed, steps }) => {
        const memo = createIndexMemo();
        const dayRecords: DayColumnsInput[] = [];
        for (let d = 0; d < days; d += 1) dayRecords.push(dayOf(seed, members, d));
        const kept: string[][] = [];
        steps.forEach((step, t) => {
          const through = days - steps.length + t; // one more day each step
          const last = addDays(FIRST, through);
          const memberships = step.groups.map((g, gi) => {
            const ids = g.map(idOf);
            if (step.inPlace && kept[gi]) kept[gi]!.splice(0, kept[gi]!.length, ...ids);
            else kept[gi] = ids;
            return {
              groupId: `g${gi}`,
              startDay: FIRST,
              endDay: addDays(last, 1),
              memberIds: kept[gi]!,
            };
          });
          const ids = Array.from({ length: members }, (_, m) => idOf(m));
          const history: MetricsHistory = {
            days: dayRecords.slice(0, through + 1),
            members: ids.map((id, m) => ({
              id,
              email: `pat.${'abcdef'[step.names[m]!]}${m % 3}@x.example`,
              firstSeenDay: FIRST,
              lastSeenDay: last,
              lastActiveDay: null,
            })),
            groups: step.groups.map((_, gi) => ({ id: `g${gi}`, name: `G${gi}`, source: 'api' })),
            memberships,
            rollups: step.rollup
              ? [
                  {
                    startDay: addDays(last, -29),
                    endDay: addDays(last, 1),
                    memberIds: ids.filter((_, m) => m % 5 !== 1),
                    columns: {
                      chatSkillsUsed: Uint32Array.from(ids, (_, m) => (m * seed) % 4),
                      chatProjectsUsed: Uint32Array.from(ids, (_, m) => (m + seed) % 3),
                    },
                  },
                ]
              : [],
          };
          const settings = parseMetricsSettings({
            privacy: { k: step.k, teamGrainOnly: step.teamGrainOnly },
            seats: { dormantDays: step.dormantDays },
            champions: {
              windowDays: 14,
              minTenureDays: 0,
              topShare: step.topShare,
              optOutEmails:
                step.optOut === null ? [] : [history.members![step.optOut]!.email!.toUpperCase()],
            },
          });
          const options = { today: addDays(last, 1), timeZone: 'UTC' };
          expect(buildAllScopes(history, settings, { ...options, memo })).toEqual(
            buildAllScopes(history, settings, options),
          );
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('productPlans', () => {
  it("equals each window's productPlan over its productUsers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 2 ** 30 }),
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 30 }), {
          maxLength: 5,
        }),
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        (members, seed, groups, k, weekdaysOnly) => {
          const days = Array.from({ length: 35 }, (_, d) => dayOf(seed, members, d));
          const ctx = prepareInsights(
            { days },
            parseMetricsSettings({}),
            addDays(FIRST, 35),
            'UTC',
            () => true,
          );
          const idx = ctx.idx!;
          const scopes = groups.map((g, j) => ({
            id: `g${j}`,
            members: g.filter((m) => m < idx.memberIds.length),
          }));
          const daily = idx.length - 1 - (seed % 3);
          const byDefinition = Object.fromEntries(
            metricProducts.map((p, v) => {
              const hidden = new Set<string>();
              windowDays.forEach((w, wi) => {
                const d = wi === 0 ? daily : idx.length - 1;
                const plan = productPlan(productUsers(idx, v, d, w, weekdaysOnly), scopes, k);
                if (!plan.has('org')) for (const id of plan) hidden.add(id);
              });
              return [p, [...hidden].sort()];
            }),
          );
          expect(productPlans(idx, scopes, k, weekdaysOnly, daily)).toEqual(byDefinition);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('planSuppression', () => {
  it('plans again when a group it planned before is changed in place', () => {
    const a = { id: 'a', members: [0, 1, 2, 3, 4, 5] };
    const b = { id: 'b', members: [6, 7, 8, 9, 10, 11] };
    expect([...planSuppression(12, [a, b], 5).keys()]).toEqual([]);
    b.members.splice(2); // b now holds 2 people: below k, and a is its complement
    expect([...planSuppression(12, [a, b], 5).keys()]).toEqual(['b']);
  });
});

const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The champion selection by its definition (champions.ts), one member at a time. */
function byDefinition(stats: ChampionStats[], rules: ChampionRules, asOf: string) {
  const optedOut = new Set(rules.optOutEmails.map((e) => e.toLowerCase()));
  const eligible = stats.filter(
    (s) =>
      s.seatHolder &&
      s.firstSeenDay !== null &&
      dayNumber(s.firstSeenDay) <= dayNumber(asOf) - rules.minTenureDays &&
      !(s.email !== null && optedOut.has(s.email.toLowerCase())),
  );
  const n = eligible.length;
  const pct = (values: number[], v: number) =>
    v <= 0 ? 0 : values.filter((x) => x <= v).length / n;
  const breadths = eligible.map((s) => s.productsUsed + s.skills + s.connectors + s.projects);
  const depths = eligible.map((s) => s.interactions);
  const { consistency: wc, breadth: wb, depth: wd } = rules.weights;
  const scored = eligible.map((s, i) => {
    const consistency = s.windowWeekdays > 0 ? Math.min(1, s.activeWeekdays / s.windowWeekdays) : 0;
    const score =
      (wc * consistency + wb * pct(breadths, breadths[i]!) + wd * pct(depths, depths[i]!)) /
      (wc + wb + wd);
    return { s, score };
  });
  const k = Math.max(1, Math.ceil(rules.topShare * n - 1e-9));
  const cutoff = n === 0 ? null : scored.map((x) => x.score).sort((a, b) => b - a)[k - 1]!;
  const unique = uniqueNameKeys(stats.map((s) => s.email));
  const champions = scored
    .filter((x) => cutoff !== null && x.score > 0 && x.score >= cutoff - 1e-12)
    .sort(
      (a, b) =>
        b.score - a.score ||
        textOrder(a.s.email ?? '', b.s.email ?? '') ||
        textOrder(a.s.memberId, b.s.memberId),
    );
  return {
    eligible: n,
    cutoff,
    champions: champions.map((x) => ({
      memberId: x.s.memberId,
      score: x.score,
      nameKey:
        x.s.email && unique.has(nameKeyOfEmail(x.s.email)) ? nameKeyOfEmail(x.s.email) : null,
    })),
  };
}

describe('selectChampions', () => {
  const stat = fc.record({
    name: fc.integer({ min: 0, max: 30 }),
    seatHolder: fc.constantFrom(true, true, true, false),
    firstSeen: fc.integer({ min: 0, max: 60 }),
    activeWeekdays: fc.integer({ min: 0, max: 25 }),
    productsUsed: fc.integer({ min: 0, max: 5 }),
    skills: fc.integer({ min: 0, max: 4 }),
    // Large or fractional interactions take the sorted path, small whole ones the histogram.
    interactions: fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.double({ min: 0, max: 100, noNaN: true }),
    ),
  });
  it('selects what the definition selects', () => {
    fc.assert(
      fc.property(
        fc.array(stat, { maxLength: 40 }),
        fc.constantFrom(0.05, 0.3, 0.5),
        fc.integer({ min: 0, max: 30 }),
        (raw, topShare, minTenureDays) => {
          const asOf = '2026-11-30';
          const stats: ChampionStats[] = raw.map((r, i) => ({
            memberId: `user_${String(i).padStart(2, '0')}`,
            email: `m.${'abcdefgh'[r.name % 8]}${r.name}@x.example`,
            firstSeenDay: addDays(asOf, -r.firstSeen),
            seatHolder: r.seatHolder,
            activeWeekdays: r.activeWeekdays,
            windowWeekdays: 20,
            productsUsed: r.productsUsed,
            skills: r.skills,
            connectors: 0,
            projects: 0,
            breadthSource: 'rollup',
            interactions: r.interactions,
          }));
          const rules = parseMetricsSettings({ champions: { topShare, minTenureDays } }).champions;
          const got = selectChampions(stats, rules, asOf);
          const want = byDefinition(stats, rules, asOf);
          expect({
            eligible: got.eligible,
            cutoff: got.computedCutoff,
            champions: got.champions.map((c) => ({
              memberId: c.memberId,
              score: c.score,
              nameKey: c.nameKey,
            })),
          }).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('inSeatOrder', () => {
  it('equals sorting by seatOrder, build after build, as last active days and e-mails change', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            members: fc.integer({ min: 0, max: 30 }),
            last: fc.array(fc.option(fc.integer({ min: 20_000, max: 20_006 }), { nil: null }), {
              minLength: 30,
              maxLength: 30,
            }),
            names: fc.array(fc.constantFrom('ann', 'Ann', 'bo', 'b.o', null), {
              minLength: 30,
              maxLength: 30,
            }),
            listed: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (builds) => {
          for (const b of builds) {
            const idx = {
              memberIds: Array.from({ length: b.members }, (_, g) => `u${(g * 7) % 31}`),
              emails: b.names.slice(0, b.members).map((x) => (x ? `${x}@x.example` : null)),
              lastActive: Int32Array.from(b.last.slice(0, b.members), (d) => d ?? NO_DAY),
            } as unknown as ActivityIndex;
            const members = Array.from({ length: b.members }, (_, g) => g).filter(
              (g) => b.listed[g],
            );
            const want = [...members].sort((x, y) => seatOrder(idx, x, y));
            expect(Array.from(inSeatOrder(idx, members, 'property test'))).toEqual(want);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
