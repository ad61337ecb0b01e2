/**
 * productUse (one pass, latest masked bit) equals productUsers (one window at
 * a time, by definition) for every product and window, on random bitsets of
 * 1 to 100 days (one to four words), any daily day and weekdaysOnly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { windowDays } from '@/lib/metrics/adoption-counts';
import { dayNumber } from '@/lib/metrics/days';
import { metricProducts } from '@/lib/metrics/history';
import { productUsers } from '@/lib/metrics/product-plans';
import { productUseReader, USED_DAILY, USED_MONTHLY, USED_WEEKLY } from '@/lib/metrics/product-use';

/** Every member's USED_* bits per product, `use[m * P + v]`, from productUseReader. */
function productUse(idx: ActivityIndex, dailyDay: number, weekdaysOnly: boolean): Uint8Array {
  const P = metricProducts.length;
  const use = new Uint8Array(idx.memberIds.length * P);
  const useOf = productUseReader(idx, dailyDay, weekdaysOnly);
  for (let v = 0; v < P; v += 1)
    for (let m = 0; m < idx.memberIds.length; m += 1) use[m * P + v] = useOf(v, m);
  return use;
}

/** A bare index of `members` members over `length` days: only what productUsers reads. */
function indexOf(length: number, members: number, bits: number[], start: number): ActivityIndex {
  const words = Math.ceil(length / 32);
  const active = metricProducts.map(() => new Uint32Array(members * words));
  bits.forEach((b, i) => {
    const v = i % metricProducts.length;
    const m = Math.floor(i / metricProducts.length) % members;
    const d = b % length;
    active[v]![m * words + (d >>> 5)]! |= 1 << (d & 31);
  });
  const memberIds = Array.from({ length: members }, (_, m) => `m${m}`);
  return {
    first: dayNumber('2026-08-03') + start,
    length,
    words,
    active,
    memberIds,
  } as unknown as ActivityIndex;
}

describe('productUse', () => {
  it('equals productUsers for every product and window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(), { maxLength: 200 }),
        fc.nat({ max: 6 }),
        fc.nat({ max: 99 }),
        fc.boolean(),
        (length, members, bits, start, back, weekdaysOnly) => {
          const idx = indexOf(length, members, bits, start);
          const daily = Math.max(0, length - 1 - back);
          const use = productUse(idx, daily, weekdaysOnly);
          const flags = [USED_DAILY, USED_WEEKLY, USED_MONTHLY];
          metricProducts.forEach((_, v) =>
            windowDays.forEach((days, wi) => {
              const d = wi === 0 ? daily : length - 1;
              const byDefinition = productUsers(idx, v, d, days, weekdaysOnly);
              const fromUse: number[] = [];
              for (let m = 0; m < members; m += 1)
                if (use[m * metricProducts.length + v]! & flags[wi]!) fromUse.push(m);
              expect(fromUse).toEqual(byDefinition);
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
