/**
 * Non-secret settings, in `storage.local` (readable by the background and the
 * extension pages; the API key is never stored here — see lib/store/secrets).
 *
 * Read leniently: a stored value that no longer parses falls back field by
 * field to the defaults instead of losing the whole object.
 */
import { z } from 'zod';

export const settingsSchema = z.object({
  /** How the organisation is named on Uptake's surfaces (the API does not tell). */
  orgName: z.string().trim().max(120).nullable().catch(null),
  /** Demo mode: the built-in demo organisation instead of a real key. */
  demo: z.boolean().catch(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { orgName: null, demo: false };

const storageKey = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(storageKey))[storageKey];
  const merged = { ...defaultSettings, ...(typeof stored === 'object' && stored ? stored : {}) };
  return settingsSchema.parse(merged);
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [storageKey]: next });
  return next;
}
