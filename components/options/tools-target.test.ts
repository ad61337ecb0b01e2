import { describe, expect, it } from 'vitest';
import { emptyDraft, validateTarget } from '@/components/options/target-validation';
import { defaultTargets, parseMetricsSettings } from '@/lib/metrics/config';

const context = { today: '2026-11-26', groupIds: ['g_sales'], others: defaultTargets, newId: 'n1' };

describe('a target on the combined AI-active share (issue 13)', () => {
  it('is a percent of people with a seat in either tool, for every product', () => {
    const made = validateTarget(
      {
        ...emptyDraft(),
        scope: 'g_sales',
        metric: 'weekly_ai_active_share',
        product: 'chat', // left from an earlier choice: a combined target has none
        value: '80',
        deadline: '2027-03-31',
      },
      context,
    );
    expect(made).toEqual({
      target: {
        id: 'n1',
        metric: 'weekly_ai_active_share',
        product: null,
        scope: 'g_sales',
        value: 80,
        baseline: null,
        deadline: '2027-03-31',
      },
    });
  });

  it('refuses more than 100%', () => {
    const made = validateTarget(
      { ...emptyDraft(), metric: 'monthly_ai_active_share', value: '120' },
      context,
    );
    expect(made).toEqual({ errors: { value: 'Enter a percent above 0 and at most 100.' } });
  });

  it('is kept by the settings parser beside Claude’s targets', () => {
    const combined = {
      id: 'c',
      metric: 'monthly_ai_active_share',
      scope: 'org',
      value: 75,
      deadline: null,
    };
    expect(parseMetricsSettings({ targets: [combined] }).targets).toEqual([
      { ...combined, product: null, baseline: null },
    ]);
  });
});
