/**
 * Builds the publication gate (publication-gate.ts) from the shared work of
 * an insight build (insight-context.ts): the same membership (scopes.ts) and
 * the same suppression plan (privacy.ts) the models use, so every surface
 * that asks the gate publishes exactly what the models publish.
 */
import type { InsightContext } from '@/lib/metrics/insight-context';
import { smallDerivable } from '@/lib/metrics/derivable';
import { NO_GROUP_PLAN_ID } from '@/lib/metrics/privacy';
import { isWeekday } from '@/lib/metrics/days';
import type { ProductScope } from '@/lib/metrics/product-gate';
import { productPlans } from '@/lib/metrics/product-plans';
import {
  NO_GROUP_KEY,
  noProductsWithheld,
  OTHER_GROUPS_KEY,
  type PublicationGate,
} from '@/lib/metrics/publication-gate';

/** The gate of a build. With no data: no groups, no "in no group" row. */
export function publicationGateOf(ctx: InsightContext): PublicationGate {
  const { k, teamGrainOnly } = ctx.settings.privacy;
  const idx = ctx.idx;
  if (!idx)
    return {
      k,
      peopleShown: !teamGrainOnly,
      groups: [],
      noGroup: { published: false, hiddenBecause: 'No history stored yet.', memberIds: [] },
      otherGroups: { published: false, groupIds: [], memberIds: [] },
      products: noProductsWithheld(),
    };
  const inSome = new Uint8Array(idx.memberIds.length);
  const groups = ctx.groups.map((g) => {
    const members = g.scope.members;
    for (let i = 0; i < members.length; i += 1) inSome[members[i]!] = 1;
    const hidden = ctx.suppression.get(g.scope.id) ?? null;
    return {
      id: g.scope.id,
      published: hidden === null,
      hiddenBecause: hidden?.detail ?? null,
      memberIds: hidden ? [] : idsOf(idx.memberIds, members),
    };
  });
  const noGroup: number[] = [];
  for (let i = 0; i < inSome.length; i += 1) if (inSome[i] === 0) noGroup.push(i);
  const noGroupIds = idsOf(idx.memberIds, noGroup);
  const hiddenNoGroup = ctx.suppression.get(NO_GROUP_PLAN_ID) ?? null;
  const otherGroups = otherGroupsOf(ctx, hiddenNoGroup === null ? inSome : null);
  return {
    k,
    peopleShown: !teamGrainOnly,
    groups,
    noGroup: {
      published: hiddenNoGroup === null,
      hiddenBecause: hiddenNoGroup?.detail ?? null,
      memberIds: hiddenNoGroup ? [] : noGroupIds,
    },
    otherGroups,
    products: productsOf(ctx, [
      ...ctx.groups
        .filter((g) => !ctx.suppression.has(g.scope.id))
        .map((g) => ({ id: g.scope.id, members: g.scope.members })),
      ...(hiddenNoGroup === null ? [{ id: NO_GROUP_KEY, members: noGroup }] : []),
      ...(otherGroups.published
        ? [
            {
              id: OTHER_GROUPS_KEY,
              members: otherGroups.memberIds.map((id) => idx.memberIndex.get(id)!),
            },
          ]
        : []),
    ]),
  };
}

/** The ids of members `members` (indices into `memberIds`), in order. */
function idsOf(memberIds: readonly string[], members: ArrayLike<number>): string[] {
  const ids = new Array<string>(members.length);
  for (let i = 0; i < members.length; i += 1) ids[i] = memberIds[members[i]!]!;
  return ids;
}

/** Per product, the published scopes whose product figures are withheld (product-gate.ts). */
function productsOf(ctx: InsightContext, scopes: ProductScope[]): PublicationGate['products'] {
  const idx = ctx.idx!;
  const weekdaysOnly = ctx.settings.weekdaysOnly;
  let daily = idx.length - 1;
  if (weekdaysOnly) while (daily > 0 && !isWeekday(idx.first + daily)) daily -= 1;
  return productPlans(idx, scopes, ctx.settings.privacy.k, weekdaysOnly, daily);
}

/**
 * "Other groups": the hidden groups (below k, or hidden to protect one; not
 * those whose members are unknown) published together as one row, when
 * they hold at least k people together and publishing their union leaves
 * nothing small derivable (derivable.ts). `inSome` marks members in some
 * group when the "in no group" row is published (it is one more published set).
 */
function otherGroupsOf(
  ctx: InsightContext,
  inSome: Uint8Array | null,
): PublicationGate['otherGroups'] {
  const universe = ctx.idx!.memberIds.length;
  const hidden = ctx.groups.filter((g) => {
    const s = ctx.suppression.get(g.scope.id);
    return s && s.reason !== 'incomplete-history';
  });
  const union = new Set<number>();
  for (const g of hidden) for (const m of g.scope.members) union.add(m);
  const none = { published: false, groupIds: [], memberIds: [] };
  if (hidden.length < 2 || union.size < ctx.settings.privacy.k) return none;
  const shown = ctx.groups
    .filter((g) => !ctx.suppression.has(g.scope.id))
    .map((g) => g.scope.members);
  const all = Array.from({ length: universe }, (_, i) => i);
  const noGroup = inSome ? [all.filter((i) => inSome[i] === 0)] : [];
  const sets = [all, ...shown, ...noGroup, [...union]];
  return smallDerivable(universe, sets, ctx.settings.privacy.k) === null
    ? {
        published: true,
        groupIds: hidden.map((g) => g.scope.id),
        memberIds: [...union].sort((a, b) => a - b).map((m) => ctx.idx!.memberIds[m]!),
      }
    : none;
}
