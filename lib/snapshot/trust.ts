/**
 * Which signing keys a lead's browser trusts (trust on first use).
 *
 * Definitions:
 * - A **pin** is a key fingerprint (signing.ts) this browser accepts
 *   snapshots from, with when it was pinned.
 * - **First import**: with no pin yet, the file's key is pinned; the lead
 *   is shown its fingerprint to compare with the one the admin sees in
 *   Options → Organisation keys.
 * - **Known key**: the file's key is pinned.
 * - **Rotation**: the file's key is new but carries an endorsement by a
 *   pinned key (verify.ts checked the endorsement's signature): the new key
 *   replaces the one that endorsed it.
 * Anything else is refused, whatever the file says.
 */
import { z } from 'zod';
import type { SignedBy } from '@/lib/snapshot/verify';
import { shortFingerprint } from '@/lib/snapshot/signing';

export const pinSchema = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  pinnedAt: z.number(),
});
export type Pin = z.infer<typeof pinSchema>;
export const pinsSchema = z.array(pinSchema).max(20);

export type TrustDecision =
  { ok: true; event: 'first' | 'known' | 'rotation'; pins: Pin[] } | { ok: false; reason: string };

/** What the pins become when a file signed as `signedBy` is imported at `now` (pure). */
export function decideTrust(pins: readonly Pin[], signedBy: SignedBy, now: number): TrustDecision {
  const pinned = (fp: string | null) => fp !== null && pins.some((p) => p.fingerprint === fp);
  const pin = { fingerprint: signedBy.fingerprint, pinnedAt: now };
  if (pins.length === 0) return { ok: true, event: 'first', pins: [pin] };
  if (pinned(signedBy.fingerprint)) return { ok: true, event: 'known', pins: [...pins] };
  if (pinned(signedBy.endorsedBy))
    return {
      ok: true,
      event: 'rotation',
      pins: [...pins.filter((p) => p.fingerprint !== signedBy.endorsedBy), pin],
    };
  return {
    ok: false,
    reason: `The snapshot is signed by key ${shortFingerprint(signedBy.fingerprint)}, which this browser does not trust (it trusts ${pins.map((p) => shortFingerprint(p.fingerprint)).join(', ')}). Ask your admin: if they changed keys, their next snapshot carries the change.`,
  };
}
