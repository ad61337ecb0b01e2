/**
 * The history export file, format `uptake-history` version 2 (NDJSON, UTF-8):
 *
 *   line 1      header  { format, version, exportedAt, counts, checksum, source?, chatgptPeriods? }
 *   line 2 … n  records { "store": "<history store>", "record": { … } }
 *   then        the imported ChatGPT periods { "store": "chatgpt", "record": { … } }
 *               (version 2; one line per period and kind: chatgpt-file.ts), as many
 *               as `chatgptPeriods` says (absent: none)
 *
 * Version 1 files (before ChatGPT imports) are the same without the ChatGPT
 * lines and still import; importing one keeps the ChatGPT imports held.
 *
 * Member activity and rollups are written in their public shape with columns
 * as plain number arrays aligned with `memberIds`; an all-zero column is left
 * out. `checksum` is `sha256:<hex>` of the concatenated SHA-256 digests of the
 * record lines, in order (computable line by line, so export never holds the
 * whole file in one string). Secrets, checkpoints, staging, the sync log and
 * meta are never written. `source` says whose history it is (the demo or an
 * organisation: its name and API organisation id when known); files of the
 * first release have none, and that release ignores it (still version 1).
 */
import { z } from 'zod';
import { chatgptFileRecordSchema } from '@/lib/store/chatgpt-file';
import { maxCount } from '@/lib/store/columns';
import {
  catalogSchema,
  daySchema,
  daySummarySchema,
  groupActivitySchema,
  groupSchema,
  memberSchema,
  membershipSchema,
} from '@/lib/store/record-schemas';
import { spendRowSchema } from '@/lib/store/record-schemas';
import { userDayColumns } from '@/lib/store/records';
import { rollupColumns } from '@/lib/store/rollups';
import { historyStores } from '@/lib/store/schema';

export const fileFormat = 'uptake-history';
export const fileVersion = 2;

const countsSchema = z.object(
  Object.fromEntries(historyStores.map((s) => [s, z.number().int().nonnegative()])) as Record<
    (typeof historyStores)[number],
    z.ZodNumber
  >,
);

/** Just enough to recognise the file and its version before reading the rest. */
export const headerProbe = z.object({ format: z.literal(fileFormat), version: z.number().int() });

/** Whose history a file holds (lib/store/sources.ts). */
export const fileSourceSchema = z.object({
  kind: z.enum(['demo', 'org']),
  name: z.string().max(200).nullable(),
  orgId: z.string().max(200).nullable(),
});
export type FileSource = z.infer<typeof fileSourceSchema>;

export const headerSchema = z.object({
  format: z.literal(fileFormat),
  version: z.number().int().min(1).max(fileVersion),
  exportedAt: z.string(),
  counts: countsSchema,
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  source: fileSourceSchema.optional(),
  /** ChatGPT period lines after the history lines (version 2; absent: none). */
  chatgptPeriods: z.number().int().nonnegative().optional(),
});
export type FileHeader = z.infer<typeof headerSchema>;

const value = z.number().int().min(0).max(maxCount);

function columnarSchema<N extends string>(names: readonly N[]) {
  const columns = z.object(
    Object.fromEntries(names.map((n) => [n, z.array(value).optional()])) as Record<
      N,
      z.ZodOptional<z.ZodArray<typeof value>>
    >,
  );
  return z.object({
    memberIds: z.array(z.string().min(1)),
    columns,
    fetchedAt: z.number().nonnegative(),
  });
}

const aligned = (r: { memberIds: string[]; columns: Record<string, number[] | undefined> }) =>
  new Set(r.memberIds).size === r.memberIds.length &&
  Object.values(r.columns).every((c) => c === undefined || c.length === r.memberIds.length);
const alignedMessage = 'columns must have one value per member, no member twice';

export const fileUserDaySchema = columnarSchema(userDayColumns)
  .extend({ day: daySchema })
  .refine(aligned, alignedMessage);
export const fileRollupSchema = columnarSchema(rollupColumns)
  .extend({ startDay: daySchema, endDay: daySchema })
  .refine(aligned, alignedMessage);

export const lineSchema = z.discriminatedUnion('store', [
  z.object({ store: z.literal('summaries'), record: daySummarySchema }),
  z.object({ store: z.literal('userDays'), record: fileUserDaySchema }),
  z.object({ store: z.literal('members'), record: memberSchema }),
  z.object({ store: z.literal('groups'), record: groupSchema }),
  z.object({ store: z.literal('groupMembership'), record: membershipSchema }),
  z.object({ store: z.literal('userRollups'), record: fileRollupSchema }),
  z.object({ store: z.literal('groupActivity'), record: groupActivitySchema }),
  z.object({ store: z.literal('catalog'), record: catalogSchema }),
  z.object({ store: z.literal('spend'), record: spendRowSchema }),
  z.object({ store: z.literal('chatgpt'), record: chatgptFileRecordSchema }),
]);
export type FileLine = z.infer<typeof lineSchema>;

/** Columns for the file: plain arrays, all-zero columns left out. */
export function columnsToFile<N extends string>(
  columns: Record<N, Uint32Array>,
  names: readonly N[],
): Partial<Record<N, number[]>> {
  const out: Partial<Record<N, number[]>> = {};
  for (const name of names) if (columns[name].some((v) => v > 0)) out[name] = [...columns[name]];
  return out;
}

/** Columns from the file: Uint32Arrays of `length`, a left-out column all zero. */
export function columnsFromFile<N extends string>(
  columns: Partial<Record<N, number[]>>,
  names: readonly N[],
  length: number,
): Record<N, Uint32Array> {
  const out = {} as Record<N, Uint32Array>;
  for (const name of names)
    out[name] = columns[name] ? Uint32Array.from(columns[name]) : new Uint32Array(length);
  return out;
}

const encoder = new TextEncoder();

/** SHA-256 of one line (its UTF-8 bytes). */
export async function lineDigest(line: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(line)));
}

/** `sha256:<hex>` over the concatenation of per-line digests (see the file comment). */
export async function checksumOf(digests: readonly Uint8Array[]): Promise<string> {
  const all = new Uint8Array(digests.length * 32);
  digests.forEach((d, i) => all.set(d, i * 32));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return `sha256:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
