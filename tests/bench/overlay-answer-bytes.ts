/**
 * `npx tsx tests/bench/overlay-answer-bytes.ts [members…]` (default 20,000 and 100,000): the
 * bytes of the overlay's first insights answer (`get-insights`, org, lean) as the content
 * script receives it, as JSON (what crosses the message channel), on the bench's synthetic
 * history (metrics.ts `syntheticHistory`, 90 days; 25 groups at 20,000 members, 50 above):
 * - `every_row`: with every champion row (the content-script view before issue 12's cut);
 * - `listed_rows`: with the best `overlayListedChampions` rows (content-script.ts now);
 * - `page_rows`: the `get-champion-rows` answer for a page of 50 members (every 50th member
 *   of the history: the champions among them), and the ask itself;
 * - `page_50_champions`: the answer for a page of 50 champions (a leaderboard).
 * Deterministic: sizes only, no timing.
 */
import { withChampionRows, championRowsFor } from '@/lib/insights/champion-rows';
import {
  contentScriptChampionRows,
  contentScriptInsights,
  contentScriptModel,
} from '@/lib/messages/content-script';
import { defaultMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { syntheticHistory } from './metrics';

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

function one(members: number): Record<string, number> {
  const history = syntheticHistory(members, 90, '2026-11-20', 7, members >= 50_000 ? 50 : 25);
  const all = buildAllScopes(history, defaultMetricsSettings, {
    today: Date.parse('2026-11-21T12:00:00Z'),
    timeZone: 'UTC',
  });
  const m = all.org;
  // The handler's lean answer: member lists of the seat signals left out (background.ts).
  const model = m.seats
    ? {
        ...m,
        seats: {
          ...m.seats,
          dormant: { ...m.seats.dormant, members: null },
          neverActivated: { ...m.seats.neverActivated, members: null },
        },
      }
    : m;
  const answer = { model, scopes: [] };
  const everyRow = { model: contentScriptModel(model), scopes: [] };
  const listed = contentScriptInsights(answer);
  const emails = history.members!.filter((_, i) => i % 50 === 0).slice(0, 50);
  const query = { emails: emails.map((x) => x.email), nameKeys: [] };
  const rows = contentScriptChampionRows({ champions: championRowsFor(model, query) });
  return {
    members,
    champions: m.champions.champions.length,
    every_row_bytes: bytes(everyRow),
    listed_rows_bytes: bytes(listed),
    without_rows_bytes: bytes(withChampionRows(answer, 0)),
    page_rows_found: rows.champions.length,
    page_rows_bytes: bytes(rows),
    page_ask_bytes: bytes({ type: 'to-background:get-champion-rows', ...query }),
    page_50_champions_bytes: bytes(
      contentScriptChampionRows({
        champions: championRowsFor(model, {
          emails: m.champions.champions.slice(5, 55).map((c) => c.email ?? ''),
          nameKeys: [],
        }),
      }),
    ),
  };
}

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length > 0 ? sizes : [20_000, 100_000]) console.log(JSON.stringify(one(n)));
