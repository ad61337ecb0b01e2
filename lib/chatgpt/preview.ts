/**
 * What the import preview shows of parsed files before anything is stored:
 * per file its kind, periods and counts, and row errors; across files, which
 * file's rows a period will be taken from when two files hold the same
 * period of the same kind (the later file in the drop wins, and says so).
 *
 * Definitions, per period (User Engagement): `rows` = people listed
 * (every status), `seats` = rows with user_status `enabled`, `active` =
 * rows with is_active 1, `pending` / `deleted` = rows of that status.
 * GPT Engagement: `rows` = GPT configs, `active` = configs with is_active 1.
 * Per file, `people` = distinct emails over all its periods and `active` =
 * distinct emails active in at least one period.
 */
import { kindLabels, type ChatgptFileKind } from '@/lib/chatgpt/columns';
import type { ChatgptParsed, ChatgptRowError } from '@/lib/chatgpt/parse-file';
import type {
  ChatgptCadence,
  ChatgptGptPeriod,
  ChatgptPeriodKey,
  ChatgptUserPeriod,
} from '@/lib/chatgpt/records';

export interface PeriodPreview {
  periodKey: ChatgptPeriodKey;
  cadence: ChatgptCadence;
  start: string;
  end: string;
  rows: number;
  seats: number;
  active: number;
  pending: number;
  deleted: number;
  /** Name of a later file in the same drop whose rows of this period are imported instead. */
  supersededBy: string | null;
}

export type FilePreview =
  | {
      ok: true;
      fileName: string;
      kind: ChatgptFileKind;
      kindLabel: string;
      cadences: ChatgptCadence[];
      periods: PeriodPreview[];
      dataRows: number;
      people: number;
      active: number;
      errors: ChatgptRowError[];
      errorCount: number;
      ignoredColumns: string[];
    }
  | { ok: false; fileName: string; reason: string };

type Row = ChatgptUserPeriod | ChatgptGptPeriod;

function periodsOf(rows: readonly Row[]): PeriodPreview[] {
  const byKey = new Map<ChatgptPeriodKey, PeriodPreview>();
  for (const r of rows) {
    let p = byKey.get(r.periodKey);
    if (!p) {
      p = {
        periodKey: r.periodKey,
        cadence: r.cadence,
        start: r.start,
        end: r.end,
        rows: 0,
        seats: 0,
        active: 0,
        pending: 0,
        deleted: 0,
        supersededBy: null,
      };
      byKey.set(r.periodKey, p);
    }
    p.rows++;
    if (r.isActive) p.active++;
    if ('userStatus' in r) {
      if (r.userStatus === 'enabled') p.seats++;
      else if (r.userStatus === 'pending') p.pending++;
      else p.deleted++;
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
}

/** The preview of one parsed file. */
export function previewOf(fileName: string, parsed: ChatgptParsed): FilePreview {
  if (!parsed.ok) return { ok: false, fileName, reason: parsed.reason };
  const rows: readonly Row[] = parsed.kind === 'users' ? parsed.users : parsed.gpts;
  const periods = periodsOf(rows);
  const people = new Set(parsed.users.map((u) => u.email));
  const active = new Set(parsed.users.filter((u) => u.isActive).map((u) => u.email));
  return {
    ok: true,
    fileName,
    kind: parsed.kind,
    kindLabel: kindLabels[parsed.kind],
    cadences: [...new Set(periods.map((p) => p.cadence))],
    periods,
    dataRows: parsed.dataRows,
    people: parsed.kind === 'users' ? people.size : 0,
    active: parsed.kind === 'users' ? active.size : periods.reduce((n, p) => n + p.active, 0),
    errors: parsed.errors,
    errorCount: parsed.errorCount,
    ignoredColumns: parsed.ignoredColumns,
  };
}

/**
 * Which file each period of each kind is taken from: the last file in
 * `previews` holding it. Marks the earlier files' periods `supersededBy` and
 * returns, per file index, the period keys it contributes.
 */
export function resolveOverlaps(previews: FilePreview[]): Set<ChatgptPeriodKey>[] {
  const winner = new Map<string, number>();
  previews.forEach((f, i) => {
    if (f.ok) for (const p of f.periods) winner.set(`${f.kind} ${p.periodKey}`, i);
  });
  return previews.map((f, i) => {
    const kept = new Set<ChatgptPeriodKey>();
    if (!f.ok) return kept;
    for (const p of f.periods) {
      const w = winner.get(`${f.kind} ${p.periodKey}`)!;
      if (w === i) kept.add(p.periodKey);
      else p.supersededBy = previews[w]!.fileName;
    }
    return kept;
  });
}
