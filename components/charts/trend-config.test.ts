import { describe, expect, it } from 'vitest';
import { describeTrend, shortDay, targetLine, yAxisMax } from '@/components/charts/trend-config';

const days = ['2026-11-22', '2026-11-23', '2026-11-24'];

describe('trend chart config', () => {
  it.each([
    [[40, 45, 52], 70, true, 80],
    [[90, 97, null], 70, true, 100],
    [[150, 178, null], 70, true, 190],
    [[null, null, null], null, true, 10],
    [[120, 130, 140], 300, false, 310],
    [[3, 4, 5], null, false, 10],
  ])('values %j with target %j (percent %j) → y max %d', (values, target, percent, max) => {
    expect(yAxisMax({ days, values, target }, percent)).toBe(max);
  });

  it('draws the target flat across every day, and nothing without a target', () => {
    expect(targetLine({ days, values: [1, 2, 3], target: 70 })).toEqual([70, 70, 70]);
    expect(targetLine({ days, values: [1, 2, 3], target: null })).toEqual([]);
  });

  it.each([
    ['2026-11-24', '24 Nov'],
    ['2026-01-05', '5 Jan'],
  ])('labels %s as %s', (day, label) => expect(shortDay(day)).toBe(label));

  it('describes the line for screen readers', () => {
    expect(
      describeTrend({ days, values: [null, 45.4, 52.6], target: 70 }, 'Monthly adoption', '%'),
    ).toBe('Monthly adoption from 45% on 2026-11-23 to 53% on 2026-11-24; target 70%.');
    expect(describeTrend({ days, values: [null, null, null], target: 70 }, 'X', '%')).toBe(
      'X: no figures yet.',
    );
  });
});
