/**
 * The one-time move of privacy-relevant state out of `storage.local` into the
 * extension's IndexedDB (state.ts), run by the background at its start.
 *
 * - The first run (no `migratedFromLocal` marker yet) copies the settings
 *   (parsed leniently, as every read does) and the team snapshot, unless the
 *   new place already holds them; the popup's last picture is a cache and is
 *   not copied (the next popup open paints it again). Then it sets the marker.
 * - Every run removes these keys from `storage.local`: a value the content
 *   script writes there later is never read, and does not stay.
 *
 * A fresh install runs it too and only sets the marker. Two contexts may run
 * it at once (the background at its start, a page reading first: state.ts):
 * both copy the same values, and the marker is written with them.
 */
import { parseStoredSettings } from '@/lib/store/settings';
import { readStateNow, writeState, type StateKey } from '@/lib/store/state-db';

/** The keys Uptake kept in `storage.local` before issue 11. */
export const legacyLocalKeys = ['settings', 'popupCache', 'teamSnapshot'] as const;

export interface MoveOutcome {
  /** Keys copied into the new place on this run. */
  copied: StateKey[];
  /** Keys found (and removed) in storage.local. */
  removed: string[];
}

export async function moveStateOutOfLocal(): Promise<MoveOutcome> {
  const legacy = await browser.storage.local.get([...legacyLocalKeys]);
  const held = await readStateNow(['migratedFromLocal', 'settings', 'teamSnapshot']);
  const copied: StateKey[] = [];
  if (held.migratedFromLocal === undefined) {
    const entries: Partial<Record<StateKey, unknown>> = { migratedFromLocal: true };
    if (legacy.settings !== undefined && held.settings === undefined) {
      entries.settings = parseStoredSettings(legacy.settings);
      copied.push('settings');
    }
    if (legacy.teamSnapshot !== undefined && held.teamSnapshot === undefined) {
      entries.teamSnapshot = legacy.teamSnapshot;
      copied.push('teamSnapshot');
    }
    await writeState(entries);
  }
  const removed = Object.keys(legacy).filter((k) => legacy[k] !== undefined);
  if (removed.length > 0) await browser.storage.local.remove(removed);
  return { copied, removed };
}
