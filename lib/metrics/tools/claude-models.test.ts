import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { targetProgress } from '@/lib/metrics/targets';
import { dayRange, makeHistory, on, summary } from '@/lib/metrics/test-history';

const last = '2026-11-30';
const history = makeHistory({
  first: '2026-10-01',
  last,
  members: ['a', 'b', 'c', 'd'].map((id, i) => ({
    id,
    active: on(i < 3 ? dayRange('2026-11-01', last) : [], { chatMessages: 2 }),
  })),
  summaries: [summary('org', last, { assignedSeats: 4 })],
});
const opts = { today: '2026-12-01', timeZone: 'UTC' };
const claude = { id: 'org70', metric: 'monthly_adoption', scope: 'org', value: 70, deadline: null };
const combined = {
  id: 'ai80',
  metric: 'weekly_ai_active_share',
  scope: 'org',
  value: 80,
  deadline: null,
};

describe('a combined target beside Claude’s insight models', () => {
  it('leaves Claude’s models as they are: they carry only Claude’s targets', () => {
    const only = buildAllScopes(history, parseMetricsSettings({ targets: [claude] }), opts);
    const both = buildAllScopes(
      history,
      parseMetricsSettings({ targets: [claude, combined] }),
      opts,
    );
    expect(both.org.targets).toEqual(only.org.targets);
    expect(both.org.targets.map((t) => t.id)).toEqual(['org70']);
  });

  it('is refused by Claude’s target progress, in words', () => {
    const [target] = parseMetricsSettings({ targets: [combined] }).targets;
    expect(() => targetProgress(target!, null as never)).toThrow(
      'A combined target across tools is read by lib/metrics/tools/targets.ts.',
    );
  });
});
