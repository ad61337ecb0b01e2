import { describe, expect, it } from 'vitest';
import type { MetricKey } from '@/lib/claude/metric-glossary';
import { metricFigure } from './metric-figures';
import { testModel } from './test-model';

// testModel: 200 seats; 50 daily, 120 weekly, 150 monthly actives on 2026-11-24; 3 pending invites.
describe('metricFigure', () => {
  const model = testModel();
  const cases: [MetricKey, string | null][] = [
    ['daily-active', '50 on 24 Nov 2026 (25.0% of 200 seats)'],
    ['weekly-active', '120 on 24 Nov 2026 (60.0% of 200 seats)'],
    ['utilization', '120 on 24 Nov 2026 (60.0% of 200 seats)'],
    ['monthly-active', '150 on 24 Nov 2026 (75.0% of 200 seats)'],
    ['assigned-seats', '200 seats on 24 Nov 2026'],
    ['pending-invites', '3 on 24 Nov 2026'],
    ['stickiness', '33.3% (50 daily ÷ 150 monthly actives) on 24 Nov 2026'],
    ['chat-share', '130 on 24 Nov 2026 (65.0% of 200 seats)'],
    ['days-active', 'Champions are scored over 30 days'],
    ['pull-requests', null],
  ];
  for (const [key, want] of cases) it(key, () => expect(metricFigure(key, model)).toBe(want));
  it('says a product figure the gate withheld is below the privacy floor (issue 11 item 1)', () => {
    const a = model.adoption!;
    const chat = { ...a.products.chat.monthly, actives: null, rate: null, withheld: true };
    const withheld = testModel({
      adoption: { ...a, products: { ...a.products, chat: { ...a.products.chat, monthly: chat } } },
    });
    expect(metricFigure('chat-share', withheld)).toBe(
      'Fewer people than the privacy floor on 24 Nov 2026 (not shown)',
    );
  });
  it('has nothing without a model or without adoption figures', () => {
    expect(metricFigure('weekly-active', null)).toBeNull();
    expect(metricFigure('weekly-active', testModel({ adoption: null }))).toBeNull();
  });
});
