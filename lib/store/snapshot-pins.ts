/**
 * The signing keys a lead's browser trusts for team snapshots
 * (lib/snapshot/trust.ts), kept in the `secrets` store of the `uptake`
 * database (slot `snapshotPins`, JSON text): only extension pages and the
 * service worker reach it, not the content script, and clearing or replacing
 * the history keeps it.
 */
import { pinsSchema, type Pin } from '@/lib/snapshot/trust';
import { legacyDb } from '@/lib/store/sources';
import { readTx, writeTx } from '@/lib/store/tx';

const slot = 'snapshotPins';
const home = { db: legacyDb };

/** The trusted keys (none when nothing was imported yet or the slot is unreadable). */
export async function readSnapshotPins(): Promise<Pin[]> {
  const kept = await readTx(
    ['secrets'],
    'read the trusted snapshot keys',
    (tx) => tx.store.get(slot),
    home,
  );
  try {
    return kept ? pinsSchema.parse(JSON.parse(kept.key)) : [];
  } catch {
    return [];
  }
}

/** Keeps `pins` as the trusted keys (an empty list forgets them all). */
export async function saveSnapshotPins(pins: readonly Pin[], now = Date.now()): Promise<void> {
  await writeTx(
    ['secrets'],
    'keep the trusted snapshot keys',
    async (tx) => {
      if (pins.length === 0) await tx.store.delete(slot);
      else await tx.store.put({ key: JSON.stringify(pinsSchema.parse(pins)), savedAt: now }, slot);
    },
    home,
  );
}
