/**
 * The companion counts over the publication gate's membership, never over a
 * membership snapshot of its own choosing (issue 11, the gate).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noProductsWithheld, type PublicationGate } from '@/lib/metrics/publication-gate';
import { putGroupMembership, putGroups } from '@/lib/store/people';
import { freshHistory } from '@/lib/store/test-support';
import { loadDigest } from './load-history';

const gate: PublicationGate = {
  k: 5,
  peopleShown: true,
  groups: [
    // The model's membership of T: everyone in it over the last 30 days.
    { id: 'T', published: true, hiddenBecause: null, memberIds: ['t0', 't1', 't2', 't3', 't4'] },
    { id: 'L', published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
  ],
  noGroup: { published: true, hiddenBecause: null, memberIds: [] },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: noProductsWithheld(),
};

vi.mock('@/lib/messages/send', () => ({
  sendToBackground: vi.fn(async (m: { type: string }) => {
    if (m.type === 'to-background:get-publication-gate') return { gate };
    throw new Error(`unexpected ${m.type}`);
  }),
}));

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

describe('loadDigest', () => {
  it('takes group members from the gate: all 5 of T (not its latest snapshot of 2), none of hidden L', async () => {
    await putGroups([
      { id: 'T', name: 'Team', source: 'api', lastSeenDay: '2026-11-24' },
      { id: 'L', name: 'Legal', source: 'api', lastSeenDay: '2026-11-24' },
    ]);
    const snap = (groupId: string, startDay: string, endDay: string, memberIds: string[]) =>
      putGroupMembership({ groupId, startDay, endDay, memberIds, fetchedAt: 1 });
    await snap('T', '2026-10-26', '2026-11-20', ['t0', 't1', 't2', 't3', 't4']);
    await snap('T', '2026-11-20', '2026-11-25', ['t0', 't1']);
    await snap('L', '2026-10-26', '2026-11-25', ['l0', 'l1', 'l2', 'l3']);
    const bundle = await loadDigest(
      { from: '2026-10-26', to: '2026-11-24', loadFrom: '2026-10-26', weekdaysOnly: false },
      'v1',
    );
    expect([...bundle.groupMembers]).toEqual([['T', ['t0', 't1', 't2', 't3', 't4']]]);
    expect(bundle.digest.options.groupIds).toEqual(['T']);
  });
});
