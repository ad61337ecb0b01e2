// Hash-based randomness: every draw is a pure function of (seed, a, b, purpose),
// so any member-day can be computed on its own, in any order, without state.

/** Avalanche a 32-bit integer (murmur3 `fmix32`). Returns an unsigned 32-bit integer. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(h: number, x: number): number {
  return mix32((h ^ Math.imul(x | 0, 0xcc9e2d51)) + 0x6b43a9b5);
}

/**
 * Unsigned 32-bit hash of four integers. Deterministic and order sensitive:
 * `hash4(1, 2, 3, 4) !== hash4(1, 2, 4, 3)` (with overwhelming probability).
 */
export function hash4(seed: number, a: number, b: number, purpose: number): number {
  return combine(combine(combine(mix32(seed ^ 0x5bd1e995), a), b), purpose);
}

/** A uniform draw in [0, 1) keyed on (seed, a, b, purpose). */
export function unit(seed: number, a: number, b: number, purpose: number): number {
  return hash4(seed, a, b, purpose) / 4294967296;
}

/** A deterministic stream of uniform draws in [0, 1): `next()` never repeats a key. */
export interface Stream {
  next(): number;
  /** Integer in [0, n). n <= 0 gives 0. */
  int(n: number): number;
}

/** Creates a stream keyed on (seed, a, b, purpose); the k-th draw is always the same. */
export function stream(seed: number, a: number, b: number, purpose: number): Stream {
  const base = hash4(seed, a, b, purpose);
  let i = 0;
  const next = (): number => mix32(base + Math.imul(++i, 0x9e3779b1)) / 4294967296;
  return { next, int: (n) => (n <= 0 ? 0 : Math.floor(next() * n)) };
}

/**
 * Index drawn from `weights` (non-negative, not all zero) using the uniform `u` in [0, 1).
 * All-zero weights give index 0.
 */
export function pickWeighted(
  weights: readonly number[],
  u: number,
  total = sumOf(weights),
): number {
  if (total <= 0) return 0;
  let x = u * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Σ weights, added in order (pass it to {@link pickWeighted} when drawing often from one list). */
export function sumOf(weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  return total;
}

/** Purposes: separate random streams for separate decisions. */
export const P = {
  dept: 1,
  seat: 2,
  invite: 3,
  firstActive: 4,
  neverActive: 5,
  dormant: 6,
  propensity: 7,
  weekend: 8,
  intensity: 9,
  products: 10,
  active: 11,
  productUse: 12,
  detail: 13,
  name: 14,
  sets: 15,
  manager: 16,
  transfer: 17,
  project: 18,
  invitee: 19,
  usage: 20,
  id: 21,
} as const;
