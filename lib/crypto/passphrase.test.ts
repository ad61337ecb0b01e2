import { describe, expect, it } from 'vitest';
import { unwrapWithPassphrase, wrapWithPassphrase, type WrappedSecrets } from './passphrase';

const plain = new TextEncoder().encode('{"pseudonymSecret":"x"}');
const pass = 'correct horse battery';
const fast = 100_000; // the lowest a file may say; the default is 600,000

async function kindOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'ok',
    (e: { kind?: string; message: string }) => `${e.kind}: ${e.message}`,
  );
}

describe('wrapWithPassphrase / unwrapWithPassphrase', () => {
  it('round trip: the same bytes come back with the same passphrase', async () => {
    const file = await wrapWithPassphrase(plain, pass, 7, fast);
    expect(file).toMatchObject({ format: 'uptake-org-secrets', version: 1, createdAt: 7 });
    expect(JSON.stringify(file)).not.toContain('pseudonymSecret');
    const back = await unwrapWithPassphrase(JSON.parse(JSON.stringify(file)), pass);
    expect(new TextDecoder().decode(back)).toBe('{"pseudonymSecret":"x"}');
  });

  it('wraps with 600,000 PBKDF2 iterations by default', async () => {
    expect((await wrapWithPassphrase(plain, pass, 7)).kdf.iterations).toBe(600_000);
  });

  it('refuses a passphrase under 12 characters', async () => {
    expect(await kindOf(wrapWithPassphrase(plain, 'short', 7, fast))).toMatch(
      /^weak-passphrase: Choose a passphrase of at least 12 characters/,
    );
  });

  const tamper = (f: WrappedSecrets): WrappedSecrets => {
    const c = f.ciphertext;
    return { ...f, ciphertext: (c[0] === 'A' ? 'B' : 'A') + c.slice(1) };
  };
  it.each([
    ['a wrong passphrase', (f: WrappedSecrets) => f, 'wrong passphrase!', 'passphrase'],
    ['a changed byte', tamper, pass, 'passphrase'],
    ['another format', (f: WrappedSecrets) => ({ ...f, format: 'x' }), pass, 'format'],
    [
      'absurd iterations (a hostile file)',
      (f: WrappedSecrets) => ({ ...f, kdf: { ...f.kdf, iterations: 1e9 } }),
      pass,
      'format',
    ],
  ] as const)('refuses %s with a sentence', async (_n, change, passphrase, kind) => {
    const file = change(await wrapWithPassphrase(plain, pass, 7, fast));
    expect(await kindOf(unwrapWithPassphrase(file, passphrase))).toMatch(
      new RegExp(`^${kind}: .+nothing was imported\\.$`),
    );
  });
});
