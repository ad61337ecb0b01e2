/**
 * The history file of the headless sync: exactly the format the options page
 * imports (lib/store/export-format.ts, `uptake-history` version 1, NDJSON,
 * gzip), made from the directory store, records in the order the browser's
 * export writes them (each store's key order), read back with the options
 * page's own validation (readHistoryFile) before it is published, plus a
 * detached signature (history-signature.ts). Like the browser's export it holds
 * member-level history for admins; the Parquet dataset is the pseudonymised
 * path for everyone else.
 */
import { gzipSync } from 'node:zlib';
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
import type { HistoryStorage } from '@/lib/store/history-store';
import { readHistoryFile } from '@/lib/store/import';
import { userDayColumns, type CatalogKind } from '@/lib/store/records';
import { rollupColumns } from '@/lib/store/rollups';
import { historyStores, type HistoryStore } from '@/lib/store/schema';

const first = '0000-01-01';
const last = '9999-12-31';
const catalogKinds: CatalogKind[] = ['artifacts', 'connectors', 'plugins', 'projects', 'skills'];
const byKey =
  <T>(key: (r: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Every exported record of `store`, per history store, in that store's key order. */
async function recordsOf(store: HistoryStorage): Promise<Record<HistoryStore, unknown[]>> {
  const groups = await store.readGroups();
  const scopes = await store.storedScopes();
  const summaries = (
    await Promise.all(scopes.map((s) => store.readSummaries(s, first, last)))
  ).flat();
  const userDays = (await store.readUserDays(first, last)).map((d) => ({
    day: d.day,
    memberIds: d.memberIds,
    columns: columnsToFile(d.columns, userDayColumns),
    fetchedAt: d.fetchedAt,
  }));
  const groupIds = groups.map((g) => g.id).sort();
  const membership = (await Promise.all(groupIds.map((id) => store.membershipHistory(id)))).flat();
  const rollups = [];
  for (const w of await store.storedRollups()) {
    const r = (await store.readRollup(w.startDay, w.endDay))!;
    rollups.push({
      startDay: r.startDay,
      endDay: r.endDay,
      memberIds: r.memberIds,
      columns: columnsToFile(r.columns, rollupColumns),
      fetchedAt: r.fetchedAt,
    });
  }
  const activity = (await store.readGroupActivity({ fromDay: first, toDay: last })).sort(
    byKey((r) => `${r.groupId}\u0000${r.startDay}\u0000${r.endDay}`),
  );
  const catalog = [];
  for (const kind of catalogKinds)
    for (const scope of ['org', ...groupIds].sort())
      catalog.push(...(await store.readCatalog(kind, scope)));
  const spend = [
    ...(await store.readSpend('cost', first, last)),
    ...(await store.readSpend('usage', first, last)),
  ];
  return {
    summaries,
    userDays,
    members: await store.readMembers(),
    groups,
    groupMembership: membership,
    userRollups: rollups,
    groupActivity: activity,
    catalog,
    spend,
  };
}

/**
 * The gzip-compressed history file of `store`, validated by the options page's
 * reader (readHistoryFile: format, checksum, every record, counts) before it
 * is returned; a file that would not import throws.
 */
export async function historyFileOf(
  store: HistoryStorage,
  options: { now: number; source: FileSource },
): Promise<{ bytes: Uint8Array; header: FileHeader }> {
  const records = await recordsOf(store);
  const counts = {} as FileHeader['counts'];
  const digests: Uint8Array[] = [];
  const lines: string[] = [];
  for (const name of historyStores) {
    counts[name] = records[name].length;
    for (const record of records[name]) {
      const line = JSON.stringify({ store: name, record } as FileLine);
      digests.push(await lineDigest(line));
      lines.push(line);
    }
  }
  const header: FileHeader = {
    format: fileFormat,
    version: fileVersion,
    exportedAt: new Date(options.now).toISOString(),
    counts,
    checksum: await checksumOf(digests),
    source: options.source,
  };
  const text = [JSON.stringify(header), ...lines].join('\n') + '\n';
  const bytes = new Uint8Array(gzipSync(Buffer.from(text, 'utf8')));
  await readHistoryFile(new Blob([bytes]));
  return { bytes, header };
}
