/**
 * The companion's view state, kept in the URL hash so any view can be
 * bookmarked: which view, the date range, the scope (org or a group id) and
 * whether only weekdays count.
 *
 * Hash form: `#view=teams&range=30&scope=org&weekdays=1`, plus
 * `from`/`to` (YYYY-MM-DD) for a custom range. Parsing is lenient: an
 * unknown or malformed value falls back to its default, never throws.
 */
import { addDays, isDay } from '@/lib/metrics';

export const views = [
  'overview',
  'teams',
  'funnel',
  'seats',
  'spend',
  'interventions',
  'exports',
  'review',
  'tools',
] as const;
export type View = (typeof views)[number];

/** 7, 30 or 90 days ending on the latest day; `ytd` = since 2026-01-01; `custom` = from/to. */
export const rangeKinds = ['7', '30', '90', 'ytd', 'custom'] as const;
export type RangeKind = (typeof rangeKinds)[number];

export interface CompanionState {
  view: View;
  range: RangeKind;
  /** Custom range bounds (inclusive); null unless set. */
  from: string | null;
  to: string | null;
  /** `org` or a group id. */
  scope: string;
  /** Weekdays only; null = follow the setting in Options. */
  weekdays: boolean | null;
}

export const defaultState: CompanionState = {
  view: 'overview',
  range: '30',
  from: null,
  to: null,
  scope: 'org',
  weekdays: null,
};

/** First day the Analytics API has data for. */
export const FLOOR_DAY = '2026-01-01';

/**
 * The state in a hash (with or without the leading `#`). Unknown keys are
 * ignored; bad values take their default. Example:
 * `parseHash('#view=spend&range=7')` → `{ …defaultState, view: 'spend', range: '7' }`.
 */
export function parseHash(hash: string): CompanionState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = params.get(name);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  const day = (name: string) => {
    const v = params.get(name);
    return v !== null && isDay(v) ? v : null;
  };
  const scope = params.get('scope');
  const weekdays = params.get('weekdays');
  return {
    view: pick('view', views, defaultState.view),
    range: pick('range', rangeKinds, defaultState.range),
    from: day('from'),
    to: day('to'),
    scope: scope && scope.length <= 200 ? scope : 'org',
    weekdays: weekdays === '1' ? true : weekdays === '0' ? false : null,
  };
}

/** The hash of a state (defaults left out, fixed key order), without `#`. */
export function formatHash(state: CompanionState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.range !== defaultState.range) params.set('range', state.range);
  if (state.range === 'custom') {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.scope !== 'org') params.set('scope', state.scope);
  if (state.weekdays !== null) params.set('weekdays', state.weekdays ? '1' : '0');
  return params.toString();
}

export interface ResolvedRange {
  from: string;
  to: string;
  /** Days in the range, inclusive. */
  days: number;
  /** Human label, e.g. "Last 30 days" or "2026-10-01 to 2026-10-31". */
  label: string;
}

/**
 * The inclusive day range a state names, ending no later than `latestDay`
 * and starting no earlier than 2026-01-01. A custom range with a missing
 * bound takes the other preset's bound; reversed bounds are swapped.
 * Null when there is no data (`latestDay` null).
 * Example: range '7', latest '2026-11-24' → 2026-11-18 … 2026-11-24 (7 days).
 */
export function resolveRange(
  state: CompanionState,
  latestDay: string | null,
): ResolvedRange | null {
  if (latestDay === null) return null;
  const clamp = (d: string) => (d < FLOOR_DAY ? FLOOR_DAY : d > latestDay ? latestDay : d);
  let from: string;
  let to = latestDay;
  let label: string;
  if (state.range === 'ytd') {
    from = FLOOR_DAY;
    label = `Since ${FLOOR_DAY}`;
  } else if (state.range === 'custom') {
    const a = clamp(state.from ?? addDays(latestDay, -29));
    const b = clamp(state.to ?? latestDay);
    [from, to] = a <= b ? [a, b] : [b, a];
    label = `${from} to ${to}`;
  } else {
    const n = Number(state.range);
    from = clamp(addDays(latestDay, -(n - 1)));
    label = `Last ${n} days`;
  }
  const days =
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return { from, to, days, label };
}
