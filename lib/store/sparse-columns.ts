/**
 * The sparse layout of a stored member day (issue 12 item 3: storage that stays
 * small). Most seat holders are inactive on a given day, yet the dense layout
 * stores every column for every member. The sparse layout keeps the member list
 * whole (it says who held a seat that day) and adds `active`, a bitmap with bit
 * i set when entry i has any counter above 0; each column then holds the values
 * of the active entries only, in entry order.
 *
 * A record without `active` is dense (every day written before this layout):
 * every reader accepts both. Pure functions, no IndexedDB.
 *
 * Example: members [a, b, c], chatMessages [0, 4, 2] → active bits 0b110
 * (byte [6]) and chatMessages [4, 2].
 */

/** The bitmap of entries with any value above 0 in any column (`length` bits, bit i = entry i). */
export function activeBitmap(columns: readonly Uint32Array[], length: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(length / 8));
  for (const column of columns)
    for (let i = 0; i < length; i++) if (column[i]! > 0) bits[i >> 3]! |= 1 << (i & 7);
  return bits;
}

/** True when bit `i` of `bits` is set. */
export function hasBit(bits: Uint8Array, i: number): boolean {
  return ((bits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0;
}

/** Number of set bits among the first `length`. */
export function countBits(bits: Uint8Array, length: number): number {
  let n = 0;
  for (let i = 0; i < length; i++) if (hasBit(bits, i)) n++;
  return n;
}

/** The values of `column` at the set bits, in order (a column of the active entries only). */
export function keepActive(column: Uint32Array, bits: Uint8Array): Uint32Array {
  const out = new Uint32Array(countBits(bits, column.length));
  let k = 0;
  for (let i = 0; i < column.length; i++) if (hasBit(bits, i)) out[k++] = column[i]!;
  return out;
}

/**
 * A column of the active entries back to one value per entry (`length`), zero
 * where the bit is clear. An absent column (all zero) is all zeros.
 */
export function spreadActive(
  column: ArrayLike<number> | undefined,
  bits: Uint8Array,
  length: number,
): Uint32Array {
  const out = new Uint32Array(length);
  if (!column) return out;
  let k = 0;
  for (let i = 0; i < length; i++) if (hasBit(bits, i)) out[i] = column[k++] ?? 0;
  return out;
}

/**
 * The bitmap without entry `i` (entries after it move down one), and the
 * position of entry i among the active entries, or −1 when it was inactive
 * (then no column changes).
 */
export function dropBit(
  bits: Uint8Array,
  length: number,
  i: number,
): { bits: Uint8Array; activeIndex: number } {
  const out = new Uint8Array(Math.ceil((length - 1) / 8));
  let activeIndex = -1;
  let k = 0;
  for (let j = 0; j < length; j++) {
    const set = hasBit(bits, j);
    if (j === i) {
      if (set) activeIndex = k;
      continue;
    }
    const to = j < i ? j : j - 1;
    if (set) out[to >> 3]! |= 1 << (to & 7);
    if (set) k++;
  }
  return { bits: out, activeIndex };
}
