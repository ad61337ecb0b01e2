/**
 * An applied org chart: the confirmed rows of a preview, kept compactly
 * (one list of teams, then parallel columns per person).
 */
import type { ColumnMapping } from '@/lib/org-chart/columns';
import type { OrgChartPreview, OrgChartRow, SeatStatus } from '@/lib/org-chart/parse';

export interface OrgChart {
  version: 1;
  fileName: string;
  /** When the admin confirmed it (ms since epoch). */
  importedAt: number;
  headers: string[];
  mapping: ColumnMapping;
  teams: string[];
  emails: string[];
  /** Index into `teams`, per person. */
  teamIndex: Uint32Array;
  /** Per person; null when the file had no manager column. */
  managers: (string | null)[] | null;
  /** Per person; null when the file had no seat-status column. */
  seatStatus: (SeatStatus | null)[] | null;
  /** Rows left out because of an error. */
  skippedRows: number;
}

/** The chart a confirmed, ok preview applies. */
export function chartFromPreview(
  preview: Extract<OrgChartPreview, { ok: true }>,
  fileName: string,
  now: number,
): OrgChart {
  const teams = preview.teams.map((t) => t.name).sort((a, b) => a.localeCompare(b));
  const teamAt = new Map(teams.map((t, i) => [t, i]));
  const rows = preview.rows;
  return {
    version: 1,
    fileName: fileName.slice(0, 200),
    importedAt: now,
    headers: preview.headers,
    mapping: preview.mapping,
    teams,
    emails: rows.map((r) => r.email),
    teamIndex: Uint32Array.from(rows, (r) => teamAt.get(r.team)!),
    managers: preview.mapping.manager === null ? null : rows.map((r) => r.manager),
    seatStatus: preview.mapping.seatStatus === null ? null : rows.map((r) => r.seatStatus),
    skippedRows: preview.errors.length,
  };
}

/** Head count per team name. Example: teams [A, B], teamIndex [0, 1, 0] → { A: 2, B: 1 }. */
export function teamCounts(chart: Pick<OrgChart, 'teams' | 'teamIndex'>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(chart.teams.map((t) => [t, 0]));
  for (const i of chart.teamIndex) out[chart.teams[i]!]! += 1;
  return out;
}

/** The rows of a chart again (for exports and tests). */
export function chartRows(chart: OrgChart): OrgChartRow[] {
  return chart.emails.map((email, i) => ({
    email,
    team: chart.teams[chart.teamIndex[i]!]!,
    manager: chart.managers?.[i] ?? null,
    seatStatus: chart.seatStatus?.[i] ?? null,
  }));
}
