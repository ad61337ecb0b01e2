/**
 * Team snapshots as a lead's browser takes them in and shows them: verified
 * (verify.ts), from a trusted key (trust.ts, pins kept by
 * lib/store/snapshot-pins.ts), and verified again each time the popup reads
 * the stored copy (lib/store/state.ts), whatever wrote it.
 */
import type { SnapshotFile } from '@/lib/snapshot/snapshot-schema';
import { readTeamSnapshotRaw, saveTeamSnapshot, type StoredSnapshot } from '@/lib/snapshot/storage';
import { decideTrust } from '@/lib/snapshot/trust';
import { verifySnapshotFile, verifySnapshotText, type SignedBy } from '@/lib/snapshot/verify';
import { readSnapshotPins, saveSnapshotPins } from '@/lib/store/snapshot-pins';

export type ImportResult =
  | { ok: true; snapshot: SnapshotFile; signedBy: SignedBy; event: 'first' | 'known' | 'rotation' }
  | { ok: false; reason: string };

/** Verifies a picked file, decides trust, and keeps pins and snapshot (nothing kept when refused). */
export async function importTeamSnapshot(
  file: { size: number; text(): Promise<string> },
  now: number,
): Promise<ImportResult> {
  const verified = await verifySnapshotFile(file, now);
  if (!verified.ok) return verified;
  const trust = decideTrust(await readSnapshotPins(), verified.signedBy, now);
  if (!trust.ok) return trust;
  await saveSnapshotPins(trust.pins, now);
  await saveTeamSnapshot(verified.snapshot, now);
  return { ok: true, snapshot: verified.snapshot, signedBy: verified.signedBy, event: trust.event };
}

export type ShownSnapshot =
  | { ok: true; stored: StoredSnapshot; fingerprint: string; pinnedAt: number }
  | { ok: false; reason: string };

/**
 * The stored snapshot if it still verifies and its key is pinned; a reason
 * when one is stored but cannot be shown; null when none is stored.
 */
export async function readShownSnapshot(now: number): Promise<ShownSnapshot | null> {
  const raw = await readTeamSnapshotRaw();
  if (raw === undefined) return null;
  const stored = raw as { file?: unknown; importedAt?: unknown } | null;
  const verified = await verifySnapshotText(JSON.stringify(stored?.file ?? null), now);
  if (!verified.ok)
    return { ok: false, reason: `The stored team snapshot cannot be shown: ${verified.reason}` };
  const pin = (await readSnapshotPins()).find(
    (p) => p.fingerprint === verified.signedBy.fingerprint,
  );
  if (!pin)
    return {
      ok: false,
      reason:
        'The stored team snapshot is not signed by a key this browser trusts; import the file your admin sent again.',
    };
  const importedAt = typeof stored?.importedAt === 'number' ? stored.importedAt : now;
  return {
    ok: true,
    stored: { file: verified.snapshot, importedAt },
    fingerprint: pin.fingerprint,
    pinnedAt: pin.pinnedAt,
  };
}
