/**
 * What the suggestion rules read about a scope, and small helpers for their
 * text (percentages rounded for reading; the raw numbers travel in
 * `Suggestion.numbers`).
 */
import { totalsWords, type Basis } from '@/lib/metrics/completeness';
import type { FeatureName, MetricProduct } from '@/lib/metrics/history';
import type { SuggestionAction } from '@/lib/metrics/suggestions';

export type Feature = FeatureName;

export interface ScopeFacts {
  id: string;
  name: string | null;
  size: number | null;
  monthlyActives: number | null;
  monthlyRate: number | null;
  /** Where the monthly figures come from: complete member days, or the API's totals. */
  monthlyBasis: Basis;
  /** Monthly actives per product (their basis is `monthlyBasis`'s kind, per product figure). */
  productActives: Record<MetricProduct, number | null>;
  productBasis: Record<MetricProduct, Basis>;
  /**
   * Members using each feature in the last 30 days (Cowork: its monthly
   * actives); null when no complete input tells (feature-use.ts).
   */
  featureUsers: Record<Feature, number | null>;
  featureBasis: Record<Feature, Basis>;
  /** The group's use totals over the 30 days (0 = nobody used it); null when unknown. */
  featureTotals: Record<Feature, number | null>;
  /** Distinct items in use from the catalogs (org only); null when not stored. */
  catalogCounts: Partial<Record<Feature, number | null>>;
  /** Null count: held back (the member history does not cover the reclaim window). */
  reclaimable: { count: number | null; neverActivated: number | null; days: number } | null;
  /** The team's top champion, when champions may be shown. */
  champion: { memberId: string; email: string | null } | null;
}

export const pct = (x: number) => `${Math.round(x)}%`;
export const nameOf = (f: ScopeFacts) => f.name ?? f.id;

/** A suggestion action without a champion. */
export function action(
  kind: SuggestionAction['kind'],
  label: string,
  url: string | null = null,
): SuggestionAction {
  return { kind, label, url, championMemberId: null, championEmail: null };
}

/** The weaker of two bases: totals as soon as either input is. */
export const weaker = (a: Basis, b: Basis): Basis =>
  a === 'totals' || b === 'totals' ? 'totals' : a;

/**
 * A suggestion's text with its basis in words when it is not member-based:
 * "(from org totals while member history syncs)" for the org's own figures,
 * "(from group totals …)" when a team's are involved.
 */
export const withBasis = (text: string, basis: Basis, whose: 'org' | 'group' = 'group') =>
  basis === 'totals' ? `${text} (${totalsWords(whose)})` : text;
