/**
 * Property test of the incremental model (issue 12 item 2): on random
 * histories — members, rows-only members, groups that overlap and members who
 * move between them, partial and re-fetched days, every product — the model
 * built day by day with one memo kept between builds (index-memo.ts), with the
 * settings changing between builds, deep-equals a full recomputation without a
 * memo. So do the activity index and the regions of the privacy gate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActivityIndex } from '@/lib/metrics/build-activity-index';
import { parseMetricsSettings, type MetricsSettings } from '@/lib/metrics/config';
import { addDays, dayNumber } from '@/lib/metrics/days';
import { regionsOf } from '@/lib/metrics/derivable';
import type {
  ActivityColumn,
  DayColumnsInput,
  MembershipInput,
  MetricsHistory,
} from '@/lib/metrics/history';
import { createIndexMemo } from '@/lib/metrics/index-memo';
import { buildAllScopes } from '@/lib/metrics/insight-model';

const FIRST = '2026-09-01';
const counted: ActivityColumn[] = [
  'chatMessages',
  'codeSessions',
  'coworkSessions',
  'officeSessions',
  'designSessions',
  'chatSkillsUsed',
  'coworkConnectorsUsed',
  'chatProjectsUsed',
  'codeToolAccepted',
  'designMessages',
];

interface Plan {
  members: number;
  days: number;
  /** Per day: rows (member numbers, −1 … −3 = someone only ever seen in rows), activity seed. */
  rows: { who: number[]; seed: number; complete: boolean; refetch: boolean }[];
  groups: { members: number[]; movedTo: number | null }[];
  settings: { weekdaysOnly: boolean; k: number; window: number; topShare: number }[];
}

const plans: fc.Arbitrary<Plan> = fc
  .record({ members: fc.integer({ min: 1, max: 30 }), days: fc.integer({ min: 1, max: 24 }) })
  .chain(({ members, days }) =>
    fc.record({
      members: fc.constant(members),
      days: fc.constant(days),
      rows: fc.array(
        fc.record({
          who: fc.uniqueArray(fc.integer({ min: -3, max: members - 1 }), { maxLength: members }),
          seed: fc.integer({ min: 0, max: 2 ** 30 }),
          complete: fc.integer({ min: 0, max: 9 }).map((n) => n > 0), // one day in ten partial
          refetch: fc.boolean(),
        }),
        { minLength: days, maxLength: days },
      ),
      groups: fc.array(
        fc.record({
          members: fc.uniqueArray(fc.integer({ min: 0, max: members - 1 }), {
            maxLength: members,
          }),
          movedTo: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        }),
        { maxLength: 4 },
      ),
      settings: fc.array(
        fc.record({
          weekdaysOnly: fc.boolean(),
          k: fc.integer({ min: 2, max: 6 }),
          window: fc.integer({ min: 7, max: 40 }),
          topShare: fc.constantFrom(0.05, 0.2, 0.5),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  );

const idOf = (m: number) => (m < 0 ? `rows_only_${-m}` : `user_${String(m).padStart(3, '0')}`);

/** Activity of row i on a day: a few products and counters, from the day's seed. */
function dayOf(day: string, who: number[], seed: number, complete: boolean): DayColumnsInput {
  const columns: Partial<Record<ActivityColumn, Uint32Array>> = {};
  counted.forEach((name, c) => {
    const values = who.map((_, i) => ((seed >>> ((i + c) % 24)) & 7) % 4);
    if (values.some((v) => v > 0)) columns[name] = Uint32Array.from(values);
  });
  return { day, memberIds: who.map(idOf), columns, complete };
}

/** The history as stored after `through` days, built from the plan (day objects shared). */
function historyAfter(plan: Plan, days: DayColumnsInput[], through: number): MetricsHistory {
  const last = addDays(FIRST, through);
  const memberships: MembershipInput[] = [];
  plan.groups.forEach((g, gi) => {
    const ids = g.members.map(idOf);
    const moveDay = addDays(FIRST, Math.floor(through / 2));
    if (g.movedTo === null) {
      memberships.push({
        groupId: `g${gi}`,
        startDay: FIRST,
        endDay: addDays(last, 1),
        memberIds: ids,
      });
      return;
    }
    // The first half moves to another group half-way through.
    const half = ids.slice(0, Math.ceil(ids.length / 2));
    memberships.push({ groupId: `g${gi}`, startDay: FIRST, endDay: moveDay, memberIds: ids });
    memberships.push({
      groupId: `g${gi}`,
      startDay: moveDay,
      endDay: addDays(last, 1),
      memberIds: ids.filter((id) => !half.includes(id)),
    });
    memberships.push({
      groupId: `g${g.movedTo}`,
      startDay: moveDay,
      endDay: addDays(last, 1),
      memberIds: half,
    });
  });
  return {
    days: days.slice(0, through + 1),
    // Member records appear as members are first seen (not in id order), so the numbering changes.
    members: Array.from({ length: plan.members }, (_, m) => m)
      .filter((m) => (m * 7) % plan.days <= through)
      .map((m) => ({
        id: idOf(m),
        email: `person.${m % 7}${m}@example.test`,
        firstSeenDay: addDays(FIRST, m % 5),
        lastSeenDay: last,
        lastActiveDay: m % 3 === 0 ? null : addDays(FIRST, m % 9),
      })),
    groups: plan.groups.map(
      (_, gi) => ({ id: `g${gi}`, name: `Group ${gi}`, source: 'api' }) as const,
    ),
    memberships,
  };
}

function settingsOf(s: Plan['settings'][number]): MetricsSettings {
  return parseMetricsSettings({
    weekdaysOnly: s.weekdaysOnly,
    privacy: { k: s.k },
    champions: { windowDays: s.window, minTenureDays: 0, topShare: s.topShare },
  });
}

describe('the incremental model', () => {
  it('built day by day with a memo equals a full recomputation', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const memo = createIndexMemo();
        const days: DayColumnsInput[] = [];
        for (let t = 0; t < plan.days; t += 1) {
          const r = plan.rows[t]!;
          const day = addDays(FIRST, t);
          days.push(dayOf(day, r.who, r.seed, r.complete));
          // A re-fetch replaces an earlier day with a new record (another identity, other rows).
          if (r.refetch && t > 0) {
            const back = Math.floor(t / 2);
            const old = plan.rows[back]!;
            days[back] = dayOf(addDays(FIRST, back), [...old.who].reverse(), r.seed, true);
          }
          const history = historyAfter(plan, days, t);
          const settings = settingsOf(plan.settings[t % plan.settings.length]!);
          const options = { today: addDays(day, 1), timeZone: 'UTC' };
          const incremental = buildAllScopes(history, settings, { ...options, memo });
          expect(incremental).toEqual(buildAllScopes(history, settings, options));
          const asOf = dayNumber(day);
          expect(buildActivityIndex(history, asOf, 40, 14, memo)).toEqual(
            buildActivityIndex(history, asOf, 40, 14),
          );
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('regionsOf', () => {
  /** The definition: members keyed by which sets hold them, regions in order of first member. */
  function byDefinition(universe: number, sets: number[][]) {
    const byKey = new Map<string, { members: number[]; in: boolean[] }>();
    for (let m = 0; m < universe; m += 1) {
      const flags = sets.map((s) => s.includes(m));
      const key = flags.map((b) => (b ? '1' : '0')).join('');
      const r = byKey.get(key);
      if (r) r.members.push(m);
      else byKey.set(key, { members: [m], in: flags });
    }
    return [...byKey.values()];
  }

  it('cuts members by the sets that hold them (table)', () => {
    // 0–5; A = {0,1,2}, B = {2,3}, A listed with a repeat: regions {0,1} A, {2} A+B, {3} B, {4,5} none.
    expect(
      regionsOf(6, [
        [0, 1, 2, 0],
        [3, 2],
      ]),
    ).toEqual([
      { members: [0, 1], in: [true, false] },
      { members: [2], in: [true, true] },
      { members: [3], in: [false, true] },
      { members: [4, 5], in: [false, false] },
    ]);
  });

  it('matches the definition on random sets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((u) =>
          fc.tuple(
            fc.constant(u),
            fc.array(fc.array(fc.integer({ min: 0, max: u - 1 }), { maxLength: u }), {
              maxLength: 6,
            }),
          ),
        ),
        ([universe, sets]) => {
          expect(regionsOf(universe, sets)).toEqual(byDefinition(universe, sets));
        },
      ),
      { numRuns: 200 },
    );
  });
});
