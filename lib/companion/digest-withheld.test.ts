/**
 * The companion's counts of people by kind of use go through the gate's
 * product rule (issue 11 item 1, "products"): the funnel's "two or more
 * products" stage, Tier 2's active developers and the org's daily product
 * users. Built through companionDigestBuilder (what the background answers)
 * and read back through the wire, as the page reads it.
 */
import { describe, expect, it } from 'vitest';
import { noProductsWithheld, type PublicationGate } from '@/lib/metrics/publication-gate';
import { companionDigestBuilder, type HistoryDigest } from './companion-digest';
import { makeDay, type DayPlan } from './digest-fixtures';
import { decodeDigest, digestWire, encodeDigest } from './digest-wire';
import { activationFunnel } from './funnel';
import { codeEfficiency } from './tier2';

const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);
const T = ids('t', 6);
const U = ids('u', 6);

/** k = 5; T (t0…t5) and U (u0…u5) published; "in no group" (n0) hidden. */
const gate = (claudeCodeWithheld: string[] = []): PublicationGate => ({
  k: 5,
  peopleShown: true,
  groups: [
    { id: 'T', published: true, hiddenBecause: null, memberIds: T },
    { id: 'U', published: true, hiddenBecause: null, memberIds: U },
  ],
  noGroup: { published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: { ...noProductsWithheld(), claude_code: claudeCodeWithheld },
});

const request = {
  from: '2026-10-22',
  to: '2026-11-05',
  loadFrom: '2026-10-07',
  weekdaysOnly: false,
};

/**
 * Everyone present on three days a week apart (weeks 2, 1, 0 back from `to`);
 * `uses` gives the products of each member on each of those days.
 */
function build(uses: DayPlan, g = gate()): HistoryDigest {
  const plan: DayPlan = Object.fromEntries([...T, ...U, 'n0'].map((id) => [id, uses[id] ?? 'c']));
  const b = companionDigestBuilder(request, g);
  for (const day of ['2026-10-22', '2026-10-29', '2026-11-05']) b.add(makeDay(day, plan));
  const members = Object.keys(plan).map((id) => ({
    id,
    email: `${id}@acme.example`,
    firstSeenDay: '2026-10-22',
    lastActiveDay: '2026-11-05',
  }));
  // The page reads what crossed the wire.
  return decodeDigest(
    digestWire.parse(JSON.parse(JSON.stringify(encodeDigest(b.finish(members))))),
  );
}

const both = (list: string[]) => Object.fromEntries(list.map((id) => [id, 'ck']));

describe('the funnel’s "two or more products" count through the gate', () => {
  it.each([
    // [case, members using chat + Claude Code, withheld scopes, org / T / U counts shown]
    [
      'T 2 (below 5): T withheld, then U (org 8 − U 6 = T 2)',
      ['t0', 't1', ...U],
      ['T', 'U'],
      [8, null, null],
    ],
    ['T 5, U 6, org 11: nothing withheld', [...T.slice(0, 5), ...U], [], [11, 5, 6]],
    [
      'org 3 (below 5): every scope withheld',
      ['t0', 't1', 'u0'],
      ['T', 'U', 'org'],
      [null, null, null],
    ],
    [
      'T 6, U 0, n0 1: U’s 0 shown, T withheld (org 7 − T 6 = n0’s 1)',
      [...T, 'n0'],
      ['T'],
      [7, null, 0],
    ],
  ] as const)('%s', (_, users, withheld, counts) => {
    const h = build(both([...users]));
    expect(h.withheld.multiProduct).toEqual(withheld);
    const stage = (scope: string, members: string[] | null) =>
      activationFunnel(h.digest, { members }, h.withheld.multiProduct.includes(scope)).stages[4]!;
    const shown = [stage('org', null), stage('T', T), stage('U', U)];
    expect(shown.map((s) => s.count)).toEqual(counts);
    // A withheld count leaves no share behind (share × seats would give it back).
    for (const s of shown) if (s.count === null) expect(s.shareOfSeats).toBeNull();
  });
});

describe('Tier 2’s active developers through the gate', () => {
  it.each([
    // [case, members with a Claude Code session, gate's Claude Code plan, withheld]
    [
      'U 1 (below 5): U withheld, then T (org 6 − T 5 = U 1)',
      [...T.slice(0, 5), 'u0'],
      [],
      ['T', 'U'],
    ],
    ['T 5, U 5: nothing withheld', [...T.slice(0, 5), ...U.slice(0, 5)], [], []],
    [
      'the gate withholds T’s Claude Code on the model’s day',
      [...T.slice(0, 5), ...U.slice(0, 5)],
      ['T'],
      ['T'],
    ],
    ['org 2: every scope withheld', ['t0', 'u0'], [], ['T', 'U', 'org']],
  ] as const)('%s', (_, devs, gateWithheld, withheld) => {
    const uses = Object.fromEntries(devs.map((id) => [id, 'k']));
    const h = build(uses, gate([...gateWithheld]));
    expect(h.withheld.developers).toEqual(withheld);
    // What the page would count without the gate: U's single developer.
    if ((withheld as readonly string[]).includes('U'))
      expect(codeEfficiency(h.digest, U).activeDevelopers).toBe(1);
  });
});

describe('the org’s daily product users through the gate', () => {
  it('withholds a day’s count of 1 … 4 and keeps 0 and 5 or more', () => {
    // Claude Code: 2 users each day; Office: none; chat: 11 of 13 (t0 and u0 use Claude Code only).
    const h = build({ t0: 'k', u0: 'k' });
    expect(h.digest.productDaily.claude_code.filter((n) => n !== null)).toEqual([]);
    expect(h.digest.productDaily.office.filter((n) => n !== null)).toEqual([0, 0, 0]);
    expect(h.digest.productDaily.chat.filter((n) => n !== null)).toEqual([11, 11, 11]);
  });
});
