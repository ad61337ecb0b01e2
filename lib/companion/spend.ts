/**
 * Spend from the `/cost` rows the sync stores (lib/sync/run-task.ts
 * `runSpend`): daily buckets for the last 30 days, grouped three ways —
 * `product+model`, `rbac_group_id` and (when synced) `actor`. Each grouping
 * sums to the same org total, so totals are taken from one grouping only
 * (product+model), never added across groupings.
 *
 * Amounts are post-discount (`amount`), in dollars. On seat-based Enterprise
 * plans the API reports usage credits (overage) only; the view says so.
 */
import { dayNumber, dayString } from '@/lib/metrics/days';
import { centsToDollars } from '@/lib/companion/money';
import {
  mayPublishScope,
  OTHER_GROUPS_KEY,
  type PublicationGate,
} from '@/lib/metrics/publication-gate';

/** What the store holds per row (a structural mirror of lib/store SpendRow). */
export interface SpendRowInput {
  kind: 'cost' | 'usage';
  day: string;
  groupKey: string;
  group: Record<string, unknown>;
  values: Record<string, unknown>;
}

export type CostDimension = 'product+model' | 'rbac_group_id' | 'actor' | 'other';

export interface CostEntry {
  day: string;
  dimension: CostDimension;
  product: string | null;
  model: string | null;
  groupId: string | null;
  /** Email of a user actor (actor grouping only). */
  actorEmail: string | null;
  dollars: number;
  requests: number | null;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Cost rows as entries; usage rows and rows whose amount does not parse are
 * left out (`skipped` counts the latter). The dimension comes from the
 * groupKey prefix (`product+model:…`).
 */
export function costEntries(rows: readonly SpendRowInput[]): {
  entries: CostEntry[];
  skipped: number;
} {
  const entries: CostEntry[] = [];
  let skipped = 0;
  for (const r of rows) {
    if (r.kind !== 'cost') continue;
    const amount = r.values.amount;
    const dollars =
      typeof amount === 'string' || typeof amount === 'number' ? centsToDollars(amount) : null;
    if (dollars === null) {
      skipped += 1;
      continue;
    }
    const prefix = r.groupKey.split(':', 1)[0]!;
    const dimension: CostDimension =
      prefix === 'product+model' || prefix === 'rbac_group_id' || prefix === 'actor'
        ? prefix
        : 'other';
    const actor = r.group.actor as { email_address?: unknown } | null | undefined;
    const requests = r.values.requests;
    entries.push({
      day: r.day,
      dimension,
      product: str(r.group.product),
      model: str(r.group.model),
      groupId: str(r.group.rbac_group_id),
      actorEmail: actor && typeof actor === 'object' ? str(actor.email_address) : null,
      dollars,
      requests: typeof requests === 'number' ? requests : null,
    });
  }
  return { entries, skipped };
}

export interface Amount {
  key: string;
  dollars: number;
}

export interface SpendBreakdown {
  from: string;
  to: string;
  /** Org total over [from, to] (product+model rows); 0 with no rows. */
  total: number;
  byProduct: Amount[];
  byModel: Amount[];
  /** Group id → spend; key `''` = usage attributed to no group. */
  byGroup: Amount[];
  /** Per-person spend (only when actor rows are stored), largest first. */
  byActor: Amount[];
  /** One entry per day of [from, to]; days without rows are 0. */
  daily: { day: string; dollars: number }[];
  /** Total requests (null when no row carried a count). */
  requests: number | null;
}

function ranked(map: Map<string, number>): Amount[] {
  return [...map]
    .map(([key, dollars]) => ({ key, dollars }))
    .sort((a, b) => b.dollars - a.dollars || a.key.localeCompare(b.key));
}

/**
 * Spend over the inclusive range [from, to]: total, by product, model,
 * group and person, and per day. Example: two product+model rows of $1 and
 * $2 on one day → total 3, daily [{day, 3}].
 */
export function spendBreakdown(
  entries: readonly CostEntry[],
  from: string,
  to: string,
): SpendBreakdown {
  const byProduct = new Map<string, number>();
  const byModel = new Map<string, number>();
  const byGroup = new Map<string, number>();
  const byActor = new Map<string, number>();
  const first = dayNumber(from);
  const length = Math.max(0, dayNumber(to) - first + 1);
  const daily = new Array<number>(length).fill(0);
  let total = 0;
  let requests: number | null = null;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const e of entries) {
    if (e.day < from || e.day > to) continue;
    if (e.dimension === 'product+model') {
      total += e.dollars;
      daily[dayNumber(e.day) - first]! += e.dollars;
      add(byProduct, e.product ?? 'unattributed', e.dollars);
      add(byModel, e.model ?? 'unattributed', e.dollars);
      if (e.requests !== null) requests = (requests ?? 0) + e.requests;
    } else if (e.dimension === 'rbac_group_id') add(byGroup, e.groupId ?? '', e.dollars);
    else if (e.dimension === 'actor' && e.actorEmail) add(byActor, e.actorEmail, e.dollars);
  }
  return {
    from,
    to,
    total,
    byProduct: ranked(byProduct),
    byModel: ranked(byModel),
    byGroup: ranked(byGroup),
    byActor: ranked(byActor),
    daily: daily.map((dollars, i) => ({ day: dayString(first + i), dollars })),
    requests,
  };
}

/**
 * The entries that make up a scope's spend, relabelled so spendBreakdown and
 * monthForecast total them: the org's are its product+model rows (as they
 * are); a group's are its `rbac_group_id` rows, as totals with product and
 * model unattributed (the API does not split group spend by product here).
 */
export function scopeEntries(entries: readonly CostEntry[], scope: string): CostEntry[] {
  if (scope === 'org') return [...entries];
  return entries.filter((e) => e.dimension === 'rbac_group_id' && e.groupId === scope).map(asTotal);
}

const asTotal = (e: CostEntry): CostEntry => ({
  ...e,
  dimension: 'product+model',
  product: null,
  model: null,
});

/**
 * A scope's entries as the publication gate allows them (issue 11 item 2):
 * none for a scope it does not publish; for "Other groups"
 * (OTHER_GROUPS_KEY), the `rbac_group_id` rows of the hidden groups it
 * publishes together, as totals — one sum, never a hidden group's own rows.
 * Example: hidden S $30 and T $5 published together → entries totalling $35,
 * none carrying S or T.
 */
export function gatedScopeEntries(
  entries: readonly CostEntry[],
  scope: string,
  gate: PublicationGate,
): CostEntry[] {
  if (!mayPublishScope(gate, scope)) return [];
  if (scope !== OTHER_GROUPS_KEY) return scopeEntries(entries, scope);
  const ids = new Set(gate.otherGroups.groupIds);
  return entries
    .filter((e) => e.dimension === 'rbac_group_id' && e.groupId !== null && ids.has(e.groupId))
    .map((e) => ({ ...asTotal(e), groupId: null }));
}

/** First and last day with any cost row (the stored spend window), or null. */
export function spendCoverage(entries: readonly CostEntry[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of entries) {
    if (from === null || e.day < from) from = e.day;
    if (to === null || e.day > to) to = e.day;
  }
  return from === null || to === null ? null : { from, to };
}
