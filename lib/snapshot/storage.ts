/**
 * The imported team snapshot, kept in `storage.local` under its own key
 * (`teamSnapshot`), written only by an extension page after verification.
 * One snapshot at a time: importing another replaces it. What is read back
 * is verified again before it is shown (trusted.ts `readShownSnapshot`).
 */
import { z } from 'zod';
import { snapshotFileSchema, type SnapshotFile } from '@/lib/snapshot/snapshot-schema';

export const teamSnapshotKey = 'teamSnapshot';

const storedSchema = z.object({ file: snapshotFileSchema, importedAt: z.number() });
export type StoredSnapshot = z.infer<typeof storedSchema>;

/** Parses what storage holds under `teamSnapshot`; null when absent or unreadable. */
export function parseStoredSnapshot(value: unknown): StoredSnapshot | null {
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The imported snapshot, or null. */
export async function readTeamSnapshot(): Promise<StoredSnapshot | null> {
  return parseStoredSnapshot((await browser.storage.local.get(teamSnapshotKey))[teamSnapshotKey]);
}

/** Whatever storage holds under `teamSnapshot` (undefined when nothing), unparsed: trusted.ts verifies it. */
export async function readTeamSnapshotRaw(): Promise<unknown> {
  return (await browser.storage.local.get(teamSnapshotKey))[teamSnapshotKey];
}

/** Keeps a verified snapshot (replacing any earlier one), imported at `now` (ms). */
export async function saveTeamSnapshot(file: SnapshotFile, now: number): Promise<StoredSnapshot> {
  const stored = { file, importedAt: now };
  await browser.storage.local.set({ [teamSnapshotKey]: stored });
  return stored;
}

/** Forgets the imported snapshot. */
export async function removeTeamSnapshot(): Promise<void> {
  await browser.storage.local.remove(teamSnapshotKey);
}

export { snapshotAge } from '@/lib/snapshot/age';
