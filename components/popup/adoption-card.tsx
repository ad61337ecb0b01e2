import { TrendChart } from '@/components/charts/trend-chart';
import {
  count,
  forecastText,
  neededText,
  percent,
  sizeText,
  targetText,
} from '@/components/popup/format';
import type { TeamPicture } from '@/lib/snapshot/picture-schema';

/**
 * Monthly adoption against the headline target: the figure, what it is
 * measured against, the target, a progress bar, people still needed, the
 * forecast and the trend with the target line.
 */
export function AdoptionCard({ picture }: { picture: TeamPicture }) {
  const monthly = picture.adoption?.monthly;
  const target = picture.targets[0] ?? null;
  const others = picture.targets.slice(1);
  const progress = target?.progress ?? null;
  return (
    <section class="tile" aria-labelledby="adoption-heading">
      <h2 id="adoption-heading">Monthly adoption</h2>
      <p class="headline">
        <strong data-testid="popup-rate">{percent(monthly?.rate ?? null)}</strong>{' '}
        <span class="muted" data-testid="popup-size">
          {sizeText(picture.size)}
        </span>
      </p>
      <p class="muted" data-testid="popup-actives">
        {count(monthly?.actives ?? null)} active in the 30 days to {monthly?.day ?? '—'}
      </p>
      {target ? (
        <div class="target" data-testid="popup-target">
          <p>{targetText(target)}</p>
          {progress !== null && (
            <div class="meter">
              <progress
                max={1}
                value={Math.min(1, Math.max(0, progress))}
                aria-label="Progress to the target"
                data-testid="popup-progress"
              />
              <span class="muted">
                {progress >= 1 ? 'reached' : `${Math.round(progress * 100)}% of the way`}
              </span>
            </div>
          )}
          <p data-testid="popup-needed">{neededText(target)}</p>
          {target.forecast.status !== 'reached' && (
            <p class="muted" data-testid="popup-forecast">
              {forecastText(target)}
            </p>
          )}
        </div>
      ) : (
        <p class="muted" data-testid="popup-target">
          No target set. An admin sets targets in options.
        </p>
      )}
      {picture.trend && (
        <TrendChart
          days={picture.trend.days}
          values={picture.trend.monthlyRate}
          target={
            target?.kind === 'adoption' && target.metric === 'monthly_adoption' ? target.goal : null
          }
          label="Monthly adoption"
        />
      )}
      {others.length > 0 && (
        <ul class="other-targets" aria-label="Other targets">
          {others.map((t) => (
            <li key={t.id}>
              {targetText(t)}: {t.kind === 'adoption' ? percent(t.current) : count(t.current)} ·{' '}
              {neededText(t)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
