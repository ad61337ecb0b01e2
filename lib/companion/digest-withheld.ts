/**
 * The companion digest's counts of people by kind of use, through the gate's
 * product rule (issue 11 item 1, "products"; lib/metrics/product-gate.ts):
 * the background decides, per published scope, which of these counts the
 * companion may show, for the digest's own window (the page's range, which
 * the gate's `products`, checked on the model's day, does not cover).
 *
 * Definitions:
 * - **Multi-product members**: members reaching the activation funnel's last
 *   stage ("two or more products", funnel.ts `reachesMultiProduct`).
 * - **Active developers**: members with at least one Claude Code session in
 *   [from, to] (tier2.ts).
 * - The **published scopes** are the gate's: the org, its published groups,
 *   and "in no group" and "Other groups" when published, each over the
 *   gate's membership.
 * - A scope's count is **withheld** when `productPlan` hides it: the count is
 *   1 … k−1, or subtracting published counts would give a smaller one away.
 *   When the org's own count is 1 … k−1, every scope's is withheld. Active
 *   developers are also withheld where the gate withholds Claude Code
 *   (`gate.products.claude_code`): hiding more never makes anything derivable.
 * - **Daily product counts** (the org's per-day users of each product) are
 *   the org's only: a day's count of 1 … k−1 is withheld (null).
 *
 * Example, k = 5: the org has 6 active developers, published group T 4 of
 * them → T's count is withheld (below k), and so is no other (the org's 6 is
 * shown; 6 − nothing published gives nothing small).
 */
import { lastStoredDay, reachesMultiProduct } from '@/lib/companion/funnel';
import type { MemberDigest } from '@/lib/companion/member-digest';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import { productPlan, publishableCount, type ProductScope } from '@/lib/metrics/product-gate';
import {
  NO_GROUP_KEY,
  OTHER_GROUPS_KEY,
  type PublicationGate,
} from '@/lib/metrics/publication-gate';

/** Per kind of count, the scope ids (`org`, group ids, NO_GROUP_KEY, OTHER_GROUPS_KEY) withheld. */
export interface DigestWithheld {
  /** The activation funnel's "two or more products" stage. */
  multiProduct: string[];
  /** Tier 2's active developers (and the per-developer figures with them). */
  developers: string[];
}

/** The gate's published scopes as digest member indices (members without a stored day left out). */
export function digestScopes(g: MemberDigest, gate: PublicationGate): ProductScope[] {
  const indices = (ids: readonly string[]) =>
    ids.map((id) => g.index.get(id)).filter((i): i is number => i !== undefined);
  return [
    ...gate.groups
      .filter((s) => s.published)
      .map((s) => ({ id: s.id, members: indices(s.memberIds) })),
    ...(gate.noGroup.published
      ? [{ id: NO_GROUP_KEY, members: indices(gate.noGroup.memberIds) }]
      : []),
    ...(gate.otherGroups.published
      ? [{ id: OTHER_GROUPS_KEY, members: indices(gate.otherGroups.memberIds) }]
      : []),
  ];
}

function membersWhere(g: MemberDigest, test: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < g.memberIds.length; i += 1) if (test(i)) out.push(i);
  return out;
}

/** What the companion must withhold from a digest built through `gate`. */
export function digestWithheld(g: MemberDigest, gate: PublicationGate): DigestWithheld {
  const scopes = digestScopes(g, gate);
  const lastStored = lastStoredDay(g);
  const plan = (users: number[]) => [...productPlan(users, scopes, gate.k)].sort();
  const multiProduct = plan(membersWhere(g, (i) => reachesMultiProduct(g, i, lastStored)));
  const developers = new Set(plan(membersWhere(g, (i) => g.code[i]!.sessions > 0)));
  for (const id of gate.products.claude_code) developers.add(id);
  return { multiProduct, developers: [...developers].sort() };
}

/** The org's daily product counts with every count of 1 … k−1 withheld (null). */
export function gatedProductDaily(
  daily: Record<MetricProduct, (number | null)[]>,
  k: number,
): Record<MetricProduct, (number | null)[]> {
  return Object.fromEntries(
    metricProducts.map((p) => [p, daily[p].map((n) => publishableCount(k, n))]),
  ) as Record<MetricProduct, (number | null)[]>;
}
