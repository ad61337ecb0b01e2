import { describe, expect, it } from 'vitest';
import { newStoredSigner, signerOf } from '@/lib/snapshot/signing';
import { signHistoryFile, verifyHistoryFile } from './history-signature';

const file = new TextEncoder().encode('{"format":"uptake-history"}\n{"store":"members"}\n');
const meta = { file: 'uptake-history.ndjson.gz', checksum: `sha256:${'ab'.repeat(32)}`, now: 0 };

describe('history file signature', () => {
  it.each([
    ['the file as signed', (b: Uint8Array) => b, (s: object) => s, true, null],
    [
      'a file with one byte changed',
      (b: Uint8Array) => Uint8Array.from(b, (v, i) => (i === 3 ? v ^ 1 : v)),
      (s: object) => s,
      false,
      /not the one that was signed/,
    ],
    ['a file cut short', (b: Uint8Array) => b.slice(0, -1), (s: object) => s, false, /not the one/],
    [
      'a signature whose checksum was edited',
      (b: Uint8Array) => b,
      (s: { signed: object }) => ({
        ...s,
        signed: { ...s.signed, checksum: `sha256:${'cd'.repeat(32)}` },
      }),
      false,
      /does not verify/,
    ],
    [
      'no signature at all',
      (b: Uint8Array) => b,
      () => ({}),
      false,
      /not an Uptake history signature/,
    ],
  ])('%s → ok %s', async (_, bytes, edit, ok, reason) => {
    const signer = await signerOf(await newStoredSigner());
    const signature = await signHistoryFile(file, meta, signer);
    const result = await verifyHistoryFile(bytes(file), edit(signature as never));
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toMatch(reason!);
    else expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
