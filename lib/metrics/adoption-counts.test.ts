import { describe, expect, it } from 'vitest';
import { ANY } from '@/lib/metrics/activity-index';
import { buildActivityIndex } from '@/lib/metrics/build-activity-index';
import { countActives, slotOf, windowDays } from '@/lib/metrics/adoption-counts';
import { dilate, orShiftedLeft } from '@/lib/metrics/bitset';
import { dayNumber, isWeekday } from '@/lib/metrics/days';
import { groupScopes, orgScope } from '@/lib/metrics/scopes';
import { dayRange, makeHistory } from '@/lib/metrics/test-history';

describe('bitset windows', () => {
  it.each([
    // bits set, window → bits of days whose trailing window holds a set bit (2 words = 64 days)
    [[0], 1, [0]],
    [[0], 7, [0, 1, 2, 3, 4, 5, 6]],
    [[30], 3, [30, 31, 32]], // across a word boundary
    [[10, 12], 2, [10, 11, 12, 13]],
    [[60], 30, [60, 61, 62, 63]], // clipped at the end of the set
  ])('bits %j, window %i → %j', (bits, window, expected) => {
    const buf = new Uint32Array(2);
    for (const b of bits) buf[b >>> 5]! |= 1 << (b & 31);
    dilate(buf, 2, window);
    const out: number[] = [];
    for (let i = 0; i < 64; i += 1) if ((buf[i >>> 5]! >>> (i & 31)) & 1) out.push(i);
    expect(out).toEqual(expected);
  });

  it('shifts by whole words too', () => {
    const buf = Uint32Array.of(1, 0, 0);
    orShiftedLeft(buf, 3, 64);
    expect([...buf]).toEqual([1, 0, 1]);
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('countActives agrees with counting by hand', () => {
  const first = '2026-08-01';
  const last = '2026-11-30';
  const days = dayRange(first, last);
  it.each([1, 2, 3])('random activity, seed %i, with and without weekday-only', (seed) => {
    const rand = prng(seed);
    const members = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      active: Object.fromEntries(
        days
          .filter(() => rand() < 0.15)
          .map((d) => [
            d,
            { chatMessages: rand() < 0.7 ? 1 : 0, codeSessions: rand() < 0.4 ? 1 : 0 },
          ]),
      ),
    }));
    const history = makeHistory({
      first,
      last,
      members,
      groups: [
        { id: 'even', members: members.filter((_, i) => i % 2 === 0).map((m) => m.id) },
        { id: 'low', members: members.slice(0, 7).map((m) => m.id) },
      ],
    });
    const idx = buildActivityIndex(history, dayNumber(last), 120, 30);
    const scopes = [orgScope(idx), ...groupScopes(history, idx)];
    for (const weekdaysOnly of [false, true]) {
      const counts = countActives(idx, scopes, weekdaysOnly);
      scopes.forEach((scope, si) => {
        const ids = new Set(Array.from(scope.members, (g) => idx.memberIds[g]!));
        for (const [wi, w] of windowDays.entries()) {
          // Days whose whole window lies inside the index (earlier ones are never read).
          for (const d of [29, 45, 60, 119]) {
            const dayNum = idx.first + d;
            const active = (v: number) =>
              members.filter(
                (m) =>
                  ids.has(m.id) &&
                  Object.entries(m.active).some(([day, c]) => {
                    const n = dayNumber(day);
                    const used =
                      v === ANY
                        ? c.chatMessages || c.codeSessions
                        : v === 0
                          ? c.chatMessages
                          : c.codeSessions;
                    return used && n <= dayNum && n > dayNum - w && (!weekdaysOnly || isWeekday(n));
                  }),
              ).length;
            for (const v of [0, 1, ANY])
              expect(
                counts[si]![slotOf(v, wi) * idx.length + d],
                `${scope.id} v${v} w${w} d${d}`,
              ).toBe(active(v));
          }
        }
      });
    }
  });
});
