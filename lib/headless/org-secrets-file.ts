/**
 * The organisation's secrets for the headless sync: the file options exports
 * ("Export organisation keys", passphrase-wrapped, lib/store/org-secrets.ts),
 * opened with a passphrase from UPTAKE_SECRETS_PASSPHRASE or a file. It gives
 * the pseudonym secret (HMAC-SHA-256 pseudonyms, lib/crypto/pseudonym.ts) and
 * the signing key, so a server signs and pseudonymises exactly as the admins'
 * browsers do. Nothing here is ever printed or written elsewhere.
 */
import { readFile } from 'node:fs/promises';
import { unwrapWithPassphrase } from '@/lib/crypto/passphrase';
import { decodeBase64url } from '@/lib/demo/base64url';
import { signerOf, storedSignerSchema, type SnapshotSigner } from '@/lib/snapshot/signing';
import { bundleSchema } from '@/lib/store/org-secrets';
import { HeadlessError } from './errors';

export const passphraseEnvVar = 'UPTAKE_SECRETS_PASSPHRASE';

export interface OrgSecrets {
  pseudonymSecret: Uint8Array;
  signer: SnapshotSigner;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new HeadlessError(
      'usage',
      `Could not read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
}

/** Opens the wrapped secrets file; a wrong passphrase or file stops with a sentence. */
export async function readOrgSecrets(options: {
  secretsFile: string;
  passphraseFile?: string;
  env: Record<string, string | undefined>;
}): Promise<OrgSecrets> {
  const passphrase = options.passphraseFile
    ? (await readText(options.passphraseFile, 'the passphrase file')).replace(/\r?\n$/, '')
    : options.env[passphraseEnvVar];
  if (!passphrase)
    throw new HeadlessError(
      'usage',
      `The organisation keys file needs its passphrase: set ${passphraseEnvVar} or give --passphrase-file.`,
    );
  let wrapped: unknown;
  try {
    wrapped = JSON.parse(await readText(options.secretsFile, 'the organisation keys file'));
  } catch (error) {
    if (error instanceof HeadlessError) throw error;
    throw new HeadlessError(
      'usage',
      `The organisation keys file ${options.secretsFile} is not JSON.`,
    );
  }
  let bundle;
  try {
    const plain = await unwrapWithPassphrase(wrapped, passphrase);
    bundle = bundleSchema.parse(JSON.parse(new TextDecoder().decode(plain)));
  } catch (error) {
    const why =
      error instanceof Error && error.name === 'WrapError'
        ? error.message
        : 'it holds no Uptake organisation keys.';
    throw new HeadlessError(
      'usage',
      `The organisation keys file ${options.secretsFile} could not be opened: ${why}`,
    );
  }
  if (!bundle.signingKey)
    throw new HeadlessError(
      'usage',
      'The organisation keys file holds no signing key yet: make one team snapshot in options (or rotate the key), export the organisation keys again, and use that file.',
    );
  const signer = await signerOf(storedSignerSchema.parse(JSON.parse(bundle.signingKey)));
  return { pseudonymSecret: decodeBase64url(bundle.pseudonymSecret)!, signer };
}
