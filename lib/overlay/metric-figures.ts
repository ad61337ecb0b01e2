/**
 * Uptake's own figure for a native metric (metric-glossary.ts), from the
 * org's insight model, in words: "1,028 on 24 Nov 2026 (51.4% of 2,000
 * seats)". Null when the model has no such figure (no data, or a metric
 * Uptake deliberately does not compute, such as pull requests).
 */
import type { MetricKey } from '@/lib/claude/metric-glossary';
import type { InsightModel, WindowFigure } from '@/lib/metrics/insight-types';
import { day, int, percent } from '@/lib/overlay/format';

function actives(f: WindowFigure | undefined, seats: number | null): string | null {
  if (f?.withheld) return `Fewer people than the privacy floor on ${day(f.day)} (not shown)`;
  if (!f || f.actives === null) return null;
  const rate = f.rate === null ? '' : ` (${percent(f.rate)} of ${int(seats)} seats)`;
  return `${int(f.actives)} on ${day(f.day)}${rate}`;
}

/** The figure Uptake holds for `key`, or null; see the module note. */
export function metricFigure(key: MetricKey, model: InsightModel | null): string | null {
  const a = model?.adoption;
  if (!model || !a) return null;
  const seats = model.size.value;
  switch (key) {
    case 'daily-active':
      return actives(a.daily, seats);
    case 'weekly-active':
    case 'utilization':
      return actives(a.weekly, seats);
    case 'monthly-active':
      return actives(a.monthly, seats);
    case 'assigned-seats':
      return seats === null
        ? null
        : `${int(seats)} seats${model.size.approximate ? ' (approximate)' : ''} on ${day(a.monthly.day)}`;
    case 'pending-invites':
      return model.seats?.pendingInvites == null
        ? null
        : `${int(model.seats.pendingInvites)} on ${day(a.monthly.day)}`;
    case 'stickiness': {
      const d = a.daily.actives;
      const m = a.monthly.actives;
      if (d === null || m === null || m === 0) return null;
      return `${percent((d / m) * 100)} (${int(d)} daily ÷ ${int(m)} monthly actives) on ${day(a.daily.day)}`;
    }
    case 'chat-share':
      return actives(a.products.chat?.monthly, seats);
    case 'cowork-sessions':
      return actives(a.products.cowork?.monthly, seats);
    case 'days-active':
      return model.champions.shown
        ? `Champions are scored over ${int(model.champions.windowDays)} days`
        : null;
    case 'pull-requests':
      return null;
  }
}
