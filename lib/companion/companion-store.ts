/**
 * The companion's own entries in `storage.local` (key `companion`), read
 * and written by the companion page and read by the background (review
 * reminders). Non-secret, small (a log and a few settings); never in
 * IndexedDB so clearing the history keeps the admin's notes.
 */
import { parseCompanionData, type CompanionData } from '@/lib/companion/companion-data';

export const companionKey = 'companion';

/** The stored companion data (defaults for anything missing or broken). */
export async function readCompanionData(): Promise<CompanionData> {
  const stored = (await browser.storage.local.get(companionKey))[companionKey];
  return parseCompanionData(stored);
}

/** Applies `change` to the stored data and writes the result (validated). */
export async function updateCompanionData(
  change: (data: CompanionData) => CompanionData,
): Promise<CompanionData> {
  const next = parseCompanionData(change(await readCompanionData()));
  await browser.storage.local.set({ [companionKey]: next });
  return next;
}

/** Calls `listener` with the new data whenever another page or the background changes it. */
export function onCompanionDataChanged(listener: (data: CompanionData) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[companionKey])
      listener(parseCompanionData(changes[companionKey].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
