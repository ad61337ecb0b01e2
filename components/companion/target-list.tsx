import type { TargetInsight } from '@/lib/metrics';
import type { Forecast } from '@/lib/metrics/forecast';
import { productNames } from '@/lib/metrics';
import { num, pct } from './format';

const metricNames: Record<string, string> = {
  daily_adoption: 'daily adoption',
  weekly_adoption: 'weekly adoption',
  monthly_adoption: 'monthly adoption',
  weekly_actives_growth: 'weekly actives',
  monthly_actives_growth: 'monthly actives',
};

/** The forecast of a target, in words; `points` names what its points are (days, or weeks/months for a combined target). */
export function forecastText(t: { forecast: Forecast }, points = 'days'): string {
  const f = t.forecast;
  if (f.status === 'reached') return 'Reached.';
  if (f.status === 'withheld') return 'Forecast withheld (privacy floor).';
  if (f.status === 'insufficient-data')
    return `Too little history to forecast (${f.points} ${f.points === 1 ? points.replace(/s$/, '') : points}).`;
  const band = f.earliest && f.latest ? ` (likely between ${f.earliest} and ${f.latest})` : '';
  if (f.status === 'on-pace') return `On pace: reaches it around ${f.date}${band}.`;
  if (f.reason === 'flat-or-declining') return 'Not on pace: the trend is flat or falling.';
  if (f.reason === 'after-deadline')
    return `Not on pace: at this trend it is reached around ${f.date}, after the deadline.`;
  return 'Not on pace: not reached within three years at this trend.';
}

/** Each target of the scope: goal, where it stands, people still needed, forecast. */
export function TargetList(props: { targets: (TargetInsight & { inherited?: boolean })[] }) {
  if (props.targets.length === 0)
    return <p class="muted">No target for this scope yet. Targets are set in Options.</p>;
  return (
    <ul class="targets" data-testid="target-list">
      {props.targets.map((t) => {
        const what = `${t.product ? `${productNames[t.product]} ` : ''}${metricNames[t.metric] ?? t.metric}`;
        const goal =
          t.kind === 'adoption'
            ? `${t.goal}%`
            : `×${t.growth?.goalMultiple} (${num(t.goal)} people)`;
        const now = t.withheld
          ? 'withheld (fewer than k people, or derivable by subtraction)'
          : t.kind === 'adoption'
            ? pct(t.current)
            : `${num(t.current)} people`;
        return (
          <li key={t.id} data-testid={`target-${t.id}`}>
            <strong>
              {goal} {what}
              {t.deadline ? ` by ${t.deadline}` : ''}
            </strong>
            {t.inherited ? ' (the organisation’s target)' : ''}: now {now} on {t.day}
            {t.gapPeople !== null && t.gapPeople > 0
              ? `, ${num(t.gapPeople)} more people needed`
              : ''}
            {t.gapPeople === 0 ? ', met' : ''}. <span class="muted">{forecastText(t)}</span>
          </li>
        );
      })}
    </ul>
  );
}
