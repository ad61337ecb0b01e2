/**
 * productPlans on a hand-made index where the exact users of an atom below k
 * matter: two small atoms merge into one region of exactly k users once the
 * group that separates them is hidden, so the org minus the published group
 * is not a small count. Listing one user too few of an atom would make it
 * small and hide the published group too.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { dayNumber } from '@/lib/metrics/days';
import { metricProducts } from '@/lib/metrics/history';
import { productPlans } from '@/lib/metrics/product-plans';

function indexWithUsers(members: number, length: number, users: number[]): ActivityIndex {
  const words = Math.ceil(length / 32);
  const active = metricProducts.map(() => new Uint32Array(members * words));
  const d = length - 1;
  for (const m of users) active[0]![m * words + (d >>> 5)]! |= 1 << (d & 31);
  return {
    first: dayNumber('2026-11-16') - d, // the last day a Monday
    length,
    words,
    active,
    memberIds: Array.from({ length: members }, (_, m) => `m${m}`),
  } as unknown as ActivityIndex;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('productPlans', () => {
  it('reads every user of an atom below k', () => {
    // G: members 0–9 (users) and 20–24; H: 10–19, four of them users; member 25 in no group.
    const idx = indexWithUsers(30, 40, [...range(0, 14), 25]);
    const scopes = [
      { id: 'g', members: [...range(0, 10), ...range(20, 25)] },
      { id: 'h', members: range(10, 20) },
    ];
    const plans = productPlans(idx, scopes, 5, false, idx.length - 1);
    // H's 4 users are withheld; org − G = H's 4 + member 25 = 5 users: G stays published.
    expect(plans.chat).toEqual(['h']);
    expect(plans.claude_code).toEqual([]);
  });
});
