/**
 * Small helpers over bitsets stored in Uint32Array words (bit i of a set is
 * bit i%32 of word i>>5). Used for per-member active-day sets, where bit i is
 * the i-th day of the activity index.
 */

/** True when bit `i` is set in the `words`-long set starting at `offset`. */
export function hasBit(set: Uint32Array, offset: number, i: number): boolean {
  return ((set[offset + (i >>> 5)]! >>> (i & 31)) & 1) === 1;
}

/** Sets bit `i` in the set starting at `offset`. */
export function setBit(set: Uint32Array, offset: number, i: number): void {
  set[offset + (i >>> 5)]! |= 1 << (i & 31);
}

/** Number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of set bits among bits [from, to] (inclusive) of the set at `offset`. */
export function countBits(set: Uint32Array, offset: number, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i <= to; i += 1) if (hasBit(set, offset, i)) n += 1;
  return n;
}

/** In place: buf |= buf << s (toward higher bit indices), over `words` words. */
export function orShiftedLeft(buf: Uint32Array, words: number, s: number): void {
  const ws = s >>> 5;
  const bs = s & 31;
  for (let i = words - 1; i >= ws; i -= 1) {
    const lo = buf[i - ws]!;
    let v = bs === 0 ? lo : lo << bs;
    if (bs !== 0 && i - ws - 1 >= 0) v |= buf[i - ws - 1]! >>> (32 - bs);
    buf[i]! |= v;
  }
}

/**
 * In place: turns a set of days into the set of days whose trailing window of
 * `window` days (the day itself and the window−1 before it) holds a set bit.
 * Doubling: after the loop `buf` covers shifts [0, covered−1].
 */
export function dilate(buf: Uint32Array, words: number, window: number): void {
  let covered = 1;
  while (covered * 2 <= window) {
    orShiftedLeft(buf, words, covered);
    covered *= 2;
  }
  if (covered < window) orShiftedLeft(buf, words, window - covered);
}

/** Highest set bit index of the set at `offset` (`words` long), or -1. */
export function highestBit(set: Uint32Array, offset: number, words: number): number {
  for (let w = words - 1; w >= 0; w -= 1) {
    const x = set[offset + w]!;
    if (x !== 0) return w * 32 + 31 - Math.clz32(x);
  }
  return -1;
}

/**
 * Copies the first `count` sets of `src` (`words` each) into `dst` moved `s`
 * bits toward bit 0 (bit i of the copy is bit i + s of the source; the top
 * `s` bits become 0). `dst` may hold more sets after them (left as they are).
 */
export function shiftSetsDown(
  src: Uint32Array,
  dst: Uint32Array,
  count: number,
  words: number,
  s: number,
): void {
  if (s === 0) {
    dst.set(src.subarray(0, count * words));
    return;
  }
  const ws = s >>> 5;
  const bs = s & 31;
  for (let g = 0; g < count; g += 1) {
    const off = g * words;
    for (let w = 0; w < words; w += 1) {
      const from = w + ws;
      if (from >= words) {
        dst[off + w] = 0;
        continue;
      }
      let v = bs === 0 ? src[off + from]! : src[off + from]! >>> bs;
      if (bs !== 0 && from + 1 < words) v |= src[off + from + 1]! << (32 - bs);
      dst[off + w] = v;
    }
  }
}

/** Clears bit `i` of the first `count` sets (`words` each) of `set`. */
export function clearBitOfSets(set: Uint32Array, count: number, words: number, i: number): void {
  const word = i >>> 5;
  const keep = ~(1 << (i & 31));
  for (let off = word; off < count * words; off += words) set[off]! &= keep;
}
