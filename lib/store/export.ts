/**
 * Export of the whole history as one file (for moving to a new laptop), and
 * import with validation first. File format: see export-format.ts.
 */
import {
  checksumOf,
  columnsToFile,
  fileFormat,
  fileVersion,
  lineDigest,
  type FileHeader,
  type FileLine,
  type FileSource,
} from '@/lib/store/export-format';
import { chatgptFileRecords, chatgptStoresOf } from '@/lib/store/chatgpt-file';
import { canGzip, gzip } from '@/lib/store/gzip';
import { decodeColumnar, memberIdsByOrdinal } from '@/lib/store/member-keys';
import { userDayColumns } from '@/lib/store/records';
import { rollupColumns } from '@/lib/store/rollups';
import {
  historyStores,
  type HistoryStore,
  type StoredRollup,
  type StoredUserDay,
} from '@/lib/store/schema';
import { readTx } from '@/lib/store/tx';

export {
  importHistory,
  readHistoryFile,
  writeHistoryFile,
  type HistoryFile,
  type ImportMode,
  type ImportResult,
} from '@/lib/store/import';

/** MIME type of export files. */
export const exportMimeType = 'application/x-ndjson';

function fileUserDay(stored: StoredUserDay, ids: readonly string[]) {
  const { memberIds, columns } = decodeColumnar(stored, ids, userDayColumns);
  return {
    day: stored.day,
    memberIds,
    columns: columnsToFile(columns, userDayColumns),
    fetchedAt: stored.fetchedAt,
  };
}

function fileRollup(stored: StoredRollup, ids: readonly string[]) {
  const { memberIds, columns } = decodeColumnar(stored, ids, rollupColumns);
  const { startDay, endDay, fetchedAt } = stored;
  return { startDay, endDay, memberIds, columns: columnsToFile(columns, rollupColumns), fetchedAt };
}

export interface ExportOptions {
  /** Export time (ms since epoch); default now. */
  now?: number;
  /** gzip the file (default: when the browser can). A 5,000-member day is ~0.5 MB as text. */
  gzip?: boolean;
  /** Whose history it is, written in the header (the active source; see sources.ts). */
  source?: FileSource;
}

/**
 * The whole history as an NDJSON file: a header line (`format:
 * 'uptake-history'`, `version: 2`, `exportedAt` ISO time, per-store `counts`,
 * `checksum`, `chatgptPeriods`), then one line per record, then one per
 * imported ChatGPT period and kind; gzip-compressed unless `gzip: false`
 * (or the browser cannot). Read in one transaction, so the file is a
 * consistent snapshot. Never contains the API key, checkpoints, staged pages,
 * the sync log or meta. Name the file with exportFileName.
 */
export async function exportHistory(options: ExportOptions = {}): Promise<Blob> {
  const { now = Date.now(), gzip: compress = canGzip(), source } = options;
  const snapshot = await readTx(
    [...historyStores, 'memberKeys', 'chatgptPeriods', 'chatgptChunks'],
    'read the history for export',
    async (tx) => {
      const ids = await memberIdsByOrdinal(tx.objectStore('memberKeys'));
      const records = {} as Record<HistoryStore, unknown[]>;
      for (const name of historyStores) records[name] = await tx.objectStore(name).getAll();
      return { ids, records, chatgpt: await chatgptFileRecords(chatgptStoresOf(tx)) };
    },
  );
  const { ids, records, chatgpt } = snapshot;
  const counts = {} as FileHeader['counts'];
  const digests: Uint8Array[] = [];
  const chunks: Blob[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const lineStores = [...historyStores, 'chatgpt'] as const;
  for (const store of lineStores) {
    const list = store === 'chatgpt' ? chatgpt : records[store];
    if (store !== 'chatgpt') counts[store] = list.length;
    for (const stored of list) {
      const record =
        store === 'userDays'
          ? fileUserDay(stored as StoredUserDay, ids)
          : store === 'userRollups'
            ? fileRollup(stored as StoredRollup, ids)
            : stored;
      const line = JSON.stringify({ store, record } as FileLine);
      digests.push(await lineDigest(line));
      pending.push(line, '\n');
      pendingLength += line.length;
      if (pendingLength > 4_000_000) {
        chunks.push(new Blob(pending));
        pending = [];
        pendingLength = 0;
      }
    }
    if (store !== 'chatgpt') records[store] = []; // let the decoded store go before the next one
  }
  chunks.push(new Blob(pending));
  const header: FileHeader = {
    format: fileFormat,
    version: fileVersion,
    exportedAt: new Date(now).toISOString(),
    counts,
    checksum: await checksumOf(digests),
    ...(source ? { source } : {}),
    chatgptPeriods: chatgpt.length,
  };
  const file = new Blob([JSON.stringify(header), '\n', ...chunks], { type: exportMimeType });
  return compress ? gzip(file) : file;
}

/** A file name for an export made at `now`, e.g. `uptake-history-2026-03-04.ndjson.gz`. */
export function exportFileName(now: number, gzipped: boolean): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return `uptake-history-${day}.ndjson${gzipped ? '.gz' : ''}`;
}
