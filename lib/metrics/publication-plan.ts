/**
 * Builds the publication gate (publication-gate.ts) from the shared work of
 * an insight build (insight-context.ts): the same membership (scopes.ts) and
 * the same suppression plan (privacy.ts) the models use, so every surface
 * that asks the gate publishes exactly what the models publish.
 */
import type { InsightContext } from '@/lib/metrics/insight-context';
import type { PublicationGate } from '@/lib/metrics/publication-gate';

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
    };
  const inSome = new Uint8Array(idx.memberIds.length);
  const groups = ctx.groups.map((g) => {
    for (const m of g.scope.members) inSome[m] = 1;
    const hidden = ctx.suppression.get(g.scope.id) ?? null;
    return {
      id: g.scope.id,
      published: hidden === null,
      hiddenBecause: hidden?.detail ?? null,
      memberIds: hidden ? [] : Array.from(g.scope.members, (m) => idx.memberIds[m]!),
    };
  });
  const noGroupIds = idx.memberIds.filter((_, i) => inSome[i] === 0);
  const hiddenNoGroup = noGroupHidden(ctx, noGroupIds.length);
  return {
    k,
    peopleShown: !teamGrainOnly,
    groups,
    noGroup: {
      published: hiddenNoGroup === null,
      hiddenBecause: hiddenNoGroup?.detail ?? null,
      memberIds: hiddenNoGroup ? [] : noGroupIds,
    },
  };
}

/**
 * Why the "in no group" row is hidden, or null. Hidden when it counts fewer
 * than k people (other than none), or when a hidden group has members outside
 * every published group: org − published groups − "in no group" would give
 * those members.
 */
function noGroupHidden(ctx: InsightContext, size: number): { detail: string } | null {
  const { k } = ctx.settings.privacy;
  if (size > 0 && size < k) return { detail: `Fewer than ${k} people are in no group.` };
  const covered = new Uint8Array(ctx.idx!.memberIds.length);
  for (const g of ctx.groups)
    if (!ctx.suppression.has(g.scope.id)) for (const m of g.scope.members) covered[m] = 1;
  const uncoveredHidden = ctx.groups.some(
    (g) => ctx.suppression.has(g.scope.id) && g.scope.members.some((m) => covered[m] === 0),
  );
  return uncoveredHidden
    ? { detail: 'Hidden so that a smaller team’s figures cannot be worked out by subtraction.' }
    : null;
}
