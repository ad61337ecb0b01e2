/**
 * The insight model: everything the overlay, popup and companion render for
 * one scope (the org or a group), so the three surfaces never disagree.
 *
 * A plain JSON-serialisable object: numbers are raw (rounding and formatting
 * are the UI's job), unknown values are null, days are `YYYY-MM-DD`.
 * Every group figure has passed the privacy floor (privacy.ts): a suppressed
 * scope carries nulls and empty lists, and says why in `suppressed`.
 */
import type { AdoptionSection } from '@/lib/metrics/adoption';
import type { BenchmarksSection } from '@/lib/metrics/benchmarks';
import type { Champion } from '@/lib/metrics/champions';
import type { Completeness } from '@/lib/metrics/completeness';
import type { ScopeSize } from '@/lib/metrics/group-size';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import type { SeatSignals } from '@/lib/metrics/seats';
import type { Suggestion } from '@/lib/metrics/suggestions';
import type { TargetInsight } from '@/lib/metrics/targets';

export type {
  AdoptionSection,
  WindowFigure,
  WindowFigures,
  TrendPoint,
} from '@/lib/metrics/adoption';
export type {
  BenchmarksSection,
  BenchmarkComparison,
  ExternalBenchmark,
} from '@/lib/metrics/benchmarks';
export type { Champion, ChampionParts } from '@/lib/metrics/champions';
export type { Basis, Completeness, WindowCoverage } from '@/lib/metrics/completeness';
export type { Forecast } from '@/lib/metrics/forecast';
export type { ScopeSize, SizeSource } from '@/lib/metrics/group-size';
export type { SeatSignals, SeatMember } from '@/lib/metrics/seats';
export type { Suggestion, SuggestionAction, SuggestionRule } from '@/lib/metrics/suggestions';
export type { TargetInsight } from '@/lib/metrics/targets';

export interface ScopeInfo {
  /** `org` or the group id. */
  id: string;
  kind: 'org' | 'group';
  name: string | null;
  /** Where the group comes from; null for the org. */
  groupSource: 'api' | 'org-chart' | null;
}

export interface Freshness {
  /** Day the model's figures are for (latest stored day ≤ today); null with no data. */
  latestDay: string | null;
  /** Latest complete day of per-member rows, and of org /summaries rows. */
  membersLatestDay: string | null;
  summariesLatestDay: string | null;
  /** Days from latestDay to today (1–2 is the API's normal lag). */
  lagDays: number | null;
}

export interface ChampionsSection {
  /** False when champions may not be shown here (team grain, suppressed scope, no data). */
  shown: boolean;
  windowDays: number;
  eligible: number | null;
  cutoff: number | null;
  computedCutoff: number | null;
  frozenAt: string | null;
  /** The scope's members among the org's champions, best first. */
  champions: Champion[];
  /**
   * Set only on an answer that left rows out (lib/insights/champion-rows.ts):
   * how many champions of the scope are not in `champions`, so that
   * `champions.length + rowsLeftOut` is how many the scope has. With
   * `championRows: false` (the companion shows counts) every row is left out;
   * the overlay gets the best few, and asks for the rows of the members a page
   * shows (`to-background:get-champion-rows`). Absent on a whole answer.
   */
  rowsLeftOut?: number;
}

export interface Suppression {
  /** What is withheld: the whole scope, its champions, or the member lists of seat signals. */
  part: 'scope' | 'champions' | 'member-lists';
  /** `incomplete-history`: the member history does not cover the window yet (completeness.ts). */
  reason: 'below-k' | 'complementary' | 'team-grain-only' | 'no-data' | 'incomplete-history';
  detail: string;
}

export interface InsightModel {
  version: 1;
  scope: ScopeInfo;
  /** Today in the admin's time zone. */
  today: string;
  freshness: Freshness;
  size: ScopeSize;
  adoption: AdoptionSection | null;
  targets: TargetInsight[];
  champions: ChampionsSection;
  seats: SeatSignals | null;
  suggestions: Suggestion[];
  benchmarks: BenchmarksSection | null;
  suppressed: Suppression[];
  /**
   * Which member-based parts have complete inputs, and in `note` what is held
   * back or taken from totals, in words (every surface shows it).
   */
  completeness: Completeness;
}

/** The org and every group, from one pass over the rows. */
export interface AllScopes {
  org: InsightModel;
  /** Sorted by group id. */
  groups: InsightModel[];
  /** What may be published, for surfaces that count beside the models (publication-gate.ts). */
  gate: PublicationGate;
  /** The "Other groups" row (other-groups.ts), null unless the gate publishes it. */
  otherGroups: InsightModel | null;
}
