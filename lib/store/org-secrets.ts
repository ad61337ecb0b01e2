/**
 * The organisation's secrets, kept with its history: the pseudonym secret
 * (32 random bytes, lib/crypto/pseudonym.ts) and, once made, the snapshot
 * signing key. They live in the `secrets` store of the active source's
 * database (sources.ts: one database per organisation, and the demo's), which
 * only extension pages and the service worker can open, never in
 * `storage.local` where a content script could read them.
 *
 * Lifecycle: created on first use; leave the extension only wrapped with a
 * passphrase (lib/crypto/passphrase.ts), so that a second admin who imports
 * the file produces the same pseudonyms and signs snapshots alike; deleted
 * with the organisation's history.
 */
import { z } from 'zod';
import {
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type WrappedSecrets,
  WrapError,
} from '@/lib/crypto/passphrase';
import { decodeBase64url, encodeBase64url } from '@/lib/demo/base64url';
import { readTx, writeTx } from '@/lib/store/tx';

/** Slots in the `secrets` store (beside `apiKey`, which only the `uptake` database holds). */
export const orgSecretSlots = { pseudonym: 'orgPseudonymKey', signing: 'orgSigningKey' } as const;

export const bundleSchema = z.object({
  pseudonymSecret: z.string().length(43), // 32 bytes, base64url
  /** The signing key pair as a private JWK (holds the public part too). */
  signingKey: z.string().max(4_000).nullable(),
});
export type OrgSecretsBundle = z.infer<typeof bundleSchema>;

function isSecret(text: string | undefined): text is string {
  return text !== undefined && decodeBase64url(text)?.length === 32;
}

/** The organisation's pseudonym secret (32 bytes), created and kept on first use. */
export async function orgPseudonymSecret(now = Date.now()): Promise<Uint8Array> {
  const fresh = encodeBase64url(crypto.getRandomValues(new Uint8Array(32)));
  const kept = await writeTx(
    ['secrets'],
    "keep the organisation's pseudonym secret",
    async (tx) => {
      const have = (await tx.store.get(orgSecretSlots.pseudonym))?.key;
      if (isSecret(have)) return have;
      await tx.store.put({ key: fresh, savedAt: now }, orgSecretSlots.pseudonym);
      return fresh;
    },
  );
  return decodeBase64url(kept)!;
}

/** The stored signing key (a private JWK as JSON text), or null when none was made or imported. */
export async function readOrgSigningKey(): Promise<string | null> {
  const kept = await readTx(['secrets'], 'read the snapshot signing key', (tx) =>
    tx.store.get(orgSecretSlots.signing),
  );
  return kept?.key ?? null;
}

/**
 * Keeps `jwk` as the signing key unless one is kept already (two pages
 * making the first snapshot at once must not end with two keys); returns the
 * kept one.
 */
export async function keepFirstOrgSigningKey(jwk: string, now = Date.now()): Promise<string> {
  return writeTx(['secrets'], 'keep the snapshot signing key', async (tx) => {
    const kept = (await tx.store.get(orgSecretSlots.signing))?.key;
    if (kept) return kept;
    await tx.store.put({ key: jwk, savedAt: now }, orgSecretSlots.signing);
    return jwk;
  });
}

/** Keeps `jwk` (JSON text of a private JWK) as the organisation's signing key. */
export async function saveOrgSigningKey(jwk: string, now = Date.now()): Promise<void> {
  await writeTx(['secrets'], 'keep the snapshot signing key', (tx) =>
    tx.store.put({ key: jwk, savedAt: now }, orgSecretSlots.signing),
  );
}

/**
 * The organisation's secrets wrapped with `passphrase` (a JSON-ready object),
 * the pseudonym secret created first if there was none.
 */
export async function exportOrgSecrets(passphrase: string, now: number): Promise<WrappedSecrets> {
  const bundle: OrgSecretsBundle = {
    pseudonymSecret: encodeBase64url(await orgPseudonymSecret(now)),
    signingKey: await readOrgSigningKey(),
  };
  return wrapWithPassphrase(new TextEncoder().encode(JSON.stringify(bundle)), passphrase, now);
}

/**
 * Opens a wrapped file with `passphrase` and keeps its secrets in place of
 * this organisation's (one transaction: both or neither). Throws a WrapError
 * with a sentence when the file or passphrase is wrong; nothing changes then.
 * Returns whether the pseudonym secret changed (pseudonyms exported before
 * from this browser differ from the ones exported from now on).
 */
export async function importOrgSecrets(
  file: unknown,
  passphrase: string,
  now: number,
): Promise<{ pseudonymsChanged: boolean; signingKey: boolean }> {
  const plain = await unwrapWithPassphrase(file, passphrase);
  let bundle: OrgSecretsBundle;
  try {
    bundle = bundleSchema.parse(JSON.parse(new TextDecoder().decode(plain)));
  } catch {
    throw new WrapError(
      'format',
      'The file opened but holds no Uptake secrets; nothing was imported.',
    );
  }
  if (!isSecret(bundle.pseudonymSecret))
    throw new WrapError(
      'format',
      'The file opened but its pseudonym secret is damaged; nothing was imported.',
    );
  return writeTx(['secrets'], 'import the organisation secrets', async (tx) => {
    const before = (await tx.store.get(orgSecretSlots.pseudonym))?.key;
    await tx.store.put({ key: bundle.pseudonymSecret, savedAt: now }, orgSecretSlots.pseudonym);
    if (bundle.signingKey)
      await tx.store.put({ key: bundle.signingKey, savedAt: now }, orgSecretSlots.signing);
    return {
      pseudonymsChanged: isSecret(before) && before !== bundle.pseudonymSecret,
      signingKey: bundle.signingKey !== null,
    };
  });
}
