/**
 * The read side of the popup's saved picture (popup-cache.ts): its key and
 * format, and `usableCache`, the first paint's check. Free of zod and of the
 * settings code (it imports nothing but types), so the popup's first paint
 * loads only this, the state database (lib/store/state-db.ts) and the view.
 */
import type { TeamPicture } from '@/lib/snapshot/picture-schema';
import type { StateKey } from '@/lib/store/state-db';

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
 * The background's answer to `get-popup-picture` when it is for `scope`, under the
 * first paint's check (the same as a saved picture's, `usableCache`): the
 * popup's first step paints it before the full popup, with its zod checks,
 * is loaded. Null when the answer holds no picture or fails the check.
 */
export function usableAnswer(
  answer: unknown,
  scope: string,
  storedSettings: unknown,
): PopupCache | null {
  if (!isObject(answer) || !isObject(answer.picture)) return null;
  // Asked without a scope (the background's remembered one): it must be the one read here.
  if (!isObject(answer.picture.scope) || answer.picture.scope.id !== scope) return null;
  const metrics = isObject(storedSettings) ? storedSettings.metrics : undefined;
  if (scope !== rememberedScope(storedSettings)) return null;
  return usableCache(
    {
      scope,
      stamp: settingsStamp(metrics),
      picture: answer.picture,
      scopes: answer.scopes,
      orgName: typeof answer.orgName === 'string' ? answer.orgName : null,
      savedAt: 0,
    },
    storedSettings,
  );
}
