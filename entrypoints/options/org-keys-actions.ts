/** The options page's organisation-keys actions: export wrapped, import, the signing key's fingerprint. */
import { dayInZone } from '@/lib/metrics';
import { minPassphraseLength } from '@/lib/crypto/passphrase';
import {
  orgSigningFingerprint,
  orgSnapshotSigner,
  rotateOrgSigningKey,
} from '@/lib/snapshot/org-signer';
import { shortFingerprint } from '@/lib/snapshot/signing';
import { importOrgSecrets, exportOrgSecrets } from '@/lib/store/org-secrets';
import { readSnapshotPins, saveSnapshotPins } from '@/lib/store/snapshot-pins';
import { messageOf } from '@/components/options/parts';
import { downloadText } from './download';

type Outcome = { ok: true; text: string } | { ok: false; reason: string };

/** Downloads the organisation's secrets wrapped with `passphrase`. */
export async function exportOrgKeys(passphrase: string): Promise<Outcome> {
  try {
    const now = Date.now();
    // The file carries a signing key too, so a second admin signs alike from the start.
    if (passphrase.length >= minPassphraseLength) await orgSnapshotSigner(now);
    const file = await exportOrgSecrets(passphrase, now);
    const name = `uptake-organisation-keys-${dayInZone(now, 'UTC')}.json`;
    downloadText(name, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    return {
      ok: true,
      text: `Exported ${name}, wrapped with your passphrase. Send the passphrase by another way than the file.`,
    };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** Imports a wrapped file picked by the admin. */
export async function importOrgKeys(file: File, passphrase: string): Promise<Outcome> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.slice(0, 200_000).text());
  } catch {
    return { ok: false, reason: 'This file is not JSON; nothing was imported.' };
  }
  try {
    const r = await importOrgSecrets(parsed, passphrase, Date.now());
    return {
      ok: true,
      text: `Imported the organisation keys${r.signingKey ? ' (with the snapshot signing key)' : ''}.${r.pseudonymsChanged ? ' Pseudonyms in exports from this browser change from now on, to match the other admin’s.' : ''}`,
    };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** The snapshot signing key's fingerprint (short form), or null when none is kept yet. */
export async function signingFingerprint(): Promise<string | null> {
  const fp = await orgSigningFingerprint();
  return fp ? shortFingerprint(fp) : null;
}

/** A new signing key endorsed by the current one; leads' popups follow on the next snapshot. */
export async function rotateSigningKey(): Promise<Outcome> {
  try {
    const fp = shortFingerprint(await rotateOrgSigningKey());
    return {
      ok: true,
      text: `New signing key ${fp}, signed over by the previous one: leads who trusted the old key accept the next snapshot. Export the organisation keys again for the other admins.`,
    };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** Short fingerprints of the snapshot keys this browser trusts. */
export async function trustedKeys(): Promise<string[]> {
  return (await readSnapshotPins()).map((p) => shortFingerprint(p.fingerprint));
}

/** Forgets every trusted snapshot key: the next snapshot imported sets the key again. */
export async function forgetTrustedKeys(): Promise<Outcome> {
  await saveSnapshotPins([]);
  return {
    ok: true,
    text: 'No snapshot key is trusted any more: the next team snapshot you import sets it. The popup shows no snapshot until then.',
  };
}
