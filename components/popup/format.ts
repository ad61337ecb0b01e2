/**
 * Words and rounding for the popup (pure). Rates are percents rounded to
 * whole points; unknown values read "—".
 */
import type { PictureTarget, TeamPicture } from '@/lib/snapshot/picture-schema';
import { fixedText } from '@/lib/ui/decimal-text';

/** A percent rounded to a whole point. Example: 44.6 → "45%"; null → "—". */
export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)}%`;
}

/**
 * A whole number with thousands separators. Example: 5000 → "5,000". Without
 * `toLocaleString`, whose first call costs the popup's first paint the
 * browser's locale data (lib/ui/decimal-text.ts).
 */
export function count(value: number | null): string {
  return value === null ? '—' : fixedText(Math.round(value), 0);
}

/** "1 person" / "3 people". */
export function people(n: number): string {
  return `${count(n)} ${n === 1 ? 'person' : 'people'}`;
}

const windowWord = {
  daily_adoption: 'daily',
  weekly_adoption: 'weekly',
  monthly_adoption: 'monthly',
  weekly_actives_growth: 'weekly',
  monthly_actives_growth: 'monthly',
} as const;

const productWord = {
  chat: 'Chat',
  claude_code: 'Claude Code',
  cowork: 'Cowork',
  office: 'Claude in Office',
  design: 'Claude Design',
} as const;

/** The target in words. Example: "Target 70% monthly adoption by 2027-03-31". */
export function targetText(t: PictureTarget): string {
  const product = t.product ? ` of ${productWord[t.product]}` : '';
  const by = t.deadline ? ` by ${t.deadline}` : ', no deadline';
  const what =
    t.kind === 'adoption'
      ? `${percent(t.goal)} ${windowWord[t.metric]} adoption${product}`
      : `${count(t.goalActives)} ${windowWord[t.metric]} actives${product}`;
  return `${t.inherited ? 'Org target' : 'Target'} ${what}${by}${t.inherited ? ' (no team target set)' : ''}`;
}

/** People still needed, in words. Example: gap 10 on a monthly target → "10 more monthly actives needed". */
export function neededText(t: PictureTarget): string {
  if (t.forecast.status === 'withheld' && t.current === null)
    return 'People still needed: withheld (a count of fewer than k people).';
  if (t.gapPeople === null) return 'People still needed: unknown (no seat count).';
  if (t.gapPeople === 0) return 'Target met.';
  return `${count(t.gapPeople)} more ${windowWord[t.metric]} ${t.gapPeople === 1 ? 'active' : 'actives'} needed`;
}

/** The forecast in words. */
export function forecastText(t: PictureTarget): string {
  const f = t.forecast;
  if (f.status === 'reached') return 'Reached.';
  if (f.status === 'withheld') return 'Forecast withheld (privacy floor).';
  if (f.status === 'insufficient-data')
    return `Not enough history to forecast yet (${f.points} days).`;
  if (f.status === 'on-pace') return `On pace: reaches it around ${f.date}.`;
  if (f.reason === 'after-deadline')
    return `Not on pace: at this trend, reached ${f.date}, after the deadline.`;
  if (f.reason === 'beyond-horizon')
    return 'Not on pace: not reached within three years at this trend.';
  return 'Not on pace: adoption is flat or falling.';
}

/** Age of the figures. Example: 0 → "today", 1 → "yesterday", 3 → "3 days ago". */
export function ageText(days: number | null): string {
  if (days === null) return 'unknown';
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** What the rate is measured against. Example: "of 40 seats", "of about 20 members (seen in activity)". */
export function sizeText(size: TeamPicture['size']): string {
  if (size.value === null) return 'seat count unknown';
  const n = count(size.value);
  switch (size.source) {
    case 'api-seats':
      return `of ${n} assigned seats`;
    case 'org-chart':
      return `of ${n} people (org chart)`;
    case 'admin-seats':
      return `of ${n} seats (entered by an admin)`;
    case 'members-seen':
      return `of about ${n} members (seen in activity)`;
    default:
      return 'seat count unknown';
  }
}

/** The scope's display name. */
export function scopeName(scope: { kind: string; name: string | null; id: string }): string {
  return scope.kind === 'org' ? 'Whole organisation' : (scope.name ?? scope.id);
}
