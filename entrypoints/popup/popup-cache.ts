/**
 * The popup's last picture, kept in `storage.local` (`popupCache`) so the
 * next open shows numbers at once, before the background answers. It holds
 * the team picture of one scope (aggregates, and champions' emails unless
 * team-grain-only is on) and the scope list. It is used only when it is for
 * the remembered scope and was made under the same insight settings (a
 * change of privacy or targets makes it stale, so it is ignored).
 */
import { z } from 'zod';
import { scopeOption } from '@/lib/messages/contract';
import { teamPictureSchema, type TeamPicture } from '@/lib/snapshot/picture-schema';
import type { Settings } from '@/lib/store/settings';

export const popupCacheKey = 'popupCache';

const cacheSchema = z.object({
  scope: z.string(),
  stamp: z.string(),
  picture: teamPictureSchema,
  scopes: z.array(scopeOption),
  savedAt: z.number(),
});
export type PopupCache = z.infer<typeof cacheSchema>;

/** FNV-1a (32-bit, hex) of the insight settings: equal settings give equal stamps. */
export function settingsStamp(settings: Pick<Settings, 'metrics'>): string {
  const text = JSON.stringify(settings.metrics);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The cached picture for `scope` under `settings`, or null (absent, unreadable or stale). */
export function usableCache(value: unknown, scope: string, settings: Settings): PopupCache | null {
  const parsed = cacheSchema.safeParse(value);
  if (!parsed.success) return null;
  const cache = parsed.data;
  return cache.scope === scope && cache.stamp === settingsStamp(settings) ? cache : null;
}

/** Keeps the picture just shown for the next open. */
export async function writePopupCache(
  picture: TeamPicture,
  scopes: PopupCache['scopes'],
  settings: Settings,
  now: number,
): Promise<void> {
  const cache: PopupCache = {
    scope: picture.scope.id,
    stamp: settingsStamp(settings),
    picture,
    scopes,
    savedAt: now,
  };
  await browser.storage.local.set({ [popupCacheKey]: cache });
}
