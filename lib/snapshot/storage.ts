/**
 * The imported team snapshot, kept in the extension's IndexedDB under its own
 * key (`teamSnapshot`, lib/store/state.ts: out of the content script's
 * reach), written only by an extension page after verification.
 * One snapshot at a time: importing another replaces it. What is read back
 * is verified again before it is shown (trusted.ts `readShownSnapshot`).
 */
import { z } from 'zod';
import { snapshotFileSchema, type SnapshotFile } from '@/lib/snapshot/snapshot-schema';
import { readState, removeState, writeState, type StateKey } from '@/lib/store/state';

export const teamSnapshotKey = 'teamSnapshot' satisfies StateKey;

const storedSchema = z.object({ file: snapshotFileSchema, importedAt: z.number() });
export type StoredSnapshot = z.infer<typeof storedSchema>;

/** Parses what storage holds under `teamSnapshot`; null when absent or unreadable. */
export function parseStoredSnapshot(value: unknown): StoredSnapshot | null {
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The imported snapshot, or null. */
export async function readTeamSnapshot(): Promise<StoredSnapshot | null> {
  return parseStoredSnapshot((await readState([teamSnapshotKey]))[teamSnapshotKey]);
}

/** Whatever storage holds under `teamSnapshot` (undefined when nothing), unparsed: trusted.ts verifies it. */
export async function readTeamSnapshotRaw(): Promise<unknown> {
  return (await readState([teamSnapshotKey]))[teamSnapshotKey];
}

/** Keeps a verified snapshot (replacing any earlier one), imported at `now` (ms). */
export async function saveTeamSnapshot(file: SnapshotFile, now: number): Promise<StoredSnapshot> {
  const stored = { file, importedAt: now };
  await writeState({ [teamSnapshotKey]: stored });
  return stored;
}

/** Forgets the imported snapshot. */
export async function removeTeamSnapshot(): Promise<void> {
  await removeState([teamSnapshotKey]);
}

export { snapshotAge } from '@/lib/snapshot/age';
