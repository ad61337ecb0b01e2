/**
 * **Enablement suggestion** = a rule that names a concrete gap with the
 * numbers that triggered it, and a concrete action (workshop, playbook link,
 * champion pairing, seat reclaim). Rules live in suggestion-rules.ts; this
 * module ranks them:
 *
 *   impact = people affected × gap (gap as a fraction, so impact reads as
 *            "people short of the reference level")
 *
 * A rule fires only on complete inputs (completeness.ts): figures taken from
 * the API's totals say so in the title, and a gap no complete input shows
 * (e.g. "nobody uses Cowork" while member days are still arriving) is not
 * suggested at all.
 *
 * Dismissed suggestions, and snoozed ones until their `until` day, are
 * hidden; then duplicates go (same id, or same scope + action + link: the
 * higher impact stays); then the list is sorted by impact (ties by id) and
 * capped. Ids are stable (`rule:scope:subject`) so dismiss/snooze stick.
 */
import type { Basis } from '@/lib/metrics/completeness';
import type { SuggestionRules } from '@/lib/metrics/config';

export type SuggestionRule = 'lagging-team' | 'feature-gap' | 'product-uptake' | 'seat-reclaim';

export interface SuggestionAction {
  kind: 'workshop' | 'playbook' | 'champion-pairing' | 'seat-reclaim';
  label: string;
  url: string | null;
  championMemberId: string | null;
  championEmail: string | null;
}

export interface Suggestion {
  id: string;
  rule: SuggestionRule;
  scope: string;
  scopeName: string | null;
  /** The gap, with its numbers ("Sales monthly adoption 22% vs org 61%"). */
  title: string;
  action: SuggestionAction;
  /** Why it appeared: the rule and threshold that fired. */
  why: string;
  /** The raw numbers behind the text. */
  numbers: Record<string, number | null>;
  /**
   * 'members': computed from complete per-member history; 'totals': from the
   * API's org and group totals while member history syncs (the title says so).
   */
  basis: Basis;
  peopleAffected: number;
  gap: number;
  impact: number;
}

/** True when `id` is dismissed, or snoozed and `today` is before its `until` day. */
export function isHidden(id: string, rules: SuggestionRules, today: string): boolean {
  if (rules.dismissed.includes(id)) return true;
  return rules.snoozed.some((s) => s.id === id && today < s.until);
}

function byImpact(a: Suggestion, b: Suggestion): number {
  return b.impact - a.impact || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Hidden ones out, de-duplicated, ranked by impact, capped at `rules.cap`.
 * Example: impacts 30, 12 and 50 with cap 2 → [50, 30].
 */
export function rankSuggestions(
  candidates: readonly Suggestion[],
  rules: SuggestionRules,
  today: string,
): Suggestion[] {
  const visible = candidates.filter((s) => !isHidden(s.id, rules, today)).sort(byImpact);
  const seenIds = new Set<string>();
  const seenActions = new Set<string>();
  const out: Suggestion[] = [];
  for (const s of visible) {
    const actionKey = `${s.scope}|${s.action.kind}|${s.action.url ?? s.id}`;
    if (seenIds.has(s.id) || seenActions.has(actionKey)) continue;
    seenIds.add(s.id);
    seenActions.add(actionKey);
    out.push(s);
  }
  return out.slice(0, rules.cap);
}
