/**
 * What the suggestion rules read about a scope, and small helpers for their
 * text (percentages rounded for reading; the raw numbers travel in
 * `Suggestion.numbers`).
 */
import type { MetricProduct } from '@/lib/metrics/history';
import type { SuggestionAction } from '@/lib/metrics/suggestions';

export type Feature = 'connectors' | 'skills' | 'projects' | 'cowork';

export interface ScopeFacts {
  id: string;
  name: string | null;
  size: number | null;
  monthlyActives: number | null;
  monthlyRate: number | null;
  /** Monthly actives per product. */
  productActives: Record<MetricProduct, number | null>;
  /** Members using each feature in the last 30 days (Cowork: its monthly actives). */
  featureUsers: Record<Feature, number>;
  /** Distinct items in use from the catalogs (org only); null when not stored. */
  catalogCounts: Partial<Record<Feature, number | null>>;
  reclaimable: { count: number; neverActivated: number; days: number } | null;
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
