/**
 * The companion asks the background for its digest (issue 11, the gate): it
 * sends the request, decodes the answer, and opens no history itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { companionDigestBuilder } from '@/lib/companion/companion-digest';
import { makeDay } from '@/lib/companion/digest-fixtures';
import { encodeDigest } from '@/lib/companion/digest-wire';
import { noProductsWithheld, type PublicationGate } from '@/lib/metrics/publication-gate';
import { loadDigest } from './load-history';

const gate: PublicationGate = {
  k: 5,
  peopleShown: true,
  groups: [
    { id: 'T', published: true, hiddenBecause: null, memberIds: ['t0', 't1', 't2', 't3', 't4'] },
    { id: 'L', published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
  ],
  noGroup: { published: true, hiddenBecause: null, memberIds: [] },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: noProductsWithheld(),
};

const sent: unknown[] = [];
vi.mock('@/lib/messages/send', () => ({
  sendToBackground: vi.fn(async (m: { type: string }) => {
    sent.push(m);
    if (m.type !== 'to-background:get-companion-digest') throw new Error(`unexpected ${m.type}`);
    const { type: _type, ...request } = m as never as { type: string } & Parameters<
      typeof companionDigestBuilder
    >[0];
    const b = companionDigestBuilder(request, gate);
    b.add(makeDay('2026-11-24', { t0: 'c', t1: 'c', l0: 'c' }));
    return JSON.parse(JSON.stringify({ digest: encodeDigest(b.finish([])) }));
  }),
}));

describe('loadDigest', () => {
  it('asks the background once per request and version, and decodes its answer', async () => {
    const request = {
      from: '2026-11-24',
      to: '2026-11-24',
      loadFrom: '2026-11-24',
      weekdaysOnly: false,
    };
    const bundle = await loadDigest(request, 'v1');
    await loadDigest(request, 'v1');
    expect(sent).toEqual([{ type: 'to-background:get-companion-digest', ...request }]);
    expect([...bundle.groupMembers]).toEqual([['T', ['t0', 't1', 't2', 't3', 't4']]]);
    expect(bundle.digest.groupDaily).toEqual([[2]]);
    expect(bundle.digest.orgDaily).toEqual([3]);
  });
});
