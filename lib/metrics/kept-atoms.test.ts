import { describe, expect, it } from 'vitest';
import { keptAtoms } from '@/lib/metrics/kept-atoms';
import { scopeAtoms } from '@/lib/metrics/product-gate';

describe('keptAtoms', () => {
  it('is scopeAtoms of the inputs, kept only while they are equal by content', () => {
    const a = { id: 'a', members: [0, 1, 2, 3] };
    const b = { id: 'b', members: [3, 4, 5] };
    const first = keptAtoms(8, [a, b]);
    expect(first).toEqual(scopeAtoms(8, [a, b]));
    // Equal content in new arrays: the same atoms back.
    expect(keptAtoms(8, [{ ...a, members: [0, 1, 2, 3] }, b])).toBe(first);
    // Changed in place (same length), renamed, or another member count: cut again.
    b.members[2] = 6;
    const moved = keptAtoms(8, [a, b]);
    expect(moved).not.toBe(first);
    expect(moved).toEqual(scopeAtoms(8, [a, b]));
    expect(keptAtoms(8, [a, { ...b, id: 'c' }])).not.toBe(moved);
    expect(keptAtoms(9, [a, { ...b, id: 'c' }])).toEqual(scopeAtoms(9, [a, b]));
  });
});
