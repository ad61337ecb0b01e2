/**
 * Parses an org-chart CSV (papaparse) into a preview: the header row, the
 * column mapping (detected, or chosen by the admin), valid rows, and
 * row-level errors and warnings. Nothing is stored here: the caller applies
 * a preview only when the admin confirms it (store.ts).
 *
 * Per row: email required, an address, lower-cased, once per file (a repeat
 * is an error on the later row); team required (≤ 200 characters); manager
 * optional; seat status optional, read as assigned / unassigned / pending.
 * A cell that begins like a spreadsheet formula is kept as text (neutralise.ts)
 * and reported as a warning. Row numbers count the header as row 1.
 */
import Papa from 'papaparse';
import {
  aliasesOf,
  detectMapping,
  fieldLabels,
  missingFields,
  type ColumnMapping,
} from '@/lib/org-chart/columns';
import { looksLikeFormula, neutralise } from '@/lib/org-chart/neutralise';

export type SeatStatus = 'assigned' | 'unassigned' | 'pending';

export interface OrgChartRow {
  email: string;
  team: string;
  manager: string | null;
  seatStatus: SeatStatus | null;
}

export interface RowIssue {
  /** 1-based row of the file (the header is row 1). */
  row: number;
  message: string;
}

export type OrgChartPreview =
  | {
      ok: true;
      headers: string[];
      mapping: ColumnMapping;
      rows: OrgChartRow[];
      errors: RowIssue[];
      warnings: RowIssue[];
      /** Data rows in the file (valid or not). */
      totalRows: number;
      /** Teams with their head count, largest first, then by name. */
      teams: { name: string; count: number }[];
    }
  | { ok: false; reason: string; headers: string[]; mapping: ColumnMapping | null };

/** Files above this are refused unread. */
export const orgChartMaxBytes = 20 * 1024 * 1024;
/** Rows above this are refused (a larger org chart should be split). */
export const orgChartMaxRows = 250_000;

const emailPattern = /^[^\s@'"<>(),;:]+@[^\s@'"<>(),;:]+\.[^\s@'"<>(),;:]+$/;

const seatWords: Record<string, SeatStatus> = {
  assigned: 'assigned',
  active: 'assigned',
  yes: 'assigned',
  y: 'assigned',
  true: 'assigned',
  '1': 'assigned',
  seated: 'assigned',
  unassigned: 'unassigned',
  none: 'unassigned',
  no: 'unassigned',
  n: 'unassigned',
  false: 'unassigned',
  '0': 'unassigned',
  pending: 'pending',
  invited: 'pending',
};

/** Reads a seat-status cell; undefined when the word is not understood, null when empty. */
export function readSeatStatus(cell: string): SeatStatus | null | undefined {
  const word = cell.trim().toLowerCase();
  if (!word) return null;
  return seatWords[word];
}

function summariseTeams(rows: OrgChartRow[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.team, (counts.get(r.team) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Preview of the CSV `text` under `mapping` (detected from the header when
 * omitted). Not ok when the file has no header, too many rows, or a required
 * column has no mapping — the headers come back so the admin can map them.
 */
export function previewOrgChart(text: string, mapping?: ColumnMapping): OrgChartPreview {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
  });
  const [headerRow, ...data] = parsed.data;
  const headers = (headerRow ?? []).map((h) => String(h).trim());
  if (headers.length < 2 || headers.every((h) => !h))
    return {
      ok: false,
      reason: 'The file has no header row with at least two columns (email and team).',
      headers,
      mapping: null,
    };
  if (data.length > orgChartMaxRows)
    return {
      ok: false,
      reason: `The file has ${data.length.toLocaleString('en')} rows; Uptake reads at most ${orgChartMaxRows.toLocaleString('en')}.`,
      headers,
      mapping: null,
    };
  const map = mapping ?? detectMapping(headers);
  const missing = missingFields(map);
  if (missing.length)
    return {
      ok: false,
      reason: missing
        .map(
          (f) =>
            `No column for ${fieldLabels[f].toLowerCase()} (looked for: ${aliasesOf(f).join(', ')}).`,
        )
        .join(' ')
        .concat(' Choose the columns below.'),
      headers,
      mapping: map,
    };

  const rowErrors = new Map<number, string>();
  for (const e of parsed.errors)
    if (typeof e.row === 'number' && e.row > 0) rowErrors.set(e.row + 1, e.message);
  const rows: OrgChartRow[] = [];
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const firstRowOf = new Map<string, number>();
  const cell = (values: string[], i: number | null) =>
    i === null ? '' : String(values[i] ?? '').trim();

  data.forEach((values, i) => {
    const row = i + 2;
    const papaError = rowErrors.get(row);
    if (papaError) return errors.push({ row, message: papaError });
    const email = cell(values, map.email).toLowerCase();
    const team = cell(values, map.team);
    const manager = cell(values, map.manager);
    const seat = cell(values, map.seatStatus);
    if (!email) return errors.push({ row, message: 'No email.' });
    if (looksLikeFormula(email) || !emailPattern.test(email) || email.length > 320)
      return errors.push({
        row,
        message: `"${neutralise(email).slice(0, 80)}" is not an email address.`,
      });
    if (!team) return errors.push({ row, message: `No team for ${email}.` });
    if (team.length > 200)
      return errors.push({ row, message: `The team name is longer than 200 characters.` });
    const status = readSeatStatus(seat);
    if (status === undefined)
      return errors.push({
        row,
        message: `Seat status "${neutralise(seat).slice(0, 40)}" is not understood (use assigned, unassigned or pending).`,
      });
    const earlier = firstRowOf.get(email);
    if (earlier !== undefined)
      return errors.push({ row, message: `${email} is already on row ${earlier}.` });
    firstRowOf.set(email, row);
    for (const [label, value] of [
      ['team', team],
      ['manager', manager],
    ] as const)
      if (looksLikeFormula(value))
        warnings.push({
          row,
          message: `The ${label} "${value.slice(0, 40)}" begins like a spreadsheet formula; it is kept as text.`,
        });
    rows.push({
      email,
      team: neutralise(team),
      manager: manager ? neutralise(manager) : null,
      seatStatus: status,
    });
  });
  return {
    ok: true,
    headers,
    mapping: map,
    rows,
    errors,
    warnings,
    totalRows: data.length,
    teams: summariseTeams(rows),
  };
}
