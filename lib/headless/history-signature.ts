/**
 * The detached signature of a shared history file (`<file>.sig.json`): the
 * file's SHA-256 and its header checksum, signed with the organisation's
 * snapshot signing key (ECDSA P-256, lib/snapshot/signing.ts), so a reader
 * that trusts the key's fingerprint (the same pin a lead's popup keeps for
 * team snapshots) knows the file is the organisation's and whole. The history
 * file itself stays exactly the format the options page imports.
 */
import { z } from 'zod';
import {
  endorsementSchema,
  fingerprint,
  publicJwkSchema,
  signValue,
  verifyValue,
  type SnapshotSigner,
} from '@/lib/snapshot/signing';

export const historySignatureFormat = 'uptake-history-signature';

export const historySignatureSchema = z.strictObject({
  format: z.literal(historySignatureFormat),
  version: z.literal(1),
  /** What was signed (canonical JSON): the file name, its bytes' SHA-256, its header checksum, when. */
  signed: z.strictObject({
    file: z.string().max(200),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    signedAt: z.string(),
  }),
  publicKey: publicJwkSchema,
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  endorsement: endorsementSchema.nullable(),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});
export type HistorySignature = z.infer<typeof historySignatureSchema>;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  );
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Signs the history file `bytes` named `file` whose header checksum is `checksum`. */
export async function signHistoryFile(
  bytes: Uint8Array,
  meta: { file: string; checksum: string; now: number },
  signer: SnapshotSigner,
): Promise<HistorySignature> {
  const signed = {
    file: meta.file,
    sha256: await sha256Hex(bytes),
    checksum: meta.checksum,
    signedAt: new Date(meta.now).toISOString(),
  };
  return {
    format: historySignatureFormat,
    version: 1,
    signed,
    publicKey: signer.publicKey,
    fingerprint: await fingerprint(signer.publicKey),
    endorsement: signer.endorsement,
    signature: await signValue(signer.privateKey, signed),
  };
}

/**
 * Checks `bytes` against a signature file: the signature is the named key's,
 * the bytes are the ones signed. Trust in the key (its fingerprint) is the
 * caller's decision. Returns a sentence when something does not hold.
 */
export async function verifyHistoryFile(
  bytes: Uint8Array,
  signatureFile: unknown,
): Promise<
  { ok: true; fingerprint: string; signature: HistorySignature } | { ok: false; reason: string }
> {
  const parsed = historySignatureSchema.safeParse(signatureFile);
  if (!parsed.success)
    return { ok: false, reason: 'The signature file is not an Uptake history signature.' };
  const sig = parsed.data;
  if ((await fingerprint(sig.publicKey)) !== sig.fingerprint)
    return { ok: false, reason: 'The signature names a key that is not the one it carries.' };
  if (!(await verifyValue(sig.publicKey, sig.signature, sig.signed)))
    return { ok: false, reason: 'The signature does not verify: the signature file was changed.' };
  if ((await sha256Hex(bytes)) !== sig.signed.sha256)
    return {
      ok: false,
      reason: 'The history file is not the one that was signed (changed or cut short).',
    };
  return { ok: true, fingerprint: sig.fingerprint, signature: sig };
}
