/**
 * The background reads the history for the companion, through the gate
 * (issue 11): group membership is the gate's (never the latest snapshot of
 * the store), and team-grain mode sends no email, in the digest or in spend.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeDigest } from '@/lib/companion/digest-wire';
import { noProductsWithheld, type PublicationGate } from '@/lib/metrics/publication-gate';
import { putSpendRows } from '@/lib/store/activity';
import { putGroupMembership, putGroups } from '@/lib/store/people';
import { stageUserDayPage } from '@/lib/store/staging';
import { freshHistory, row, summary } from '@/lib/store/test-support';
import { putSummaries } from '@/lib/store/summaries';
import { commitUserDay } from '@/lib/store/user-days';
import { readCompanionDigest, readCompanionSpend, readOrgSummarySeries } from './companion-reads';

const gate = (peopleShown: boolean): PublicationGate => ({
  k: 5,
  peopleShown,
  groups: [
    // The model's membership of T: everyone in it over the last 30 days.
    {
      id: 'T',
      published: true,
      hiddenBecause: null,
      memberIds: ['user_0', 'user_1', 'user_2', 'user_3', 'user_4'],
    },
    { id: 'L', published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
  ],
  noGroup: { published: true, hiddenBecause: null, memberIds: [] },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: noProductsWithheld(),
});

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

async function storeDay(day: string, active: number[], seats: number) {
  const rows = Array.from({ length: seats }, (_, n) =>
    row(n, { chatMessages: active.includes(n) ? 2 : 0 }),
  );
  await stageUserDayPage(day, 0, rows, 1);
  await commitUserDay(day);
}

describe('readCompanionDigest', () => {
  it('counts T over the gate’s 5 members (not its latest snapshot of 2), none of hidden L', async () => {
    await putGroups([
      { id: 'T', name: 'Team', source: 'api', lastSeenDay: '2026-11-24' },
      { id: 'L', name: 'Legal', source: 'api', lastSeenDay: '2026-11-24' },
    ]);
    const snap = (groupId: string, startDay: string, endDay: string, memberIds: string[]) =>
      putGroupMembership({ groupId, startDay, endDay, memberIds, fetchedAt: 1 });
    await snap('T', '2026-11-20', '2026-11-25', ['user_0', 'user_1']);
    await snap('L', '2026-10-26', '2026-11-25', ['user_5', 'user_6', 'user_7', 'user_8']);
    // 9 seats; on the 24th user_0…user_4 (T) and user_5 (L) are active.
    await storeDay('2026-11-23', [0], 9);
    await storeDay('2026-11-24', [0, 1, 2, 3, 4, 5], 9);
    const wire = await readCompanionDigest(
      { from: '2026-11-23', to: '2026-11-24', loadFrom: '2026-11-23', weekdaysOnly: false },
      gate(true),
    );
    const h = decodeDigest(JSON.parse(JSON.stringify(wire)));
    expect([...h.groupMembers]).toEqual([
      ['T', ['user_0', 'user_1', 'user_2', 'user_3', 'user_4']],
    ]);
    expect(h.digest.options.groupIds).toEqual(['T']);
    expect(h.digest.groupDaily).toEqual([[1, 5]]);
    expect(h.digest.orgDaily).toEqual([1, 6]);
    expect(h.members.get('user_3')?.email).toBe('m3@acme.example');
  });

  it('team grain: no email anywhere in the answer', async () => {
    await storeDay('2026-11-24', [0, 1], 3);
    const wire = await readCompanionDigest(
      { from: '2026-11-24', to: '2026-11-24', loadFrom: '2026-11-24', weekdaysOnly: false },
      gate(false),
    );
    expect(wire.members.ids).toEqual(['user_0', 'user_1', 'user_2']);
    expect(JSON.stringify(wire)).not.toContain('@');
  });

  it('answers again from what it built for the same gate; a new gate (new build) reads again', async () => {
    const request = {
      from: '2026-11-23',
      to: '2026-11-24',
      loadFrom: '2026-11-23',
      weekdaysOnly: false,
    };
    const first = gate(true);
    await storeDay('2026-11-23', [0], 3);
    expect((await readCompanionDigest(request, first)).orgDaily).toEqual([1, null]);
    await storeDay('2026-11-24', [0, 1], 3);
    expect((await readCompanionDigest(request, first)).orgDaily).toEqual([1, null]);
    expect((await readCompanionDigest(request, gate(true))).orgDaily).toEqual([1, 2]);
  });
});

describe('readCompanionSpend', () => {
  const cost = (groupKey: string, group: Record<string, unknown>, amount: string) => ({
    kind: 'cost' as const,
    day: '2026-11-20',
    groupKey,
    group,
    values: { amount },
    fetchedAt: 1,
  });

  it.each([
    [true, 'ana@acme.example'],
    [false, null],
  ])('people shown %s: the actor row’s email is %s; amounts unchanged', async (shown, email) => {
    await putSpendRows([
      cost('product+model:chat', { product: 'chat', model: 'm' }, '250'),
      cost('actor:ana', { actor: { email_address: 'ana@acme.example' } }, '150'),
    ]);
    const { entries, skipped } = await readCompanionSpend('2026-11-24', gate(shown));
    expect(skipped).toBe(0);
    expect(entries.map((e) => [e.dimension, e.dollars, e.actorEmail])).toEqual([
      ['actor', 1.5, email],
      ['product+model', 2.5, null],
    ]);
  });
});

describe('readOrgSummarySeries', () => {
  it('gives actives per 100 seats: 10/20/30 of 100 → 10, 20, 30', async () => {
    await putSummaries('org', [summary('2026-11-21'), summary('2026-11-20')]);
    expect(await readOrgSummarySeries('2026-11-20', '2026-11-21')).toEqual({
      days: ['2026-11-20', '2026-11-21'],
      daily: [10, 10],
      weekly: [20, 20],
      monthly: [30, 30],
    });
  });
});
