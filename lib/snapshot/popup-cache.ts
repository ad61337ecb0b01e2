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
import { readState, writeState, type StateKey } from '@/lib/store/state';

/** A scope of the popup's list (mirrors the contract's `scopeOption`). */
export interface CachedScope {
  id: string;
  name: string | null;
  kind: 'org' | 'group';
  hiddenBecause: string | null;
}

export const popupCacheKey = 'popupCache' satisfies StateKey;

export interface PopupCache {
  scope: string;
  stamp: string;
  picture: TeamPicture;
  scopes: CachedScope[];
  orgName: string | null;
  savedAt: number;
}

/**
 * FNV-1a (32-bit, hex) of the stored insight settings (`settings.metrics` as
 * stored): equal settings give equal stamps; absent settings have a stamp too.
 */
export function settingsStamp(storedMetrics: unknown): string {
  const text = JSON.stringify(storedMetrics ?? null);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The popup's remembered scope in stored settings ('org' when none). */
export function rememberedScope(storedSettings: unknown): string {
  const scope = isObject(storedSettings) ? storedSettings.popupScope : undefined;
  return typeof scope === 'string' && scope ? scope : 'org';
}

/**
 * The cached picture when it is for the remembered scope under the stored
 * insight settings, and has the shape the popup renders; otherwise null.
 */
export function usableCache(value: unknown, storedSettings: unknown): PopupCache | null {
  if (!isObject(value) || !isObject(value.picture) || !Array.isArray(value.scopes)) return null;
  const picture = value.picture;
  const ok =
    picture.version === 1 &&
    isObject(picture.scope) &&
    typeof picture.scope.id === 'string' &&
    isObject(picture.size) &&
    isObject(picture.freshness) &&
    Array.isArray(picture.targets) &&
    Array.isArray(picture.suggestions) &&
    Array.isArray(picture.suppressed) &&
    isObject(picture.champions) &&
    Array.isArray(picture.champions.list);
  if (!ok) return null;
  const metrics = isObject(storedSettings) ? storedSettings.metrics : undefined;
  // Team grain only: a picture naming anyone is not shown, whoever wrote it.
  const privacy = isObject(metrics) ? metrics.privacy : undefined;
  if (isObject(privacy) && privacy.teamGrainOnly === true && !namesNobody(picture.champions))
    return null;
  if (value.scope !== rememberedScope(storedSettings)) return null;
  if (value.stamp !== settingsStamp(metrics)) return null;
  return value as unknown as PopupCache;
}

/** True when a picture's champions name nobody: not shown, and no email in the list. */
function namesNobody(champions: unknown): boolean {
  if (!isObject(champions) || !Array.isArray(champions.list)) return false;
  const list: unknown[] = champions.list;
  return (
    champions.shown === false &&
    list.every((c) => !isObject(c) || c.email === null || c.email === undefined)
  );
}

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
