// Stable, plausible identifiers: ULIDs (time part + random part) derived from hashes.
import { hash4, P } from './prng';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(value: number, chars: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < chars; i++) {
    out = CROCKFORD[v % 32]! + out;
    v = Math.floor(v / 32);
  }
  return out;
}

/**
 * A 26-character ULID whose time part is `ms` and whose random part is keyed on
 * (seed, kind, index): same inputs, same id; distinct (kind, index) give distinct ids.
 */
export function ulid(ms: number, seed: number, kind: number, index: number): string {
  const a = hash4(seed, kind, index, P.id);
  const b = hash4(seed, kind, index, P.id + 1000);
  // 16 random chars = 80 bits: 30 + 30 bits of hash and 20 bits of the index itself.
  return (
    base32(ms, 10) +
    base32(a & 0x3fffffff, 6) +
    base32(b & 0x3fffffff, 6) +
    base32(index & 0xfffff, 4)
  );
}

/** UUID-shaped hex string keyed on (seed, kind, index). */
export function uuidFor(seed: number, kind: number, index: number): string {
  const hex = [0, 1, 2, 3]
    .map((k) =>
      hash4(seed, kind, index, P.id + 2000 + k)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
