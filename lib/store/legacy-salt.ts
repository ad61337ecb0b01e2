/**
 * Upgrade step for issue 11 item 5: releases up to 0.1 kept a pseudonym salt
 * in `storage.local` (`companion.pseudonymSalt`, readable by the content
 * script) and hashed emails with cyrb53, which two known (email, pseudonym)
 * pairs can invert. This build pseudonymises with HMAC-SHA-256 under the
 * organisation's secret (org-secrets.ts), so the salt is removed and the
 * secret made. Pseudonyms in files exported before the update change once:
 * the old salt cannot produce HMAC pseudonyms, and keeping it would keep the
 * weakness. Runs at every background start; does nothing once done.
 */
import { companionKey } from '@/lib/companion/companion-store';
import { orgPseudonymSecret } from '@/lib/store/org-secrets';

/** Removes a stored legacy salt (after making the secret); true when there was one. */
export async function dropLegacyPseudonymSalt(now = Date.now()): Promise<boolean> {
  const stored: unknown = (await browser.storage.local.get(companionKey))[companionKey];
  if (typeof stored !== 'object' || stored === null || !('pseudonymSalt' in stored)) return false;
  await orgPseudonymSecret(now);
  const { pseudonymSalt: _dropped, ...rest } = stored as Record<string, unknown>;
  await browser.storage.local.set({ [companionKey]: rest });
  return true;
}
