/**
 * What the claude.ai content script may ask the background, and what it gets.
 *
 * The content script runs beside claude.ai's own code: anything it receives
 * could reach the page (a compromised page script, a hostile extension that
 * reads its DOM). So it gets **only what the overlay shows** (issue 11 item 8):
 *
 * - Requests: an allowlist (`contentScriptTypes`); every other type is
 *   refused for a sender that is not one of Uptake's own pages.
 * - Insight answers (`contentScriptInsights`): no seat signals (their member
 *   lists name dormant and never-activated people; the overlay shows no seat
 *   panel), no scope list (the overlay shows the org only), suggestions
 *   without the paired champion's id and email (the overlay shows the
 *   label), champions with only the fields a badge and its tooltip render,
 *   and of them only the best `overlayListedChampions` (the fallback list),
 *   the others counted in `champions.rowsLeftOut`. The lean flag is ignored:
 *   the content script always gets this view.
 * - Champion rows (`to-background:get-champion-rows`): the rows of the
 *   champions among the emails and name keys the overlay found on the page,
 *   with the same fields; nobody else.
 *
 * The shadow roots the overlay mounts into stay open (the e2e tests read
 * them): what they show is exactly this view.
 */
import type { ResponseOf, ToBackground } from '@/lib/messages/contract';
import { withChampionRows } from '@/lib/insights/champion-rows';
import type { Champion, InsightModel } from '@/lib/metrics';

/**
 * How many champion rows the overlay's insights answer carries: the best
 * ones, which its fallback list shows (champion-badge feature). The badges
 * ask for the rows of the members on the page instead.
 */
export const overlayListedChampions = 5;

/** Requests a content script (overlay, bootstrap) may send; none touches the key or starts work. */
export const contentScriptTypes: ReadonlySet<ToBackground['type']> = new Set([
  'to-background:get-status',
  'to-background:page-recognised',
  'to-background:get-insights',
  'to-background:get-overlay-settings',
  'to-background:get-champion-rows',
  'to-background:update-suggestion',
  'to-background:open-extension-page',
  'to-background:inject-overlay',
]);

type InsightsAnswer = ResponseOf<'to-background:get-insights'>;
type ChampionRowsAnswer = ResponseOf<'to-background:get-champion-rows'>;

function championView(c: Champion): Champion {
  const { memberId, email, score, rank, parts, nameKey } = c;
  return { memberId, email, score, rank, parts, nameKey };
}

/** The overlay's view of one model: see the module comment for what is left out. */
export function contentScriptModel(model: InsightModel): InsightModel {
  return {
    ...model,
    seats: null,
    champions: { ...model.champions, champions: model.champions.champions.map(championView) },
    suggestions: model.suggestions.map((s) => ({
      ...s,
      action: { ...s.action, championMemberId: null, championEmail: null },
    })),
  };
}

/** The insights answer as the content script gets it: the best few champion rows only. */
export function contentScriptInsights(answer: InsightsAnswer): InsightsAnswer {
  const { model } = withChampionRows(answer, overlayListedChampions);
  return { model: model && contentScriptModel(model), scopes: [] };
}

/** Champion rows as the content script gets them: the fields a badge renders. */
export function contentScriptChampionRows(answer: ChampionRowsAnswer): ChampionRowsAnswer {
  return { champions: answer.champions.map(championView) };
}
