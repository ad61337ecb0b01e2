import { useState } from 'preact/hooks';
import { exportsPseudonymised } from '@/lib/companion/companion-data';
import { AdoptionChart, modelSeries } from '@/components/companion/adoption-chart';
import { ExportsView, type ExportItem } from '@/components/companion/exports-view';
import { ChatgptImportPanel } from '../chatgpt-import-panel';
import { hiddenReason, type PageContext } from './context';
import { runExport } from './export-tables';

/** Exports: every table as CSV, chart images, and a team snapshot file per team. */
export function ExportsPage({ ctx }: { ctx: PageContext }) {
  const [last, setLast] = useState<string | null>(null);
  const groups = ctx.groupModels.state === 'ready' ? ctx.groupModels.value : null;
  const seats = ctx.model.seats;
  const listsHidden = ctx.model.suppressed.find((s) => s.part === 'member-lists')?.detail ?? null;
  const seatReason =
    hiddenReason(ctx.model) ?? (!seats ? 'No seat figures yet.' : (seats.heldBack ?? listsHidden));
  const items: ExportItem[] = [
    {
      id: 'teams',
      label: 'Teams comparison',
      group: 'Tables (CSV)',
      unavailable: groups ? null : 'Loading the teams…',
    },
    { id: 'funnel', label: 'Activation funnel by team', group: 'Tables (CSV)', unavailable: null },
    { id: 'reclaim', label: 'Seat reclaim list', group: 'Tables (CSV)', unavailable: seatReason },
    { id: 'dormant', label: 'Dormant seats', group: 'Tables (CSV)', unavailable: seatReason },
    { id: 'never', label: 'Never-activated seats', group: 'Tables (CSV)', unavailable: seatReason },
    { id: 'spend-daily', label: 'Spend per day', group: 'Tables (CSV)', unavailable: null },
    {
      id: 'spend-split',
      label: 'Spend by product, model and group',
      group: 'Tables (CSV)',
      unavailable: ctx.state.scope === 'org' ? null : 'Org scope only.',
    },
    { id: 'interventions', label: 'Intervention log', group: 'Tables (CSV)', unavailable: null },
    {
      id: 'kpis',
      label: 'Business KPIs and time-saved estimates',
      group: 'Tables (CSV)',
      unavailable: null,
    },
    ...ctx.scopes
      .filter((s) => s.kind === 'group')
      .map((s): ExportItem => ({
        id: `snapshot:${s.id}`,
        label: `Snapshot: ${s.name ?? s.id}`,
        group: 'Team snapshots for leads',
        unavailable: s.hiddenBecause
          ? `Hidden by the privacy floor: ${s.hiddenBecause}`
          : groups
            ? null
            : 'Loading…',
      })),
  ];
  const series = ctx.model.adoption
    ? modelSeries(ctx.model, ctx.range.from, ctx.range.to, ctx.weekdays)
    : null;
  return (
    <>
      <ExportsView
        items={items}
        pseudonymised={exportsPseudonymised(ctx.settings)}
        lastExport={last}
        onExport={(id) =>
          void runExport(ctx, id, groups).then(setLast, (e: unknown) =>
            setLast(`Export failed: ${e instanceof Error ? e.message : String(e)}`),
          )
        }
        charts={
          series ? (
            <AdoptionChart model={ctx.model} series={series} scopeName={ctx.scopeName} />
          ) : (
            <p class="muted">No chart for this scope.</p>
          )
        }
      />
      <ChatgptImportPanel />
    </>
  );
}
