/**
 * What the background remembers of the shared history (state.ts key
 * `sharedHistory`; a lead's shared team snapshot: `sharedSnapshot`; the
 * extension's own IndexedDB): for which URL, the last
 * answer's validators (a conditional fetch next time), when the file shown
 * was signed (an older copy is refused), and the last check's outcome in
 * words. A new URL starts afresh. Read leniently: anything unreadable is
 * "never checked".
 */
import { z } from 'zod';
import { readState, writeState } from '@/lib/store/state';

/** The admin's shared history, or a lead's shared team snapshot (snapshot-refresh.ts). */
export type SharedStateKey = 'sharedHistory' | 'sharedSnapshot';

export const sharedStatusSchema = z.object({
  url: z.string(),
  validators: z
    .object({ etag: z.string().nullable(), lastModified: z.string().nullable() })
    .nullable(),
  /** When the history shown now was signed by the headless sync (ISO), null before the first. */
  signedAt: z.string().nullable(),
  /** When Uptake last asked the host (ms). */
  checkedAt: z.number().nullable(),
  /** The last check: `ok` (new or unchanged), `refused` (a file failed its checks), `failed`, `no-permission`. */
  outcome: z.enum(['ok', 'refused', 'failed', 'no-permission']).nullable(),
  /** The last check in words (shown in options). */
  message: z.string().nullable(),
});
export type SharedStatus = z.infer<typeof sharedStatusSchema>;

/** The status of `url` (a fresh one when none is kept, or it was another URL's). */
export async function readSharedStatus(
  url: string,
  key: SharedStateKey = 'sharedHistory',
): Promise<SharedStatus> {
  const raw = (await readState([key]))[key];
  const parsed = sharedStatusSchema.safeParse(raw);
  if (parsed.success && parsed.data.url === url) return parsed.data;
  return { url, validators: null, signedAt: null, checkedAt: null, outcome: null, message: null };
}

/** Keeps `status` (replacing the previous one). */
export async function writeSharedStatus(
  status: SharedStatus,
  key: SharedStateKey = 'sharedHistory',
): Promise<void> {
  await writeState({ [key]: sharedStatusSchema.parse(status) });
}
