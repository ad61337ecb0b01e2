/**
 * The popup's last picture, kept in the extension's IndexedDB (`popupCache`,
 * lib/store/state.ts: out of the content script's reach) so the
 * next open paints numbers at once, before the full popup code and the
 * background's answer. It holds the team picture of one scope (aggregates,
 * and champions' emails unless team-grain-only is on), the scope list and
 * the organisation's name. It is used only for the remembered scope and
 * under the same insight settings (a change of privacy or targets changes
 * the stamp, so the stale picture is ignored).
 *
 * **Written by the background only** (issue 11, "the gate"): the picture is
 * built there from the gated insight model (lib/insights/popup-picture.ts,
 * answering `to-background:get-popup-picture`); the popup only reads it.
 * The format is unchanged from the popup-written cache (same key, same
 * fields), so a cache an older version wrote still reads.
 *
 * **Checked on read**, twice: `usableCache` (free of zod: it runs on the
 * popup's critical path) checks the shape, the scope and settings stamp,
 * and that no champion's email is in it under team grain only; the full
 * popup then parses it strictly (popup-cache-check.ts `checkedCache`) before
 * keeping it on screen.
 */
import type { TeamPicture } from '@/lib/snapshot/picture-schema';
import {
  popupCacheKey,
  settingsStamp,
  type CachedScope,
  type PopupCache,
} from '@/lib/snapshot/popup-cache-read';
import { readState, writeState } from '@/lib/store/state';

// The read side (format, key, the first paint's check) is in popup-cache-read.ts.
export {
  popupCacheKey,
  rememberedScope,
  settingsStamp,
  usableAnswer,
  usableCache,
  type CachedScope,
  type PopupCache,
} from '@/lib/snapshot/popup-cache-read';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Keeps the picture for the next open (stamped with the settings as stored
 * now). Called by the background only (lib/insights/popup-picture.ts).
 */
export async function writePopupCache(
  picture: TeamPicture,
  scopes: CachedScope[],
  orgName: string | null,
  now: number,
): Promise<void> {
  const stored = (await readState(['settings'])).settings;
  const cache: PopupCache = {
    scope: picture.scope.id,
    stamp: settingsStamp(isObject(stored) ? stored.metrics : undefined),
    picture,
    scopes,
    orgName,
    savedAt: now,
  };
  await writeState({ [popupCacheKey]: cache });
}
