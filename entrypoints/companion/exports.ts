/**
 * CSV exports of the companion's tables (lib/companion/csv.ts: papaparse,
 * formula cells escaped), pseudonymised when the privacy setting says so.
 * Every table passes the publication gate (lib/metrics/publication-gate.ts)
 * first: nothing for a hidden scope, and no column or list that names a
 * person in team-grain mode.
 */
import { exportsPseudonymised } from '@/lib/companion/companion-data';
import { exportFileName, toCsv, type CsvColumn } from '@/lib/companion/csv';
import { pseudonymiser, type Pseudonymise } from '@/lib/crypto/pseudonym';
import { orgPseudonymSecret } from '@/lib/store/org-secrets';
import type { ReclaimEntry } from '@/lib/companion/reclaim';
import type { SeatMember } from '@/lib/metrics';
import { hiddenBecause, mayPublishScope } from '@/lib/metrics/publication-gate';
import { downloadText } from '@/components/companion/download';
import { loadGate } from './load-history';
import type { PageContext } from './views/context';

/**
 * The organisation's pseudonymiser (HMAC-SHA-256 under its secret, made once
 * and kept with its history: lib/store/org-secrets.ts), or null when exports
 * name people.
 */
export async function exportPseudonymiser(ctx: PageContext): Promise<Pseudonymise | null> {
  if (!exportsPseudonymised(ctx.settings)) return null;
  return pseudonymiser(await orgPseudonymSecret());
}

/** Writes a table as CSV and downloads it; returns a sentence for the page. */
export async function exportTable<T>(
  ctx: PageContext,
  what: string,
  columns: CsvColumn<T>[],
  rows: readonly T[],
  options: { listsPeople?: boolean } = {},
): Promise<string> {
  const gate = await loadGate();
  if (!mayPublishScope(gate, ctx.state.scope))
    return `Nothing exported: ${hiddenBecause(gate, ctx.state.scope)}`;
  if (!gate.peopleShown && options.listsPeople)
    return 'Nothing exported: team grain only, so no list of people leaves Uptake.';
  if (!gate.peopleShown) columns = columns.filter((c) => !c.personal);
  const pseudonymise = await exportPseudonymiser(ctx);
  const day = ctx.model.freshness.latestDay ?? ctx.model.today;
  const name = exportFileName(`${what}-${ctx.state.scope === 'org' ? 'org' : ctx.scopeName}`, day);
  downloadText(await toCsv(columns, rows, { pseudonymise }), name);
  return `Saved ${name} (${rows.length} rows${pseudonymise ? ', pseudonymised' : ''}).`;
}

const seatColumns: CsvColumn<SeatMember & { reason?: string }>[] = [
  { header: 'Member', value: (r) => r.email ?? r.memberId, personal: true },
  { header: 'Last active day', value: (r) => r.lastActiveDay },
  { header: 'Days idle', value: (r) => r.idleDays },
  { header: 'Seat since', value: (r) => r.seatSince },
];

/** Dormant, never-activated or reclaim list of the scope, as CSV. */
export function downloadSeatList(
  ctx: PageContext,
  what: 'reclaim' | 'dormant' | 'never',
  reclaim: ReclaimEntry[] | null,
) {
  const seats = ctx.model.seats;
  if (!seats) return Promise.resolve('No seat figures to export.');
  if (what === 'reclaim')
    return exportTable(
      ctx,
      'reclaim list',
      [
        ...seatColumns,
        { header: 'Why', value: (r) => (r.reason === 'dormant' ? 'dormant' : 'never activated') },
      ],
      reclaim ?? [],
      { listsPeople: true },
    );
  return exportTable(
    ctx,
    what === 'dormant' ? 'dormant seats' : 'never activated',
    seatColumns,
    (what === 'dormant' ? seats.dormant.members : seats.neverActivated.members) ?? [],
    { listsPeople: true },
  );
}
