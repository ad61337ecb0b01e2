/**
 * The popup's picture, built by the background (issue 11, "the gate"): the
 * team picture (lib/snapshot/picture.ts) of the gated insight model of one
 * scope — champions' emails only when the gate shows people — and its saved
 * copy for the next open (lib/snapshot/popup-cache.ts), which only the
 * background writes. The popup asks `to-background:get-popup-picture` and
 * reads; it builds and writes nothing.
 */
import type { InsightModel } from '@/lib/metrics';
import { orgMonthlyTarget, teamPicture } from '@/lib/snapshot/picture';
import type { TeamPicture } from '@/lib/snapshot/picture-schema';
import { writePopupCache, type CachedScope } from '@/lib/snapshot/popup-cache';
import type { Settings } from '@/lib/store/settings';

export interface PopupPicture {
  /** Null while nothing is synced yet or the scope is unknown. */
  picture: TeamPicture | null;
  scopes: CachedScope[];
  orgName: string | null;
}

/**
 * The picture of `answer.model` (the gated, lean model of one scope) read
 * against the org's monthly-adoption target, saved for the next open. A
 * failed save is not the popup's concern: the answer still goes out.
 */
export async function popupPicture(
  answer: { model: InsightModel | null; scopes: CachedScope[] },
  settings: Pick<Settings, 'metrics'>,
  orgName: string | null,
  now: number,
): Promise<PopupPicture> {
  if (!answer.model) return { picture: null, scopes: answer.scopes, orgName };
  const picture = teamPicture(answer.model, orgMonthlyTarget(settings.metrics.targets));
  await writePopupCache(picture, answer.scopes, orgName, now).catch(() => undefined);
  return { picture, scopes: answer.scopes, orgName };
}
