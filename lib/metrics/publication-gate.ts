/**
 * **The publication gate**: the one place that decides what may leave the
 * insight core for a scope — which groups' figures, which member sets the
 * companion may count over, whether the "in no group" row may be shown, and
 * whether any person (name, email, champion, per-person row) may be shown.
 *
 * Definitions:
 * - **Membership** of a group is scopes.ts's: the union of its membership
 *   snapshots overlapping the 30 days ending on the model's day. Every
 *   surface counts over these member ids (the companion's digests included),
 *   never over a snapshot of its own choosing.
 * - A group is **published** when the privacy plan (privacy.ts) leaves it
 *   shown; a hidden group's member ids never leave the gate.
 * - **In no group**: members of the org in none of the groups (hidden groups
 *   included). It is one more published set, checked like a group.
 * - **People shown**: false in team-grain mode; then no surface may show a
 *   name, an email or a per-person row.
 *
 * The gate is a plain JSON object, built by the background with the insight
 * models (insight-model.ts) and handed to extension pages only.
 */

import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import { complementaryDetail } from '@/lib/metrics/privacy';

export interface GateGroup {
  id: string;
  published: boolean;
  /** Why the group is hidden, in words; null when published. */
  hiddenBecause: string | null;
  /** Members (ids) when published; empty when hidden. */
  memberIds: string[];
}

export interface PublicationGate {
  k: number;
  /** False in team-grain mode: no name, email or per-person row anywhere. */
  peopleShown: boolean;
  /** Every group, sorted by id. */
  groups: GateGroup[];
  /** The "in no group" row. `memberIds` is empty when it is hidden. */
  noGroup: { published: boolean; hiddenBecause: string | null; memberIds: string[] };
  /**
   * "Other groups": the hidden groups together, as one row, when their union
   * holds at least k people and publishing it leaves nothing small derivable
   * (publication-plan.ts). Protects the small groups while hiding less.
   * `memberIds`: the union's members when published (what the row's figures
   * count over, key OTHER_GROUPS_KEY); empty otherwise.
   */
  otherGroups: { published: boolean; groupIds: string[]; memberIds: string[] };
  /**
   * Per product, the published scopes (`org`, group ids, NO_GROUP_KEY) whose
   * figures for that product are withheld: fewer than k users, or derivable
   * by subtraction (product-gate.ts). Shown as "fewer than k".
   */
  products: Record<MetricProduct, string[]>;
}

/** Per product, no scope withheld (a gate's `products` with nothing small). */
export function noProductsWithheld(): Record<MetricProduct, string[]> {
  return Object.fromEntries(metricProducts.map((p) => [p, [] as string[]])) as Record<
    MetricProduct,
    string[]
  >;
}

/** Whether `scope`'s figures for `product` may be published (its scope too). */
export function mayPublishProduct(
  gate: PublicationGate,
  scope: string,
  product: MetricProduct,
): boolean {
  return mayPublishScope(gate, scope) && !gate.products[product].includes(scope);
}

/**
 * A short label for a hidden scope in a list, from its reason: a group
 * below k is "too small to show"; a group hidden as a complement is not
 * small, it protects a smaller one. Null (shown) → ''.
 */
export function hiddenLabel(hiddenBecause: string | null): string {
  if (hiddenBecause === null) return '';
  return hiddenBecause === complementaryDetail
    ? ' (hidden so that a smaller team’s figures cannot be worked out)'
    : ' (too small to show)';
}

/** Typed refusal: a surface asked the gate for something it may not publish. */
export class GateRefusal extends Error {
  readonly kind = 'privacy';
  constructor(message: string) {
    super(message);
    this.name = 'GateRefusal';
  }
}

/** Key of the "in no group" row in per-group tables (lib/companion/spend.ts uses `''`). */
export const NO_GROUP_KEY = '';

/** Key of the "Other groups" row and scope (never a group id: those do not start with a space). */
export const OTHER_GROUPS_KEY = ' other-groups';

/** Whether figures of `scope` (`org` or a group id) may be published. Unknown groups may not. */
export function mayPublishScope(gate: PublicationGate, scope: string): boolean {
  if (scope === 'org') return true;
  if (scope === NO_GROUP_KEY) return gate.noGroup.published;
  if (scope === OTHER_GROUPS_KEY) return gate.otherGroups.published;
  return gate.groups.find((g) => g.id === scope)?.published ?? false;
}

/** Why `scope` is hidden, in words, or null when it may be published. */
export function hiddenBecause(gate: PublicationGate, scope: string): string | null {
  if (mayPublishScope(gate, scope)) return null;
  if (scope === NO_GROUP_KEY) return gate.noGroup.hiddenBecause;
  if (scope === OTHER_GROUPS_KEY) return 'The hidden teams together are not shown.';
  return gate.groups.find((g) => g.id === scope)?.hiddenBecause ?? 'No such group.';
}

/**
 * The member ids a surface may count over for `scope`: null for the org
 * (everyone), the gate's membership for a published group. Throws
 * GateRefusal for a hidden or unknown group.
 */
export function publishedMembers(gate: PublicationGate, scope: string): string[] | null {
  if (scope === 'org') return null;
  if (!mayPublishScope(gate, scope))
    throw new GateRefusal(
      `The figures of ${scope === NO_GROUP_KEY ? 'people in no group' : `group ${scope}`} are hidden: ${hiddenBecause(gate, scope)}`,
    );
  if (scope === NO_GROUP_KEY) return gate.noGroup.memberIds;
  if (scope === OTHER_GROUPS_KEY) return gate.otherGroups.memberIds;
  return gate.groups.find((g) => g.id === scope)!.memberIds;
}

/** Group id → member ids of every published group (what digests count over). */
export function publishedGroupMembers(gate: PublicationGate): Map<string, string[]> {
  return new Map(gate.groups.filter((g) => g.published).map((g) => [g.id, g.memberIds]));
}

/**
 * Rows of a per-group table that may be published: rows of published groups,
 * the "in no group" row (key `''`) and the "Other groups" row
 * (OTHER_GROUPS_KEY) only when the gate publishes them.
 * Example: rows for A (published), B (hidden) and `''` (hidden) → only A's.
 */
export function publishedGroupRows<T>(
  gate: PublicationGate,
  rows: readonly T[],
  groupOf: (row: T) => string,
): T[] {
  return rows.filter((r) => mayPublishScope(gate, groupOf(r)));
}

/**
 * The "Other groups" row of a per-group table: the sum of the hidden groups'
 * rows, when the gate publishes it; null otherwise (or with no such row).
 * Example: A (published) $10, B and C (hidden, 3 + 4 people, k = 5) $2 and $5
 * → { key: OTHER_GROUPS_KEY, dollars: 7 }.
 */
export function otherGroupsRow<T>(
  gate: PublicationGate,
  rows: readonly T[],
  groupOf: (row: T) => string,
  amountOf: (row: T) => number,
): { key: string; dollars: number; groups: number } | null {
  if (!gate.otherGroups.published) return null;
  const ids = new Set(gate.otherGroups.groupIds);
  const merged = rows.filter((r) => ids.has(groupOf(r)));
  if (merged.length === 0) return null;
  return {
    key: OTHER_GROUPS_KEY,
    dollars: merged.reduce((sum, r) => sum + amountOf(r), 0),
    groups: gate.otherGroups.groupIds.length,
  };
}

/** The name of the "Other groups" row, e.g. "Other groups (2 teams together)". */
export function otherGroupsName(groups: number): string {
  return `Other groups (${groups} ${groups === 1 ? 'team' : 'teams'} together)`;
}

/** Rows that name a person, or none in team-grain mode. */
export function publishedPeople<T>(gate: PublicationGate, rows: readonly T[]): T[] {
  return gate.peopleShown ? [...rows] : [];
}
