/**
 * Import of a history export file: the whole file is validated (type,
 * version, checksum, counts, every record) before anything is written, then
 * written in one transaction. Any problem: StoreError('import') saying what,
 * and the history is untouched.
 */
import { StoreError } from '@/lib/store/errors';
import {
  checksumOf,
  fileVersion,
  headerProbe,
  headerSchema,
  lineDigest,
  lineSchema,
  type FileHeader,
  type FileLine,
} from '@/lib/store/export-format';
import { writeImport, type ImportMode } from '@/lib/store/import-write';
import { canGzip, gunzip, GunzipLimitError, isGzip } from '@/lib/store/gzip';
import { firstIssue } from '@/lib/store/record-schemas';
import { historyStores, type HistoryStore } from '@/lib/store/schema';

export type { ImportMode };

export interface ImportResult {
  mode: ImportMode;
  /** Records in the file, per store. */
  counts: Record<HistoryStore, number>;
  /** Records written (in merge mode, fewer when the stored copy was newer). */
  written: Record<HistoryStore, number>;
  /** ChatGPT periods written (file version 2; merge skips those imported later here). */
  chatgptPeriods: number;
}

const nothing = ' Nothing was imported.';
export const importQuotaMessage =
  'The browser refused to store more history (storage quota reached). Nothing from the file was ' +
  'imported; free space, or import with "merge" into a shorter history.';
const refuse = (message: string, cause?: unknown) =>
  new StoreError('import', message + nothing, { cause });

function parseJson(line: string | undefined): unknown {
  try {
    return line === undefined ? undefined : JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Size caps of an import. A 5,000-member day is about 425 KB of text, so a
 * year of such an organisation (366 days, the deepest history settings
 * allow) is about 155 MB: 256 MiB leaves room and stays well under what a
 * page can hold as one string.
 */
export interface ImportLimits {
  /** The file as picked, compressed or not. */
  maxFileBytes: number;
  /** The text after decompression (checked while decompressing). */
  maxTextBytes: number;
}
export const importLimits: ImportLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxTextBytes: 256 * 1024 * 1024,
};

/** `300 MB`, `8 KB`: sizes as the sentences below say them. */
const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;

async function readLines(file: Blob, limits: ImportLimits): Promise<string[]> {
  if (file.size > limits.maxFileBytes)
    throw refuse(
      `The file is ${mb(file.size)}; a history file Uptake imports is at most ${mb(limits.maxFileBytes)}.`,
    );
  let text: string;
  try {
    if (await isGzip(file)) {
      if (!canGzip()) throw refuse('This browser cannot read compressed history files.');
      text = await gunzip(file, limits.maxTextBytes)
        .then((plain) => plain.text())
        .catch((error: unknown) => {
          if (error instanceof GunzipLimitError)
            throw refuse(
              `The file expands to more than ${mb(limits.maxTextBytes)} when decompressed, more than any history Uptake exports; it was not read further.`,
              error,
            );
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
  const chatgpt = records.filter((r) => r.store === 'chatgpt').length;
  if (chatgpt !== (header.chatgptPeriods ?? 0))
    throw refuse(
      `The history file is incomplete: its header lists ${header.chatgptPeriods ?? 0} ChatGPT periods, the file holds ${chatgpt}.`,
    );
  return records;
}

/** A history file read and validated, not written yet (see readHistoryFile). */
export interface HistoryFile {
  header: FileHeader;
  records: FileLine[];
  /** Ids of the members the file's history has seen (its `members` records). */
  memberIds: string[];
}

/**
 * Reads and validates a history export (see export-format.ts; plain or gzip)
 * without writing anything: not an export → "not an Uptake history export";
 * newer file version → update Uptake; checksum mismatch → damaged or edited;
 * record N invalid → which record and field; counts differ → incomplete. Each
 * is a StoreError('import'). Look at `header.source` (whose history) before
 * writing it with writeHistoryFile.
 */
export async function readHistoryFile(
  file: Blob,
  limits: ImportLimits = importLimits,
): Promise<HistoryFile> {
  const lines = await readLines(file, limits);
  const header = parseHeader(lines[0]);
  const records = await parseBody(lines.slice(1), header);
  const memberIds = records.flatMap((r) => (r.store === 'members' ? [r.record.id] : []));
  return { header, records, memberIds };
}

/**
 * Writes a validated file into the active history in `mode`, in one
 * transaction (quota refusal: StoreError('quota'), nothing written).
 */
export async function writeHistoryFile(
  file: HistoryFile,
  options: { mode: ImportMode },
): Promise<ImportResult> {
  const withChatgpt = file.header.version >= 2;
  const all = await writeImport(file.records, options.mode, { withChatgpt }).catch(
    (error: unknown) => {
      if (error instanceof StoreError && error.kind === 'quota') {
        throw new StoreError('quota', importQuotaMessage, { cause: error.cause });
      }
      throw error;
    },
  );
  const { chatgpt: chatgptPeriods, ...written } = all;
  return { mode: options.mode, counts: file.header.counts, written, chatgptPeriods };
}

/**
 * Imports a history export in `mode`: readHistoryFile, then writeHistoryFile.
 * Nothing is written unless the whole file is valid. (Options first asks when
 * the file is another organisation's: import-origin.ts.)
 */
export async function importHistory(
  file: Blob,
  options: { mode: ImportMode; limits?: ImportLimits },
): Promise<ImportResult> {
  return writeHistoryFile(await readHistoryFile(file, options.limits), options);
}
