/**
 * **Product use per window**, per member: the windows of the product plans
 * (product-plans.ts) in which each member used each product, read from the
 * activity index in one pass.
 *
 * Definition: member m used product v in window wi when some bit of m's
 * active set of v lies in the window: daily the day `dailyDay`, weekly the 7
 * and monthly the 30 days ending on the index's last day (cut at the index's
 * first day), weekdays only when `weekdaysOnly`. This is `productUsers`
 * (product-plans.ts) for every product and window at once.
 *
 * The weekly and monthly windows end on the same day, so one search for the
 * latest masked bit of the monthly window answers both (weekly iff it is
 * within the last 7 days); daily is one bit.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { isWeekday } from '@/lib/metrics/days';

/** Bits of a member's `ProductUse` byte: used in the daily, weekly, monthly window. */
export const USED_DAILY = 1;
export const USED_WEEKLY = 2;
export const USED_MONTHLY = 4;

/**
 * The USED_* bits of member m for product v (`useOf(v, m)`): windows weekly
 * (7 days) and monthly (30 days) end on the last index day; daily is
 * `dailyDay`.
 */
export function productUseReader(
  idx: ActivityIndex,
  dailyDay: number,
  weekdaysOnly: boolean,
): (v: number, m: number) => number {
  const W = idx.words;
  const last = idx.length - 1;
  if (last < 0) return () => 0;
  // The monthly window's day mask; the weekly window is its days ≥ last − 6.
  const from = Math.max(0, last - 29);
  const mask = new Uint32Array(W);
  for (let i = from; i <= last; i += 1)
    if (!weekdaysOnly || isWeekday(idx.first + i)) mask[i >>> 5]! |= 1 << (i & 31);
  const top = last >>> 5;
  const stop = from >>> 5;
  const weekFrom = last - 6;
  const dailyOn =
    dailyDay >= 0 && dailyDay <= last && (!weekdaysOnly || isWeekday(idx.first + dailyDay));
  const dWord = dailyDay >>> 5;
  const dBit = 1 << (dailyDay & 31);
  const sets = idx.active;
  return (v, m) => {
    const set = sets[v]!;
    const off = m * W;
    let u = dailyOn && (set[off + dWord]! & dBit) !== 0 ? USED_DAILY : 0;
    let w = top;
    let x = set[off + w]! & mask[w]!;
    while (x === 0 && w > stop) {
      w -= 1;
      x = set[off + w]! & mask[w]!;
    }
    if (x !== 0) {
      u |= USED_MONTHLY;
      if (w * 32 + 31 - Math.clz32(x) >= weekFrom) u |= USED_WEEKLY;
    }
    return u;
  };
}
