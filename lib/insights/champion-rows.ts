/**
 * Answers without champion rows (issue 12 item 5): the companion shows how
 * many champions a scope has (Teams, Exports), never who they are, yet at
 * 100,000 members the champion rows, each with its score's parts, were
 * nearly all of the organisation's 1.8 MB answer, and the companion's warm
 * first render waited for it to be copied out of the background.
 */
import type { ChampionsSection, InsightModel } from '@/lib/metrics';
import type { ResponseOf } from '@/lib/messages/contract';

type InsightsAnswer = ResponseOf<'to-background:get-insights'>;

/**
 * `answer` with its model's champion rows left out and their number in
 * `champions.rowsLeftOut` (0 with no rows; nothing else changes). The
 * answer itself is not changed: it may be kept or cached as it is.
 */
export function withoutChampionRows(answer: InsightsAnswer): InsightsAnswer {
  const { model } = answer;
  if (!model) return answer;
  const champions: ChampionsSection = {
    ...model.champions,
    champions: [],
    rowsLeftOut: model.champions.rowsLeftOut ?? model.champions.champions.length,
  };
  return { ...answer, model: { ...model, champions } as InsightModel };
}
