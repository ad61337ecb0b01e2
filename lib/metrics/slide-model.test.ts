/**
 * Property test of the slid index and counts (slide-index.ts,
 * slide-counts.ts): a history changes step by step as a sync changes it —
 * days appended one or several at a time, a day skipped and arriving late, a
 * day re-fetched as another record, a partial day completed, a member moving
 * between groups or two swapping groups, the privacy floor k changed, a member seen only in rows,
 * a member leaving and coming back, a member record changed
 * (email, last active day), settings changed (seat rules, champion window, top share and an
 * opt-out too), the day the
 * figures are for moving back — and after every step the model built with
 * the memo kept from the step before deep-equals a build without a memo (and each shown group's
 * champions and dormant seats are the org's of its members). So
 * do the activity index and the active counts of a 40-day index (whose first
 * 29 days have cut windows). Days start at the data floor, so early in a run
 * the 120-day index reaches before it and its cut windows are published.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countActives } from '@/lib/metrics/adoption-counts';
import { buildActivityIndex } from '@/lib/metrics/build-activity-index';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { addDays, dayNumber } from '@/lib/metrics/days';
import type { ActivityColumn, DayColumnsInput, MetricsHistory } from '@/lib/metrics/history';
import { createIndexMemo } from '@/lib/metrics/index-memo';
import { forgetKeptAtoms } from '@/lib/metrics/kept-atoms';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { groupScopes, orgScope } from '@/lib/metrics/scopes';
import { forgetSeatOrders } from '@/lib/metrics/seat-order';
import { countActivesKept } from '@/lib/metrics/slide-counts';

const FIRST = '2026-01-01';
const MEMBERS = 9;
const columns: ActivityColumn[] = [
  'chatMessages',
  'codeSessions',
  'coworkSessions',
  'officeSessions',
  'designSessions',
  'chatSkillsUsed',
  'coworkConnectorsUsed',
  'chatProjectsUsed',
  'codeToolAccepted',
];

type Step =
  | { kind: 'append'; count: number; seed: number; skip: boolean; rowsOnly: boolean }
  | { kind: 'late' | 'complete' | 'move' | 'swap' | 'record' | 'leave' }
  | { kind: 'refetch'; back: number; seed: number }
  | {
      kind: 'settings';
      weekdaysOnly: boolean;
      window: number;
      k: number;
      dormantDays: number;
      reclaimDays: number;
      graceDays: number;
      topShare: number;
      optOut: number;
    }
  | { kind: 'back'; days: number };

const seed = fc.integer({ min: 0, max: 2 ** 30 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      count: fc.integer({ min: 1, max: 3 }),
      seed,
      skip: fc.boolean(),
      rowsOnly: fc.boolean(),
    }),
  },
  fc.record({
    kind: fc.constantFrom(
      'late' as const,
      'complete' as const,
      'move' as const,
      'swap' as const,
      'record' as const,
      'leave' as const,
    ),
  }),
  fc.record({ kind: fc.constant('refetch' as const), back: fc.integer({ min: 0, max: 45 }), seed }),
  fc.record({
    kind: fc.constant('settings' as const),
    weekdaysOnly: fc.boolean(),
    window: fc.integer({ min: 7, max: 40 }),
    k: fc.integer({ min: 2, max: 5 }),
    dormantDays: fc.integer({ min: 1, max: 40 }),
    reclaimDays: fc.integer({ min: 1, max: 70 }),
    graceDays: fc.integer({ min: 0, max: 20 }),
    topShare: fc.constantFrom(0.05, 0.2, 0.5),
    optOut: fc.integer({ min: -1, max: MEMBERS - 1 }),
  }),
  fc.record({ kind: fc.constant('back' as const), days: fc.integer({ min: 1, max: 4 }) }),
);

const idOf = (m: number) => `user_${m}`;

/** The settings before any settings step (seat rules short enough for the history's days). */
const defaults = {
  weekdaysOnly: false,
  window: 30,
  k: 2,
  dormantDays: 7,
  reclaimDays: 20,
  graceDays: 3,
  topShare: 0.05,
  optOut: -1,
};
/** Member m's email: name keys (name-key.ts) unique but for members 3 and 4, who share one. */
const emailOf = (m: number) =>
  `${['ann', 'bo', 'cy', 'dee', 'dee', 'eve', 'flo', 'gus', 'hal'][m]}.smith${m}@example.test`;

/** A day's rows: members picked by the seed (and a rows-only id), a few counters each. */
function dayOf(
  n: number,
  s: number,
  complete: boolean,
  rowsOnly: boolean,
  gone = -1,
): DayColumnsInput {
  const who = Array.from({ length: MEMBERS }, (_, m) => m).filter(
    (m) => (s >>> m) & 1 && m !== gone,
  );
  const ids = [...who.map(idOf), ...(rowsOnly ? [`rows_only_${s % 3}`] : [])];
  const cols: Partial<Record<ActivityColumn, Uint32Array>> = {};
  // Members 6 to 8 mostly hold their seat without using it (dormant and never-activated seats).
  const idle = ids.map(
    (_, i) => i < who.length && who[i]! >= 6 && ((s >>> (who[i]! + 18)) & 15) !== 0,
  );
  columns.forEach((name, c) => {
    const values = ids.map((_, i) => (idle[i] ? 0 : ((s >>> ((i * 3 + c) % 27)) & 3) % 3));
    if (values.some((v) => v > 0)) cols[name] = Uint32Array.from(values);
  });
  return { day: addDays(FIRST, n), memberIds: ids, columns: cols, complete };
}

/**
 * The history a sync would hold: member records and two groups, one member may have moved
 * (`moved`), or two swapped groups (`swapped`: the groups keep their sizes), one (`gone`) may have
 * left (no record, no group; its old rows stay).
 */
function historyOf(
  days: Map<number, DayColumnsInput>,
  moved: boolean,
  edited: boolean,
  swapped = false,
  gone = -1,
): MetricsHistory {
  const all = Array.from({ length: MEMBERS }, (_, m) => idOf(m));
  const ids = all.filter((_, m) => m !== gone);
  const listed = ids.slice();
  if (swapped) [listed[3], listed[4]] = [listed[4]!, listed[3]!];
  const end = addDays(FIRST, 400);
  return {
    days: [...days.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d),
    members: all.flatMap((id, m) =>
      m === gone
        ? []
        : [
            {
              id,
              email: edited && m === 1 ? 'renamed@example.test' : emailOf(m),
              firstSeenDay: addDays(FIRST, m * 5),
              lastSeenDay: FIRST,
              lastActiveDay:
                m % 3 === 0
                  ? null
                  : addDays(FIRST, m >= 6 ? m + (edited ? 2 : 0) : m * 9 + (edited ? 200 : 0)),
            },
          ],
    ),
    groups: [
      { id: 'a', name: 'A', source: 'api' },
      { id: 'b', name: 'B', source: 'api' },
    ],
    memberships: [
      { groupId: 'a', startDay: FIRST, endDay: end, memberIds: listed.slice(0, moved ? 5 : 4) },
      { groupId: 'b', startDay: FIRST, endDay: end, memberIds: listed.slice(moved ? 5 : 4) },
    ],
  };
}

describe('slid builds', () => {
  it('equal a build without a memo after every change a sync makes', () => {
    const slid = { model: 0, index: 0, builds: 0 };
    const shown = { dormant: 0, never: 0, champions: 0, badges: 0, groupChampions: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 130 }),
        seed,
        fc.array(step, { minLength: 1, maxLength: 10 }),
        (start, s0, steps) => {
          const days = new Map<number, DayColumnsInput>();
          for (let n = 0; n < start; n += 1)
            days.set(n, dayOf(n, (s0 * (n + 1)) >>> 0, true, false));
          let next = start;
          let moved = false;
          let edited = false; // member records read back with another email and last active day
          let back = 0;
          let swapped = false;
          let gone = -1; // a member who left the organisation
          // k 2: groups of 4 and 5 are shown, with their seats and champions.
          let settings = { ...defaults };
          const memo = createIndexMemo();
          const small = createIndexMemo();
          for (const st of steps) {
            if (st.kind === 'append') {
              for (let k = 0; k < st.count; k += 1) {
                const n = next++;
                if (!(st.skip && k === 0))
                  days.set(
                    n,
                    dayOf(
                      n,
                      (st.seed + k * 7919) >>> 0,
                      k < st.count - 1 || n % 4 !== 0,
                      st.rowsOnly,
                      gone,
                    ),
                  );
              }
            } else if (st.kind === 'late') {
              for (let n = 0; n < next; n += 1)
                if (!days.has(n)) {
                  days.set(n, dayOf(n, n * 31, true, false));
                  break;
                }
            } else if (st.kind === 'complete') {
              for (const [n, d] of days) if (!d.complete) days.set(n, { ...d, complete: true });
            } else if (st.kind === 'refetch') {
              const n = Math.max(0, next - 1 - st.back);
              days.set(n, dayOf(n, st.seed, true, false));
            } else if (st.kind === 'move') moved = !moved;
            else if (st.kind === 'swap') swapped = !swapped;
            else if (st.kind === 'record') edited = !edited;
            else if (st.kind === 'leave') gone = gone < 0 ? next % MEMBERS : -1;
            else if (st.kind === 'settings') settings = st;
            else if (st.kind === 'back') back = st.days;
            const history = historyOf(days, moved, edited, swapped, gone);
            const parsed = parseMetricsSettings({
              weekdaysOnly: settings.weekdaysOnly,
              privacy: { k: settings.k },
              champions: {
                windowDays: settings.window,
                minTenureDays: 0,
                topShare: settings.topShare,
                optOutEmails: settings.optOut < 0 ? [] : [emailOf(settings.optOut).toUpperCase()],
              },
              seats: {
                dormantDays: settings.dormantDays,
                reclaimDays: settings.reclaimDays,
                activationGraceDays: settings.graceDays,
              },
            });
            const options = { today: addDays(FIRST, next - back), timeZone: 'UTC' };
            back = 0;
            const got = buildAllScopes(history, parsed, { ...options, memo });
            forgetKeptAtoms(); // the build without a memo cuts its own scope atoms
            forgetSeatOrders(); // …and sorts every seat list afresh
            expect(got).toEqual(buildAllScopes(history, parsed, options));
            shown.dormant += got.org.seats?.dormant.members?.length ?? 0;
            shown.never += got.org.seats?.neverActivated.members?.length ?? 0;
            shown.champions += got.org.champions.champions.length;
            shown.badges += got.org.champions.champions.filter((c) => c.nameKey).length;
            // A group's champions: the org's, of its members, in the org's order.
            for (const g of got.groups) {
              const members = new Set(
                history
                  .memberships!.filter((s) => s.groupId === g.scope.id)
                  .flatMap((s) => s.memberIds),
              );
              const want = got.org.champions.champions.filter((c) => members.has(c.memberId));
              if (g.champions.shown) expect(g.champions.champions).toEqual(want);
              // …and its seat lists the org's, of its members.
              const lists = g.seats && got.org.seats;
              if (lists?.dormant.members && g.seats?.dormant.members)
                expect(g.seats.dormant.members).toEqual(
                  lists.dormant.members.filter((m) => members.has(m.memberId)),
                );
              shown.groupChampions += g.champions.champions.length;
            }
            slid.builds += 1;
            if (memo.index?.from != null) slid.model += 1;
            // A 40-day index and its counts, every day of them (cut windows included).
            const asOf = dayNumber(addDays(FIRST, next - 1));
            const idx = buildActivityIndex(history, asOf, 40, 14, small);
            const fresh = buildActivityIndex(history, asOf, 40, 14);
            expect(idx).toEqual(fresh);
            if (small.index?.from != null) slid.index += 1;
            const scopes = [orgScope(idx), ...groupScopes(history, idx)];
            expect(countActivesKept(idx, scopes, settings.weekdaysOnly, small)).toEqual(
              countActives(
                fresh,
                [orgScope(fresh), ...groupScopes(history, fresh)],
                settings.weekdaysOnly,
              ),
            );
          }
        },
      ),
      {
        numRuns: 40,
        // Groups swapping two members (same sizes) with k low enough to publish both: the gate's
        // kept scope atoms must be cut again (kept-atoms.ts compares the members, not the sizes).
        examples: [
          [
            1,
            0,
            [
              { kind: 'append', count: 2, seed: 0, skip: false, rowsOnly: false },
              { ...defaults, kind: 'settings', window: 7, k: 2 },
              { kind: 'swap' },
              { ...defaults, kind: 'settings', window: 7, k: 2 },
            ],
          ],
        ],
      },
    );
    // The property is about slid builds: most builds must have been slid, not built in full.
    expect(slid.model).toBeGreaterThan(slid.builds / 3);
    expect(slid.index).toBeGreaterThan(slid.builds / 3);
    // …and the seat lists and champions it compares must have rows (a run has about 200 builds).
    expect(shown.dormant).toBeGreaterThan(slid.builds / 20);
    expect(shown.never).toBeGreaterThan(0);
    expect(shown.champions).toBeGreaterThan(slid.builds / 2);
    expect(shown.badges).toBeGreaterThan(0);
    expect(shown.groupChampions).toBeGreaterThan(slid.builds / 4);
  });
});
