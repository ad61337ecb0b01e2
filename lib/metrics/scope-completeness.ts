/**
 * The completeness (completeness.ts) of every scope of a build, and the
 * privacy plan that depends on it: what the member history covers for the
 * windows a model reads (30 days, the champion window, the seat windows), and
 * whose members are known.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import {
  completenessNote,
  memberDayLookup,
  windowCoverage,
  type Completeness,
} from '@/lib/metrics/completeness';
import type { MetricsSettings } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';
import type { MetricsHistory } from '@/lib/metrics/history';
import { planSuppression, type GroupSuppression } from '@/lib/metrics/privacy';
import type { ScopeData } from '@/lib/metrics/insight-context';
import type { Suppression } from '@/lib/metrics/insight-types';
import type { ScopeMembers } from '@/lib/metrics/scopes';

export interface ScopeCompleteness {
  /** The completeness of a scope's model. */
  of(scope: ScopeMembers): Completeness;
  /** True when the champion window is fully synced (champions may be named). */
  championsComplete: boolean;
}

/** Days `/users` may trail `/summaries` in publishing a day (the API's lag varies by endpoint). */
export const MEMBER_PUBLISH_LAG_DAYS = 2;

/**
 * The last day member windows are measured to: the latest day with complete
 * member rows when it trails the model's day by no more than the API's usual
 * difference between endpoints (a day `/users` has not published yet is not
 * missing from the history, it does not exist yet), else the model's day.
 * Example: figures for 2026-11-24 (/summaries), member rows to 2026-11-23 →
 * 2026-11-23; member rows to 2026-11-10 → 2026-11-24 (a sync is filling in).
 */
export function memberEdge(asOf: number, membersLatest: number | null): number {
  return membersLatest !== null && asOf - membersLatest <= MEMBER_PUBLISH_LAG_DAYS
    ? Math.min(asOf, membersLatest)
    : asOf;
}

/**
 * Completeness for a build whose member windows end on day number `edge`
 * (memberEdge). A group's members are known once the history holds a
 * membership snapshot for it, or when its team comes from an org chart.
 */
export function scopeCompleteness(
  history: MetricsHistory,
  idx: ActivityIndex,
  settings: MetricsSettings,
  edge: number,
): ScopeCompleteness {
  const hasDay = memberDayLookup(idx, (history.memberDaysStored ?? []).map(dayNumber));
  const coverage = (days: number) => windowCoverage(edge, days, hasDay);
  const monthly = coverage(30);
  const champions = coverage(settings.champions.windowDays);
  const seats = coverage(Math.max(settings.seats.dormantDays, settings.seats.reclaimDays));
  const withMembership = new Set((history.memberships ?? []).map((m) => m.groupId));
  return {
    of(s) {
      const membersKnown =
        s.id === 'org' || s.groupSource === 'org-chart' || withMembership.has(s.id);
      const c = { monthly, champions, seats, membersKnown };
      return { ...c, note: completenessNote(c, s.name) };
    },
    championsComplete: champions.complete,
  };
}

/**
 * The privacy plan (privacy.ts) over the groups whose members are known. A
 * group whose membership is not synced yet cannot be checked against the
 * floor: it shows nothing, and says why (not "fewer than k", which nobody
 * knows yet).
 */
export function suppressionPlan(
  universe: number,
  groups: readonly ScopeMembers[],
  k: number,
  known: (g: ScopeMembers) => boolean,
): Map<string, GroupSuppression> {
  const plan = planSuppression(universe, groups.filter(known), k, { noGroupRow: true });
  for (const g of groups)
    if (!known(g))
      plan.set(g.id, {
        groupId: g.id,
        reason: 'incomplete-history',
        detail: `Who is in ${g.name ?? g.id} is not synced yet; its figures appear once it is.`,
      });
  return plan;
}

/**
 * Why a scope's champions are held back, if they are: the champion window is
 * not fully synced, or the group's members are not known yet (completeness.ts).
 */
export function championsHeldBack(d: ScopeData): Suppression | null {
  const c = d.completeness;
  if (!c.champions.complete)
    return {
      part: 'champions',
      reason: 'incomplete-history',
      detail: `Champions are named once the last ${c.champions.needed} days of member activity are synced (${c.champions.present} so far).`,
    };
  if (!c.membersKnown)
    return {
      part: 'champions',
      reason: 'incomplete-history',
      detail: `Champions are named once the members of ${d.scope.name ?? 'this team'} are synced.`,
    };
  return null;
}

/** Why a scope's seat signals are held back, if they are (completeness.ts). */
export function seatsHeldBack(d: ScopeData): string | null {
  const c = d.completeness;
  if (!c.seats.complete)
    return `Dormant, never-activated and reclaimable seats need ${c.seats.needed} days of member activity (${c.seats.present} synced so far).`;
  if (!c.membersKnown) return `The members of ${d.scope.name ?? 'this team'} are not synced yet.`;
  return null;
}
