/**
 * What every view of the companion gets from the page: the view state, the
 * resolved range and weekday mode, the scope's insight model, the scopes,
 * the settings and the admin's own entries.
 */
import type { CompanionData } from '@/lib/companion/companion-data';
import type { CompanionState, ResolvedRange } from '@/lib/companion/hash-state';
import type { InsightModel, Target, TargetInsight } from '@/lib/metrics';
import { inheritedTarget, orgMonthlyTarget } from '@/lib/snapshot';
import { mayPublishScope, publishedMembers } from '@/lib/metrics/publication-gate';
import type { Settings } from '@/lib/store/settings';
import type { Loadable } from '@/lib/ui/use-background';
import type { DigestRequest, HistoryDigest } from '../load-history';
import type { ScopeOption } from '../use-data';

export interface PageContext {
  state: CompanionState;
  setState: (patch: Partial<CompanionState>) => void;
  range: ResolvedRange;
  weekdays: boolean;
  model: InsightModel;
  scopes: ScopeOption[];
  scopeName: string;
  settings: Settings;
  /** Changes when new history or settings arrive (cache key). */
  version: string;
  companion: CompanionData;
  updateCompanion: (change: (d: CompanionData) => CompanionData) => Promise<void>;
  groupModels: Loadable<Map<string, InsightModel>> | { state: 'idle' };
  teamName: (id: string) => string;
  orgName: string | null;
}

const dayMs = 86_400_000;
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/**
 * The digest a view needs: the range, read from 29 days before its end at
 * the latest (so 30-day and 4-week windows are whole) or from `earliest`.
 */
export function digestRequest(
  ctx: PageContext,
  earliest?: string,
  range = ctx.range,
): DigestRequest {
  let loadFrom = range.from < shift(range.to, -29) ? range.from : shift(range.to, -29);
  if (earliest && earliest < loadFrom) loadFrom = earliest;
  if (loadFrom < '2026-01-01') loadFrom = '2026-01-01';
  return { from: range.from, to: range.to, loadFrom, weekdaysOnly: ctx.weekdays };
}

/**
 * Member ids of the scope in a digest bundle, as the digest's gate publishes
 * them (null = the org: everyone; "Other groups": the union it publishes;
 * none for a scope it hides).
 */
export function scopeMembers(bundle: HistoryDigest, scope: string): string[] | null {
  return mayPublishScope(bundle.gate, scope) ? publishedMembers(bundle.gate, scope) : [];
}

/**
 * The targets a scope is measured against: its own, or — for a group with no
 * monthly-adoption target of its own — the org's, inherited as the popup
 * does (lib/snapshot `inheritedTarget`), marked `inherited`.
 */
export function scopeTargets(
  model: InsightModel,
  targets: readonly Target[],
): (TargetInsight & { inherited?: boolean })[] {
  const own = model.targets;
  const headline = own.some((t) => t.metric === 'monthly_adoption' && t.product === null);
  const org = orgMonthlyTarget(targets);
  if (model.scope.kind !== 'group' || headline || !org || !model.adoption) return own;
  const t = inheritedTarget(model, org);
  if (!t) return own;
  return [
    { ...t, scope: model.scope.id, day: model.adoption.monthly.day, growth: null, inherited: true },
    ...own,
  ];
}

/** The reason a scope's figures are withheld, or null. */
export function hiddenReason(model: InsightModel): string | null {
  return model.suppressed.find((s) => s.part === 'scope' && s.reason !== 'no-data')?.detail ?? null;
}
