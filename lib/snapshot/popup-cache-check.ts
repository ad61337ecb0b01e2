/**
 * The strict check of the popup's saved picture (popup-cache.ts), run by the
 * full popup before it keeps a saved picture on screen: the cache must parse
 * as a team picture (picture-schema.ts, strict objects: an unexpected field
 * is refused) with bounded numbers and playbook links only to the hosts
 * Uptake ships (snapshot-bounds.ts), as an imported team snapshot must.
 * Kept apart from popup-cache.ts so the first paint loads no zod.
 */
import { z } from 'zod';
import { teamPictureSchema } from '@/lib/snapshot/picture-schema';
import type { PopupCache } from '@/lib/snapshot/popup-cache';
import { boundsProblem } from '@/lib/snapshot/snapshot-bounds';

const popupCacheSchema = z.strictObject({
  scope: z.string().min(1).max(200),
  stamp: z.string().regex(/^[0-9a-f]{8}$/),
  picture: teamPictureSchema,
  scopes: z
    .array(
      z.strictObject({
        id: z.string().max(200),
        name: z.string().max(200).nullable(),
        kind: z.enum(['org', 'group']),
        hiddenBecause: z.string().max(300).nullable(),
      }),
    )
    .max(10_000),
  orgName: z.string().max(200).nullable(),
  savedAt: z.number().finite(),
});

/** The cache when it parses strictly and its numbers and links are in bounds; otherwise null. */
export function checkedCache(cache: PopupCache): PopupCache | null {
  const parsed = popupCacheSchema.safeParse(cache);
  if (!parsed.success || boundsProblem(parsed.data.picture) !== null) return null;
  return parsed.data;
}
