/**
 * Passphrase wrapping for the organisation's secrets (the pseudonym secret,
 * the snapshot signing key): the only form in which they leave the extension.
 *
 * Definition: the key-encryption key is PBKDF2-HMAC-SHA-256(passphrase,
 * 16 random bytes of salt, `iterations`) → AES-GCM-256; the plaintext is
 * encrypted with a 12-byte random IV and the file's format name as additional
 * data, so a file of another format or a changed byte fails to open. Web
 * Crypto only (extension pages, the service worker, Node 20 in tests).
 *
 * Iterations: 600,000 when wrapping (OWASP's 2023 advice for
 * PBKDF2-HMAC-SHA-256); a file may say between 100,000 and 10,000,000 (more
 * is refused, so a hostile file cannot make the page work for minutes).
 */
import { z } from 'zod';
import { decodeBase64url, encodeBase64url } from '@/lib/demo/base64url';

export const wrapIterations = 600_000;
export const minPassphraseLength = 12;
const format = 'uptake-org-secrets';

export const wrappedSchema = z.object({
  format: z.literal(format),
  version: z.literal(1),
  createdAt: z.number(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000).max(10_000_000),
    salt: z.string().min(16).max(64),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string().min(12).max(32) }),
  ciphertext: z.string().min(1).max(100_000),
});
export type WrappedSecrets = z.infer<typeof wrappedSchema>;

/** Why a wrapped file could not be made or opened; `message` is a sentence for the admin. */
export class WrapError extends Error {
  constructor(
    readonly kind: 'weak-passphrase' | 'format' | 'passphrase',
    message: string,
  ) {
    super(message);
    this.name = 'WrapError';
  }
}

const bytes = (text: string) => new TextEncoder().encode(text);
/** A copy on its own ArrayBuffer (what Web Crypto's types ask for). */
const own = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

async function keyFrom(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', bytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * `plaintext` encrypted under `passphrase` (at least 12 characters, else a
 * WrapError 'weak-passphrase'), as a JSON-ready object.
 */
export async function wrapWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  now: number,
  iterations = wrapIterations,
): Promise<WrappedSecrets> {
  if (passphrase.length < minPassphraseLength)
    throw new WrapError(
      'weak-passphrase',
      `Choose a passphrase of at least ${minPassphraseLength} characters; nothing was exported.`,
    );
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: bytes(format) },
    key,
    own(plaintext),
  );
  return {
    format,
    version: 1,
    createdAt: now,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64url(salt) },
    cipher: { name: 'AES-GCM', iv: encodeBase64url(iv) },
    ciphertext: encodeBase64url(new Uint8Array(sealed)),
  };
}

/**
 * The plaintext of a wrapped file (parsed JSON or any value), or a WrapError:
 * 'format' when it is not a file Uptake wrote, 'passphrase' when the
 * passphrase is wrong or a byte was changed (AES-GCM cannot tell them apart).
 */
export async function unwrapWithPassphrase(file: unknown, passphrase: string): Promise<Uint8Array> {
  const parsed = wrappedSchema.safeParse(file);
  const salt = parsed.success ? decodeBase64url(parsed.data.kdf.salt) : null;
  const iv = parsed.success ? decodeBase64url(parsed.data.cipher.iv) : null;
  const sealed = parsed.success ? decodeBase64url(parsed.data.ciphertext) : null;
  if (!parsed.success || !salt || !iv || !sealed)
    throw new WrapError(
      'format',
      'This is not an organisation secrets file exported by Uptake; nothing was imported.',
    );
  const key = await keyFrom(passphrase, salt, parsed.data.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: own(iv), additionalData: bytes(format) },
      key,
      own(sealed),
    );
    return new Uint8Array(plain);
  } catch {
    throw new WrapError(
      'passphrase',
      'The passphrase is wrong, or the file was changed after it was exported; nothing was imported.',
    );
  }
}
