/**
 * Snapshot signatures: ECDSA P-256 with SHA-256 (Web Crypto), over the
 * canonical JSON (checksum.ts) of everything in the file but the signature.
 *
 * Definitions:
 * - A **key's fingerprint** is the lowercase hex SHA-256 of its RFC 7638 JWK
 *   thumbprint input, `{"crv":"P-256","kty":"EC","x":…,"y":…}`; it is shown
 *   as its first 16 hex digits in groups of four (`3f9a 1c2b 7d01 88aa`).
 * - A **rotation endorsement** is the previous key's signature over
 *   `{"newKey":<fingerprint>,"purpose":"uptake-signing-key-rotation"}`: a
 *   popup that trusts the previous key learns to trust the new one.
 */
import { z } from 'zod';
import { decodeBase64url, encodeBase64url } from '@/lib/demo/base64url';
import { canonicalJson } from '@/lib/snapshot/checksum';

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const sha = { name: 'ECDSA', hash: 'SHA-256' } as const;
const coordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const publicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: coordinate,
  y: coordinate,
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const endorsementSchema = z.strictObject({
  previousKey: publicJwkSchema,
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});
export type Endorsement = z.infer<typeof endorsementSchema>;

/** What signs snapshots: the private key, its public half, and the endorsement of a rotation. */
export interface SnapshotSigner {
  privateKey: CryptoKey;
  publicKey: PublicJwk;
  endorsement: Endorsement | null;
}

/** The stored form of a signer (org-secrets slot `orgSigningKey`, JSON text). */
export const storedSignerSchema = z.object({
  privateJwk: z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), d: z.string() }).loose(),
  endorsement: endorsementSchema.nullable(),
});
export type StoredSigner = z.infer<typeof storedSignerSchema>;

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The public half of a JWK (the four RFC 7638 members). */
export function publicPart(jwk: JsonWebKey): PublicJwk {
  return publicJwkSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
}

/** The key's fingerprint (64 hex digits; see the module note). */
export async function fingerprint(key: PublicJwk): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8(canonicalJson(publicPart(key))));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export { shortFingerprint } from '@/lib/snapshot/short-fingerprint';

/** A new key pair, as the stored form (private JWK holding the public part). */
export async function newStoredSigner(
  endorsement: Endorsement | null = null,
): Promise<StoredSigner> {
  const pair = await crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return storedSignerSchema.parse({ privateJwk, endorsement });
}

/** The signer of a stored form. */
export async function signerOf(stored: StoredSigner): Promise<SnapshotSigner> {
  const { key_ops: _ops, ext: _ext, ...jwk } = stored.privateJwk as JsonWebKey;
  const privateKey = await crypto.subtle.importKey('jwk', jwk, ecdsa, false, ['sign']);
  return { privateKey, publicKey: publicPart(jwk), endorsement: stored.endorsement };
}

/** base64url ECDSA-SHA-256 signature (64 bytes, r‖s) of the canonical JSON of `value`. */
export async function signValue(privateKey: CryptoKey, value: unknown): Promise<string> {
  const sig = await crypto.subtle.sign(sha, privateKey, utf8(canonicalJson(value)));
  return encodeBase64url(new Uint8Array(sig));
}

/** True when `signature` is `key`'s signature of the canonical JSON of `value`. */
export async function verifyValue(
  key: PublicJwk,
  signature: string,
  value: unknown,
): Promise<boolean> {
  const sig = decodeBase64url(signature);
  if (!sig || sig.length !== 64) return false;
  try {
    const pub = await crypto.subtle.importKey('jwk', publicPart(key), ecdsa, false, ['verify']);
    return await crypto.subtle.verify(sha, pub, new Uint8Array(sig), utf8(canonicalJson(value)));
  } catch {
    return false; // not a point on the curve, …
  }
}

const rotationStatement = (newKey: string) => ({
  newKey,
  purpose: 'uptake-signing-key-rotation',
});

/** A new stored signer endorsed by `previous` (a key rotation). */
export async function rotatedSigner(previous: StoredSigner): Promise<StoredSigner> {
  const old = await signerOf(previous);
  const next = await newStoredSigner();
  const newKey = await fingerprint(publicPart(next.privateJwk as JsonWebKey));
  const signature = await signValue(old.privateKey, rotationStatement(newKey));
  return { ...next, endorsement: { previousKey: old.publicKey, signature } };
}

/** True when `endorsement` is a valid rotation from its previous key to `newKey`. */
export async function endorses(endorsement: Endorsement, newKey: PublicJwk): Promise<boolean> {
  return verifyValue(
    endorsement.previousKey,
    endorsement.signature,
    rotationStatement(await fingerprint(newKey)),
  );
}
