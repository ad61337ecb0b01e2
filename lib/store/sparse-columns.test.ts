import { describe, expect, it } from 'vitest';
import {
  activeBitmap,
  countBits,
  dropBit,
  keepActive,
  spreadActive,
} from '@/lib/store/sparse-columns';

const u32 = (...v: number[]) => Uint32Array.from(v);

describe('activeBitmap: bit i when entry i has any value above 0', () => {
  it.each([
    ['nobody active', [u32(0, 0, 0)], 3, [0]],
    ['entries 1 and 2 (0b110 = 6)', [u32(0, 4, 2)], 3, [6]],
    ['any column counts: 0 in one, 5 in the other', [u32(0, 0), u32(5, 0)], 2, [1]],
    [
      'nine entries need two bytes: entry 8 is bit 0 of byte 1',
      [u32(1, 0, 0, 0, 0, 0, 0, 0, 7)],
      9,
      [1, 1],
    ],
    ['no entries', [u32()], 0, []],
  ])('%s', (_, columns, length, bytes) => {
    expect([...activeBitmap(columns, length)]).toEqual(bytes);
  });
});

describe('keepActive and spreadActive are inverses', () => {
  it.each([
    ['[0, 4, 2] keeps [4, 2]', u32(0, 4, 2), [6], [4, 2]],
    ['all inactive keeps nothing', u32(0, 0, 0), [0], []],
    ['all active keeps all', u32(1, 2, 3), [7], [1, 2, 3]],
  ])('%s', (_, column, bits, kept) => {
    const b = Uint8Array.from(bits);
    expect([...keepActive(column, b)]).toEqual(kept);
    expect([...spreadActive(Uint16Array.from(kept), b, column.length)]).toEqual([...column]);
  });

  it('an absent column (all zero) spreads to zeros', () => {
    expect([...spreadActive(undefined, Uint8Array.from([6]), 3)]).toEqual([0, 0, 0]);
  });

  it('a column that is zero for an active entry (active in another column) keeps its 0', () => {
    const bits = activeBitmap([u32(0, 4, 2), u32(9, 0, 0)], 3); // all three active
    expect(countBits(bits, 3)).toBe(3);
    expect([...keepActive(u32(0, 4, 2), bits)]).toEqual([0, 4, 2]);
  });
});

describe('dropBit: the bitmap without one entry', () => {
  it.each([
    // bits of entries [a, b, c, d] = [0, 1, 0, 1] (0b1010 = 10)
    ['drop inactive a: [1, 0, 1] = 5, no column changes', 0, [5], -1],
    ['drop active b: [0, 0, 1] = 4, its value is active entry 0', 1, [4], 0],
    ['drop inactive c: [0, 1, 1] = 6', 2, [6], -1],
    ['drop active d: [0, 1, 0] = 2, its value is active entry 1', 3, [2], 1],
  ])('%s', (_, i, bytes, activeIndex) => {
    expect(dropBit(Uint8Array.from([10]), 4, i)).toEqual({
      bits: Uint8Array.from(bytes),
      activeIndex,
    });
  });
});
