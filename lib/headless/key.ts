/**
 * Where the headless sync takes the API key from: the environment variable
 * UPTAKE_API_KEY or a file (`--key-file`), never the command line, where `ps`
 * and shell history would show it to every user of the server. The key goes to
 * the API client and nowhere else: never printed, logged or written.
 */
import { readFile, stat } from 'node:fs/promises';
import { HeadlessError } from './errors';

export const keyEnvVar = 'UPTAKE_API_KEY';

export interface KeySource {
  env: Record<string, string | undefined>;
  keyFile?: string;
}

/** The key (trimmed), and a warning when its file is readable by other users. */
export async function readKey(source: KeySource): Promise<{ key: string; warning: string | null }> {
  if (source.keyFile) {
    let text: string;
    let mode: number;
    try {
      text = await readFile(source.keyFile, 'utf8');
      mode = (await stat(source.keyFile)).mode;
    } catch (error) {
      throw new HeadlessError(
        'usage',
        `Could not read the key file ${source.keyFile} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path and that this user may read it.`,
      );
    }
    const key = text.trim();
    if (!key) throw new HeadlessError('usage', `The key file ${source.keyFile} is empty.`);
    const warning =
      (mode & 0o077) !== 0
        ? `The key file ${source.keyFile} can be read by other users of this machine; chmod 600 it.`
        : null;
    return { key, warning };
  }
  const key = source.env[keyEnvVar]?.trim();
  if (!key)
    throw new HeadlessError(
      'usage',
      `No API key: set ${keyEnvVar} or give --key-file (a file holding only the key).`,
    );
  return { key, warning: null };
}
