/**
 * Answers with fewer champion rows (issue 12 item 5). At 100,000 members the
 * champion rows, each with its score's parts, are nearly all of the
 * organisation's 1.8 MB answer. The companion shows how many champions a
 * scope has (Teams, Exports), never who they are: it asks with none. The
 * overlay lists the best few (its fallback list) and badges the members a
 * page shows: it gets the best few and asks for the others by email or name
 * key (`championRowsFor`).
 */
import type { Champion, ChampionsSection, InsightModel } from '@/lib/metrics';
import type { ResponseOf } from '@/lib/messages/contract';

type InsightsAnswer = ResponseOf<'to-background:get-insights'>;

/**
 * `answer` with only its model's best `keep` champion rows (rows are best
 * first) and the number of rows left out in `champions.rowsLeftOut`, added
 * to any already left out: so `champions.length + rowsLeftOut` is always the
 * scope's number of champions. Nothing else changes, and the answer itself is
 * not changed: it may be kept or cached as it is. An answer with no more
 * than `keep` rows is returned as it is.
 */
export function withChampionRows(answer: InsightsAnswer, keep: number): InsightsAnswer {
  const { model } = answer;
  const rows = model?.champions.champions;
  if (!model || !rows || (rows.length <= keep && keep > 0)) return answer;
  const kept = rows.slice(0, Math.max(0, keep));
  const champions: ChampionsSection = {
    ...model.champions,
    champions: kept,
    rowsLeftOut: (model.champions.rowsLeftOut ?? 0) + rows.length - kept.length,
  };
  return { ...answer, model: { ...model, champions } as InsightModel };
}

/**
 * `answer` with its model's champion rows left out and their number in
 * `champions.rowsLeftOut` (0 with no rows; nothing else changes).
 */
export function withoutChampionRows(answer: InsightsAnswer): InsightsAnswer {
  return withChampionRows(answer, 0);
}

/** Who a page shows: emails (any case) and name keys (lib/claude/members.ts `nameKeyOfName`). */
export interface ChampionQuery {
  emails: readonly string[];
  nameKeys: readonly string[];
}

/**
 * The rows of `model`'s champions that `query` names: a champion whose email
 * is one of `emails` (case-insensitive), or whose `nameKey` (set only when no
 * other member of the org has that name) is one of `nameKeys`. Best first,
 * each once. None when the model may not show champions (`champions.shown`
 * false: team grain only, a suppressed scope, incomplete history): the rows
 * come from the same gated model as every other answer, so a member who is
 * not a champion, or opted out, is never among them.
 */
export function championRowsFor(model: InsightModel | null, query: ChampionQuery): Champion[] {
  if (!model?.champions.shown) return [];
  const emails = new Set(query.emails.map((e) => e.toLowerCase()));
  const nameKeys = new Set(query.nameKeys);
  if (emails.size === 0 && nameKeys.size === 0) return [];
  return model.champions.champions.filter(
    (c) =>
      (c.email !== null && emails.has(c.email.toLowerCase())) ||
      (c.nameKey !== null && nameKeys.has(c.nameKey)),
  );
}
