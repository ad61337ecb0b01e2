/**
 * The companion's digest is built through the gate (issue 11, "the gate"):
 * groups are the gate's published ones over the gate's membership, emails
 * only when people may be shown, and the answer survives JSON unchanged.
 */
import { describe, expect, it } from 'vitest';
import { noProductsWithheld, type PublicationGate } from '@/lib/metrics/publication-gate';
import { companionDigestBuilder, type HistoryDigest } from './companion-digest';
import { makeDay } from './digest-fixtures';
import { decodeDigest, digestWire, encodeDigest } from './digest-wire';

const gate = (peopleShown: boolean): PublicationGate => ({
  k: 5,
  peopleShown,
  groups: [
    { id: 'L', published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
    { id: 'T', published: true, hiddenBecause: null, memberIds: ['t0', 't1', 't2', 't3', 't4'] },
  ],
  noGroup: { published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: noProductsWithheld(),
});

const request = {
  from: '2026-11-02',
  to: '2026-11-04',
  loadFrom: '2026-11-02',
  weekdaysOnly: false,
};
// Three days: t0…t2 chat every day, t3 on the last day, l0 (Legal, hidden) every day.
const days = [
  makeDay('2026-11-02', { t0: 'c', t1: 'c', t2: 'c', t3: '', l0: 'k' }),
  makeDay('2026-11-03', { t0: 'c', t1: 'c', t2: 'c', t3: '', l0: 'k' }),
  makeDay('2026-11-04', { t0: 'c', t1: 'c', t2: 'c', t3: 'c', l0: 'k' }),
];
const members = ['t0', 't1', 't2', 't3', 'l0'].map((id) => ({
  id,
  email: `${id}@acme.example`,
  firstSeenDay: '2026-11-02',
  lastActiveDay: '2026-11-04',
}));

function build(peopleShown: boolean): HistoryDigest {
  const b = companionDigestBuilder(request, gate(peopleShown));
  days.forEach(b.add);
  return b.finish(members);
}

describe('companionDigestBuilder', () => {
  it('counts the published group T over the gate’s 5 members; hidden L has no series and no member list', () => {
    const h = build(true);
    expect(h.digest.options.groupIds).toEqual(['T']);
    expect([...h.groupMembers.keys()]).toEqual(['T']);
    // T's daily actives: t0…t2, then t3 too. The org: T's plus l0.
    expect(h.digest.groupDaily).toEqual([[3, 3, 4]]);
    expect(h.digest.orgDaily).toEqual([4, 4, 5]);
    expect(h.digest.activeDays[h.digest.index.get('t3')!]).toBe(1);
  });

  it.each([
    [true, 't0@acme.example'],
    [false, null],
  ])('people shown %s: email of t0 is %s', (peopleShown, email) => {
    const h = build(peopleShown);
    expect(h.members.get('t0')).toEqual({
      email,
      firstSeenDay: '2026-11-02',
      lastActiveDay: '2026-11-04',
    });
    if (!peopleShown) expect(JSON.stringify(encodeDigest(h))).not.toContain('@');
  });
});

describe('digest wire', () => {
  it('round-trips through JSON with the same figures, index and group lookup', () => {
    const h = build(true);
    const wire = digestWire.parse(JSON.parse(JSON.stringify(encodeDigest(h))));
    const back = decodeDigest(wire);
    const { options: o1, ...figures1 } = h.digest;
    const { options: o2, ...figures2 } = back.digest;
    expect(figures2).toEqual(figures1);
    expect(o2.groupIds).toEqual(o1.groupIds);
    expect(['t0', 't4', 'l0'].map(o2.groupsOf)).toEqual([[0], [0], []]);
    expect(back.members).toEqual(h.members);
    expect(back.groupMembers).toEqual(h.groupMembers);
    expect(back.gate).toEqual(h.gate);
    expect(encodeDigest(back)).toEqual(wire);
  });

  it('refuses an answer that is not a digest', () => {
    const wire = encodeDigest(build(true));
    expect(digestWire.safeParse({ ...wire, orgDaily: 'x' }).success).toBe(false);
    expect(digestWire.safeParse({ ...wire, gate: null }).success).toBe(false);
  });
});
