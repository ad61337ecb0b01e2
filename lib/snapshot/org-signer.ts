/**
 * The organisation's snapshot signer, kept with its secrets
 * (lib/store/org-secrets.ts, slot `orgSigningKey`): made with the first
 * snapshot, exportable only passphrase-wrapped with the pseudonym secret, so
 * several admins sign alike. Rotating makes a new key endorsed by the old one.
 */
import {
  keepFirstOrgSigningKey,
  readOrgSigningKey,
  saveOrgSigningKey,
} from '@/lib/store/org-secrets';
import {
  fingerprint,
  newStoredSigner,
  publicPart,
  rotatedSigner,
  signerOf,
  storedSignerSchema,
  type SnapshotSigner,
  type StoredSigner,
} from '@/lib/snapshot/signing';

async function readStored(): Promise<StoredSigner | null> {
  const text = await readOrgSigningKey();
  if (!text) return null;
  try {
    return storedSignerSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The organisation's signer, made and kept on first use. */
export async function orgSnapshotSigner(now = Date.now()): Promise<SnapshotSigner> {
  const stored = await readStored();
  if (stored) return signerOf(stored);
  const made = JSON.stringify(await newStoredSigner());
  return signerOf(storedSignerSchema.parse(JSON.parse(await keepFirstOrgSigningKey(made, now))));
}

/** The signing key's fingerprint, or null when none is kept yet. */
export async function orgSigningFingerprint(): Promise<string | null> {
  const stored = await readStored();
  return stored ? fingerprint(publicPart(stored.privateJwk as JsonWebKey)) : null;
}

/**
 * Replaces the signing key with a new one endorsed by the current key (a
 * popup that trusts the current key accepts the new one); returns the new
 * fingerprint. Other admins must import the organisation keys again.
 */
export async function rotateOrgSigningKey(now = Date.now()): Promise<string> {
  const current = await readStored();
  const next = current ? await rotatedSigner(current) : await newStoredSigner();
  await saveOrgSigningKey(JSON.stringify(next), now);
  return fingerprint(publicPart(next.privateJwk as JsonWebKey));
}
