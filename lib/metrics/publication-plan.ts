/**
 * Builds the publication gate (publication-gate.ts) from the shared work of
 * an insight build (insight-context.ts): the same membership (scopes.ts) and
 * the same suppression plan (privacy.ts) the models use, so every surface
 * that asks the gate publishes exactly what the models publish.
 */
import type { InsightContext } from '@/lib/metrics/insight-context';
import { NO_GROUP_PLAN_ID } from '@/lib/metrics/privacy';
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
  const hiddenNoGroup = ctx.suppression.get(NO_GROUP_PLAN_ID) ?? null;
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
