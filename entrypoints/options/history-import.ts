/**
 * Importing a history file from options: read and validate it, decide whether
 * it is this history's own organisation's (lib/store/import-origin.ts), and
 * write it only then, or once the admin has confirmed after reading why not.
 */
import { sendToBackground } from '@/lib/messages/send';
import { readRegistry } from '@/lib/store/active-history';
import {
  readHistoryFile,
  writeHistoryFile,
  type HistoryFile,
  type ImportMode,
  type ImportResult,
} from '@/lib/store/export';
import { getMeta, historyStats, setMeta } from '@/lib/store/history';
import { countKnownMembers, historySize } from '@/lib/store/histories';
import { activeHistoryDb } from '@/lib/store/active-history';
import { importOrigin, type ImportOrigin } from '@/lib/store/import-origin';
import { activeSource } from '@/lib/store/sources';

/** A validated file and whether it may be imported without asking. */
export interface PreparedImport {
  name: string;
  file: HistoryFile;
  origin: ImportOrigin;
}

/** Reads `file` (throws a StoreError in words when it is not a valid export) and weighs its origin. */
export async function prepareImport(file: File): Promise<PreparedImport> {
  const parsed = await readHistoryFile(file);
  const db = await activeHistoryDb();
  const registry = await readRegistry();
  const [shared, here] = await Promise.all([
    countKnownMembers(db, parsed.memberIds),
    historySize(db),
  ]);
  const origin = importOrigin({
    file: parsed.header.source,
    exportedDay: parsed.header.exportedAt.slice(0, 10),
    fileMembers: parsed.memberIds.length,
    shared,
    here: registry ? activeSource(registry) : null,
    hereMembers: here.members,
  });
  return { name: file.name, file: parsed, origin };
}

/** Writes a prepared file into the shown history; returns the note to show. */
export async function commitImport(prepared: PreparedImport, mode: ImportMode): Promise<string> {
  const result = await writeHistoryFile(prepared.file, { mode });
  // The latest day is meta, not history: take it from what was imported when newer.
  const imported = await historyStats();
  const known = await getMeta('latestAvailableDay');
  const last = imported.summaryDays.last;
  if (last && (!known || last > known)) await setMeta('latestAvailableDay', last);
  await sendToBackground({ type: 'to-background:history-changed' });
  return importNote(prepared.name, result);
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The note after an import: the Claude history records written and the
 * ChatGPT periods written (one per period and kind of export; a merge skips
 * those imported later in this browser), e.g. `Imported h.ndjson: 1,204
 * history records and 2 ChatGPT periods (merge).`
 */
export function importNote(
  name: string,
  result: Pick<ImportResult, 'mode' | 'written' | 'chatgptPeriods'>,
): string {
  const records = Object.values(result.written).reduce((s, n) => s + n, 0);
  const periods =
    result.chatgptPeriods === 0
      ? 'no ChatGPT periods'
      : plural(result.chatgptPeriods, 'ChatGPT period', 'ChatGPT periods');
  return `Imported ${name}: ${plural(records, 'history record', 'history records')} and ${periods} (${result.mode}).`;
}
