/**
 * Import of a history export file: the whole file is validated (type,
 * version, checksum, counts, every record) before anything is written, then
 * written in one transaction. Any problem: StoreError('import') saying what,
 * and the history is untouched.
 */
import { StoreError } from '@/lib/store/errors';
import {
  checksumOf,
  columnsFromFile,
  fileVersion,
  headerProbe,
  headerSchema,
  lineDigest,
  lineSchema,
  type FileHeader,
  type FileLine,
} from '@/lib/store/export-format';
import { canGzip, gunzip, isGzip } from '@/lib/store/gzip';
import type { MemberKeyCache } from '@/lib/store/member-keys';
import { mergeGroup, mergeMember } from '@/lib/store/people';
import { firstIssue } from '@/lib/store/record-schemas';
import { userDayColumns } from '@/lib/store/records';
import { putRollupIn, rollupColumns } from '@/lib/store/rollups';
import { historyStores, type HistoryStore } from '@/lib/store/schema';
import { eachRequest, writeTx } from '@/lib/store/tx';
import { putUserDayIn } from '@/lib/store/user-days';

/**
 * `merge`: keep what is stored and add the file's records; where both hold
 * the same key, the later `fetchedAt` wins (members and groups merge field by
 * field). `replace`: erase the history (and sync checkpoints and staged pages,
 * which describe the old history) and load the file.
 */
export type ImportMode = 'merge' | 'replace';

export interface ImportResult {
  mode: ImportMode;
  /** Records in the file, per store. */
  counts: Record<HistoryStore, number>;
  /** Records written (in merge mode, fewer when the stored copy was newer). */
  written: Record<HistoryStore, number>;
}

const nothing = ' Nothing was imported.';
const refuse = (message: string, cause?: unknown) =>
  new StoreError('import', message + nothing, { cause });

function parseJson(line: string | undefined): unknown {
  try {
    return line === undefined ? undefined : JSON.parse(line);
  } catch {
    return undefined;
  }
}

async function readLines(file: Blob): Promise<string[]> {
  let text: string;
  try {
    if (await isGzip(file)) {
      if (!canGzip()) throw refuse('This browser cannot read compressed history files.');
      text = await gunzip(file)
        .then((plain) => plain.text())
        .catch((error: unknown) => {
          throw refuse('The history file is compressed but damaged.', error);
        });
    } else {
      text = await file.text();
    }
  } catch (error) {
    throw error instanceof StoreError ? error : refuse('The file could not be read.', error);
  }
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function parseHeader(line: string | undefined): FileHeader {
  const json = parseJson(line);
  const probe = headerProbe.safeParse(json);
  if (!probe.success) throw refuse('This file is not an Uptake history export.');
  if (probe.data.version > fileVersion) {
    throw refuse(
      `This history file was exported by a newer version of Uptake (file version ${probe.data.version}); ` +
        'update Uptake, then import it again.',
    );
  }
  const header = headerSchema.safeParse(json);
  if (!header.success)
    throw refuse(`The history file's header is damaged (${firstIssue(header.error)}).`);
  return header.data;
}

async function parseBody(lines: readonly string[], header: FileHeader): Promise<FileLine[]> {
  const digests = await Promise.all(lines.map(lineDigest));
  if ((await checksumOf(digests)) !== header.checksum) {
    throw refuse(
      'The history file is damaged or was edited after export (its checksum does not match); ' +
        'export it again from the original browser.',
    );
  }
  const records = lines.map((line, i) => {
    const json = parseJson(line);
    if (json === undefined)
      throw refuse(`Record ${i + 1} (line ${i + 2}) of the history file is not JSON.`);
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      throw refuse(
        `Record ${i + 1} (line ${i + 2}) of the history file is invalid: ${firstIssue(parsed.error)}.`,
      );
    }
    return parsed.data;
  });
  for (const store of historyStores) {
    const found = records.filter((r) => r.store === store).length;
    if (found !== header.counts[store]) {
      throw refuse(
        `The history file is incomplete: its header lists ${header.counts[store]} ${store} records, the file holds ${found}.`,
      );
    }
  }
  return records;
}

/**
 * Imports a history export (see export-format.ts; plain or gzip) in `mode`. Validates the
 * whole file first: not an export → "not an Uptake history export"; newer
 * file version → update Uptake; checksum mismatch → damaged or edited;
 * record N invalid → which record and field; counts differ → incomplete.
 * Each is a StoreError('import') and nothing is written. Then writes every
 * record in one transaction (quota refusal: StoreError('quota'), nothing written).
 */
export async function importHistory(
  file: Blob,
  options: { mode: ImportMode },
): Promise<ImportResult> {
  const lines = await readLines(file);
  const header = parseHeader(lines[0]);
  const records = await parseBody(lines.slice(1), header);
  const stores = [...historyStores, 'memberKeys', 'staging', 'checkpoints'] as const;
  const written = Object.fromEntries(historyStores.map((s) => [s, 0])) as ImportResult['written'];
  await writeTx([...stores], 'import the history file', async (tx) => {
    if (options.mode === 'replace') await eachRequest(stores, (s) => tx.objectStore(s).clear());
    const cache: Partial<MemberKeyCache> = {};
    const keys = tx.objectStore('memberKeys');
    const newer = (stored: { fetchedAt: number } | undefined, next: { fetchedAt: number }) =>
      !stored || stored.fetchedAt <= next.fetchedAt;
    for (const line of records) {
      let wrote = true;
      switch (line.store) {
        case 'summaries': {
          const s = tx.objectStore('summaries');
          wrote = newer(await s.get([line.record.scope, line.record.day]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'userDays': {
          const r = line.record;
          const columns = columnsFromFile(r.columns, userDayColumns, r.memberIds.length);
          const record = {
            day: r.day,
            memberIds: r.memberIds,
            columns,
            complete: true,
            fetchedAt: r.fetchedAt,
          };
          wrote = await putUserDayIn(tx.objectStore('userDays'), keys, record, cache);
          break;
        }
        case 'userRollups': {
          const r = line.record;
          const columns = columnsFromFile(r.columns, rollupColumns, r.memberIds.length);
          wrote = await putRollupIn(tx.objectStore('userRollups'), keys, { ...r, columns }, cache);
          break;
        }
        case 'members': {
          const s = tx.objectStore('members');
          await s.put(mergeMember(await s.get(line.record.id), line.record));
          break;
        }
        case 'groups': {
          const s = tx.objectStore('groups');
          await s.put(mergeGroup(await s.get(line.record.id), line.record));
          break;
        }
        case 'groupMembership': {
          const { groupId, endDay, startDay } = line.record;
          const s = tx.objectStore('groupMembership');
          wrote = newer(await s.get([groupId, endDay, startDay]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'groupActivity': {
          const { groupId, startDay, endDay } = line.record;
          const s = tx.objectStore('groupActivity');
          wrote = newer(await s.get([groupId, startDay, endDay]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'catalog': {
          const { kind, scope, startDay, endDay } = line.record;
          const s = tx.objectStore('catalog');
          wrote = newer(await s.get([kind, scope, startDay, endDay]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'spend': {
          const { kind, day, groupKey } = line.record;
          const s = tx.objectStore('spend');
          wrote = newer(await s.get([kind, day, groupKey]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
      }
      if (wrote) written[line.store] += 1;
    }
  });
  return { mode: options.mode, counts: header.counts, written };
}
