/**
 * One target in words and a bar: current value, the goal, progress, people
 * still needed, the forecast, and a sparkline with the target line.
 * Used by the target strip and the insights panel, so both say the same.
 */
import type { AdoptionSection, Forecast, TargetInsight } from '@/lib/metrics/insight-types';
import { day, int, percent, share } from '@/lib/overlay/format';
import { Sparkline } from '@/components/overlay/sparkline';

const metricWords: Record<TargetInsight['metric'], string> = {
  daily_adoption: 'daily active',
  weekly_adoption: 'weekly active',
  monthly_adoption: 'monthly active',
  weekly_actives_growth: 'weekly actives',
  monthly_actives_growth: 'monthly actives',
};

const productWords: Record<string, string> = {
  chat: 'Chat',
  claude_code: 'Claude Code',
  cowork: 'Cowork',
  office: 'Claude in Office',
  design: 'Claude Design',
};

/** The forecast in words: "Reached", "On pace for 12 Jan 2027", "Not on pace (flat or declining)"… */
export function forecastWords(f: Forecast): { text: string; tone: 'ok' | 'warn' | 'muted' } {
  if (f.status === 'reached') return { text: 'Target reached', tone: 'ok' };
  if (f.status === 'withheld') return { text: 'Forecast withheld (privacy floor)', tone: 'muted' };
  if (f.status === 'insufficient-data')
    return { text: `Forecast needs more history (${f.points} days so far)`, tone: 'muted' };
  if (f.status === 'on-pace') return { text: `On pace for ${day(f.date)}`, tone: 'ok' };
  const why =
    f.reason === 'flat-or-declining'
      ? 'flat or declining'
      : f.reason === 'after-deadline'
        ? `reaches it ${day(f.date)}, after the deadline`
        : 'not within a year at this trend';
  return { text: `Not on pace (${why})`, tone: 'warn' };
}

/** The series behind a target's sparkline (the org's, for org targets without a product). */
function seriesFor(t: TargetInsight, adoption: AdoptionSection | null): (number | null)[] | null {
  if (!adoption || t.product !== null || t.scope !== 'org') return null;
  const s = adoption.series;
  switch (t.metric) {
    case 'daily_adoption':
      return s.dailyRate;
    case 'weekly_adoption':
      return s.weeklyRate;
    case 'monthly_adoption':
      return s.monthlyRate;
    case 'weekly_actives_growth':
      return s.weeklyActives;
    case 'monthly_actives_growth':
      return s.monthlyActives;
  }
}

export function TargetRow({
  target: t,
  adoption,
}: {
  target: TargetInsight;
  adoption: AdoptionSection | null;
}) {
  const adoptionKind = t.kind === 'adoption';
  const what = `${t.product ? `${productWords[t.product] ?? t.product} ` : ''}${metricWords[t.metric]}`;
  const current = adoptionKind ? percent(t.current) : int(t.current);
  const goal = adoptionKind
    ? percent(t.goal, 0)
    : `${int(t.goal)} (×${t.growth?.goalMultiple ?? '–'})`;
  const deadline = t.deadline ? ` by ${day(t.deadline)}` : '';
  const progress = t.progress === null ? null : Math.max(0, Math.min(1, t.progress));
  const forecast = forecastWords(t.forecast);
  const series = seriesFor(t, adoption);
  const needed = t.withheld
    ? 'Withheld: fewer than k people, or derivable by subtraction'
    : t.gapPeople === null
      ? 'People needed: unknown'
      : t.gapPeople === 0
        ? 'Goal met'
        : `${int(t.gapPeople)} more ${t.gapPeople === 1 ? 'person' : 'people'} needed`;
  return (
    <div
      class="target"
      role="group"
      aria-label={`Target: ${goal} ${what}${deadline}. Now ${current}. ${needed}. ${forecast.text}.`}
      data-testid="uptake-target"
    >
      <div class="figure">
        <span class="value" data-testid="uptake-target-current">
          {current}
        </span>
        <span class="muted">
          {what} · target <strong data-testid="uptake-target-goal">{goal}</strong>
          {deadline}
        </span>
      </div>
      <div class="progress">
        <span
          class="bar"
          role="progressbar"
          aria-label="Progress to the target"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress === null ? undefined : Math.round(progress * 100)}
        >
          <span class="bar-fill" style={{ width: `${(progress ?? 0) * 100}%` }} />
        </span>
        <span class="muted nowrap">{share(t.progress)} of the way</span>
      </div>
      <span class="needed" data-testid="uptake-target-needed">
        {needed}
      </span>
      <span class={`forecast tone-${forecast.tone}`} data-testid="uptake-target-forecast">
        {forecast.text}
      </span>
      {series && (
        <Sparkline
          values={series}
          target={t.goal}
          label={`${what}, last ${series.length} days, with the target at ${goal}`}
          width={140}
          height={36}
        />
      )}
    </div>
  );
}
