/**
 * The exports of the Exports view: each table as CSV (exports.ts), and a
 * team snapshot file per team (lib/snapshot), by export id.
 */
import type { CsvColumn } from '@/lib/companion/csv';
import type { Funnel } from '@/lib/companion/funnel';
import { interventionTypeNames, type Intervention } from '@/lib/companion/interventions';
import { reclaimList } from '@/lib/companion/reclaim';
import { gatedScopeEntries, spendBreakdown, spendCoverage } from '@/lib/companion/spend';
import { sortTeams, teamRow, type TeamRow } from '@/lib/companion/team-table';
import { metricProducts, type InsightModel } from '@/lib/metrics';
import {
  OTHER_GROUPS_KEY,
  otherGroupsName,
  otherGroupsRow,
  publishedGroupRows,
} from '@/lib/metrics/publication-gate';
import { buildSnapshot, orgMonthlyTarget, teamPicture } from '@/lib/snapshot';
import { downloadText } from '@/components/companion/download';
import { downloadSeatList, exportTable } from '../exports';
import { loadDigest, loadGate, loadSpend } from '../load-history';
import { digestRequest, hiddenReason, scopeTargets, type PageContext } from './context';
import { teamFunnels } from './funnel-page';

const teamColumns: CsvColumn<TeamRow>[] = [
  { header: 'Team', value: (r) => r.name },
  { header: 'Hidden (privacy floor)', value: (r) => r.hidden ?? '' },
  { header: 'Size', value: (r) => r.size },
  { header: 'Size source', value: (r) => r.sizeSource },
  { header: 'Monthly adoption %', value: (r) => r.monthlyRate },
  { header: 'Monthly actives', value: (r) => r.monthlyActives },
  { header: 'Weekly adoption %', value: (r) => r.weeklyRate },
  ...metricProducts.map((p): CsvColumn<TeamRow> => ({
    header: `${p} monthly adoption %`,
    value: (r) => r.productRates[p],
  })),
  { header: 'Monthly adoption change vs 30 days (points)', value: (r) => r.trend30 },
  { header: 'Target progress', value: (r) => r.targetProgress },
  { header: 'Target status', value: (r) => r.targetStatus },
  { header: 'Forecast date', value: (r) => r.forecastDate },
  { header: 'Champions', value: (r) => r.champions },
  { header: 'Open suggestions', value: (r) => r.suggestions },
];

const funnelColumns: CsvColumn<{ name: string; funnel: Funnel | null; hidden: string | null }>[] = [
  { header: 'Team', value: (r) => r.name },
  ...['Seats', 'Activated', 'Active in 30 days', 'Weekly habit', 'Two or more products'].map(
    (h, i): CsvColumn<{ name: string; funnel: Funnel | null; hidden: string | null }> => ({
      header: h,
      value: (r) => r.funnel?.stages[i]!.count ?? null,
    }),
  ),
  { header: 'Median days to first use', value: (r) => r.funnel?.timeToFirstUse.medianDays ?? null },
  { header: 'Hidden (privacy floor)', value: (r) => r.hidden ?? '' },
];

/**
 * Runs the export `id` (a table name, or `snapshot:<group id>`) and returns
 * a sentence for the page.
 */
export async function runExport(
  ctx: PageContext,
  id: string,
  groups: Map<string, InsightModel> | null,
): Promise<string> {
  const seats = ctx.model.seats;
  if (id === 'teams')
    return exportTable(
      ctx,
      'teams',
      teamColumns,
      sortTeams(
        [...groups!.values()].map((m) =>
          teamRow(m, hiddenReason(m), scopeTargets(m, ctx.settings.metrics.targets)),
        ),
        'name',
        'asc',
      ),
    );
  if (id === 'funnel') {
    const request = digestRequest(ctx);
    return exportTable(
      ctx,
      'activation funnel',
      funnelColumns,
      teamFunnels(ctx, await loadDigest(request, ctx.version)),
    );
  }
  if (id === 'reclaim' || id === 'dormant' || id === 'never')
    return downloadSeatList(
      ctx,
      id,
      seats ? reclaimList(seats, ctx.model.freshness.latestDay ?? ctx.range.to) : null,
    );
  if (id === 'spend-daily' || id === 'spend-split') {
    const { entries } = await loadSpend(ctx.model.freshness.latestDay ?? ctx.range.to, ctx.version);
    const cov = spendCoverage(entries);
    if (!cov) return 'No spend stored yet.';
    const gate = await loadGate();
    const b = spendBreakdown(
      gatedScopeEntries(entries, ctx.state.scope, gate),
      ctx.range.from > cov.from ? ctx.range.from : cov.from,
      ctx.range.to < cov.to ? ctx.range.to : cov.to,
    );
    if (id === 'spend-daily')
      return exportTable(
        ctx,
        'spend per day',
        [
          { header: 'Day', value: (r) => r.day },
          { header: 'Spend (USD)', value: (r) => r.dollars },
        ],
        b.daily,
      );
    const rows = [
      ...b.byProduct.map((r) => ({ kind: 'product', key: r.key, dollars: r.dollars })),
      ...b.byModel.map((r) => ({ kind: 'model', key: r.key, dollars: r.dollars })),
      ...[
        ...publishedGroupRows(gate, b.byGroup, (r) => r.key),
        ...[
          otherGroupsRow(
            gate,
            b.byGroup,
            (r) => r.key,
            (r) => r.dollars,
          ),
        ].filter((r) => r !== null),
      ].map((r) => ({
        kind: 'group',
        key:
          r.key === ''
            ? 'in no group'
            : r.key === OTHER_GROUPS_KEY
              ? otherGroupsName(gate.otherGroups.groupIds.length)
              : ctx.teamName(r.key),
        dollars: r.dollars,
      })),
    ];
    return exportTable(
      ctx,
      'spend split',
      [
        { header: 'By', value: (r) => r.kind },
        { header: 'Name', value: (r) => r.key },
        { header: 'Spend (USD)', value: (r) => r.dollars },
      ],
      rows,
    );
  }
  if (id === 'interventions')
    return exportTable<Intervention>(
      ctx,
      'interventions',
      [
        { header: 'Day', value: (r) => r.day },
        { header: 'Team', value: (r) => ctx.teamName(r.teamId) },
        { header: 'Type', value: (r) => interventionTypeNames[r.type] },
        { header: 'Owner', value: (r) => r.owner, personal: true },
        { header: 'Note', value: (r) => r.note },
      ],
      ctx.companion.interventions,
    );
  if (id === 'kpis') {
    const rows = [
      ...ctx.companion.kpis.map((k) => ({
        kind: 'KPI',
        team: ctx.teamName(k.teamId),
        name: k.name,
        day: k.day,
        value: k.value,
        unit: k.unit,
        source: '',
      })),
      ...ctx.companion.timeSaved.map((t) => ({
        kind: 'Time saved (hours per active per week)',
        team: ctx.teamName(t.teamId),
        name: 'time saved',
        day: t.asOf,
        value: t.hoursPerWeek,
        unit: 'h',
        source: t.source,
      })),
    ];
    return exportTable(
      ctx,
      'outcomes',
      ['kind', 'team', 'name', 'day', 'value', 'unit', 'source'].map((k) => ({
        header: k,
        value: (r: (typeof rows)[number]) => r[k as keyof typeof r],
      })),
      rows,
    );
  }
  const model = groups?.get(id.slice('snapshot:'.length));
  if (!model) return 'That team is not loaded.';
  const built = await buildSnapshot(
    model,
    teamPicture(model, orgMonthlyTarget(ctx.settings.metrics.targets)),
    {
      orgName: ctx.orgName,
      k: ctx.settings.metrics.privacy.k,
      now: Date.now(),
    },
  );
  if (!built.ok) return `No snapshot: ${built.reason}`;
  downloadText(JSON.stringify(built.file, null, 2), built.fileName, 'application/json');
  return `Saved ${built.fileName} (aggregates only, signed).`;
}
