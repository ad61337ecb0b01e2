/**
 * Issue 11 item 6: a lead's browser pins the key of its first snapshot,
 * refuses files from any other key (a forger's, with invented figures),
 * accepts a rotation signed over by a pinned key, and verifies the stored
 * copy again before the popup shows it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildSnapshot } from '@/lib/snapshot/build';
import { teamPicture } from '@/lib/snapshot/picture';
import {
  fingerprint,
  newStoredSigner,
  rotatedSigner,
  signValue,
  signerOf,
  type StoredSigner,
} from '@/lib/snapshot/signing';
import { teamSnapshotKey } from '@/lib/snapshot/storage';
import { models, orgTarget } from '@/lib/snapshot/test-models';
import { decideTrust } from '@/lib/snapshot/trust';
import { importTeamSnapshot, readShownSnapshot } from '@/lib/snapshot/trusted';
import { readSnapshotPins } from '@/lib/store/snapshot-pins';
import { readState, writeState } from '@/lib/store/state';
import { freshHistory } from '@/lib/store/test-support';

const now = Date.parse('2026-12-02T10:00:00Z');
const sales = models().groups.find((g) => g.scope.id === 'g_sales')!;
const target = { ...orgTarget } as Parameters<typeof teamPicture>[1];

async function fileBy(stored: StoredSigner, edit?: (f: any) => void): Promise<string> {
  const signer = await signerOf(stored);
  const built = await buildSnapshot(sales, teamPicture(sales, target), {
    orgName: 'Northwind Labs',
    k: 5,
    now,
    signer,
  });
  if (!built.ok) throw new Error(built.reason);
  if (!edit) return JSON.stringify(built.file);
  const { signature: _, ...body } = structuredClone(built.file) as any;
  edit(body);
  return JSON.stringify({ ...body, signature: await signValue(signer.privateKey, body) });
}
const picked = (text: string) => ({ size: text.length, text: async () => text });
const fp = async (s: StoredSigner) =>
  fingerprint({
    kty: 'EC',
    crv: 'P-256',
    x: s.privateJwk.x as string,
    y: s.privateJwk.y as string,
  });
const shownRate = async () => {
  const shown = await readShownSnapshot(now);
  return shown?.ok ? shown.stored.file.payload.picture.adoption?.monthly.rate : shown?.ok;
};

let admin: StoredSigner;
beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
  admin = await newStoredSigner();
});

describe('decideTrust', () => {
  const pin = (fingerprint: string) => ({ fingerprint, pinnedAt: 1 });
  const a = 'a'.repeat(64);
  const b = 'b'.repeat(64);
  const c = 'c'.repeat(64);
  it.each([
    ['first import pins the key', [], { fingerprint: a, endorsedBy: null }, 'first', [a]],
    ['a pinned key', [pin(a)], { fingerprint: a, endorsedBy: null }, 'known', [a]],
    ['a rotation from a pinned key', [pin(a)], { fingerprint: b, endorsedBy: a }, 'rotation', [b]],
    ['another key', [pin(a)], { fingerprint: b, endorsedBy: null }, 'refused', [a]],
    [
      'a rotation from an unpinned key',
      [pin(a)],
      { fingerprint: b, endorsedBy: c },
      'refused',
      [a],
    ],
  ])('%s', (_n, pins, signedBy, event, after) => {
    const d = decideTrust(pins, signedBy, 2);
    expect(d.ok ? d.event : 'refused').toBe(event);
    expect(d.ok ? d.pins.map((p) => p.fingerprint) : pins.map((p) => p.fingerprint)).toEqual(after);
  });
});

describe('importing and showing team snapshots', () => {
  it('first import: pinned, shown; the popup shows the fingerprint it trusts', async () => {
    const r = await importTeamSnapshot(picked(await fileBy(admin)), now);
    expect(r.ok && r.event).toBe('first');
    expect((await readSnapshotPins()).map((p) => p.fingerprint)).toEqual([await fp(admin)]);
    const shown = await readShownSnapshot(now);
    expect(shown?.ok && shown.fingerprint).toBe(await fp(admin));
    expect(await shownRate()).toBe(50);
  });

  it('a forged file (own key, invented figures) is refused once a key is pinned; nothing changes', async () => {
    await importTeamSnapshot(picked(await fileBy(admin)), now);
    const forger = await newStoredSigner();
    const forged = await fileBy(forger, (f) => {
      f.payload.picture.adoption.monthly.rate = 97;
    });
    const r = await importTeamSnapshot(picked(forged), now);
    expect(!r.ok && r.reason).toMatch(
      /signed by key [0-9a-f ]{19}, which this browser does not trust/,
    );
    expect(await shownRate()).toBe(50);
  });

  it('a link to any https page is refused even on first import', async () => {
    const forged = await fileBy(await newStoredSigner(), (f) => {
      f.payload.picture.suggestions = [
        {
          id: 'x',
          title: 'Renew your seat',
          why: 'w',
          action: { kind: 'playbook', label: 'Open', url: 'https://login.evil.example/' },
        },
      ];
    });
    const r = await importTeamSnapshot(picked(forged), now);
    expect(!r.ok && r.reason).toContain("not one of Uptake's playbook pages");
    expect(await readSnapshotPins()).toEqual([]);
    expect(await readShownSnapshot(now)).toBeNull();
  });

  it('a tampered signature is refused', async () => {
    const file = JSON.parse(await fileBy(admin));
    file.signature = `${file.signature[0] === 'A' ? 'B' : 'A'}${file.signature.slice(1)}`;
    const r = await importTeamSnapshot(picked(JSON.stringify(file)), now);
    expect(!r.ok && r.reason).toContain('The signature does not match');
  });

  it('a rotation signed over by the pinned key is accepted and replaces the pin', async () => {
    await importTeamSnapshot(picked(await fileBy(admin)), now);
    const next = await rotatedSigner(admin);
    const r = await importTeamSnapshot(picked(await fileBy(next)), now);
    expect(r.ok && r.event).toBe('rotation');
    expect((await readSnapshotPins()).map((p) => p.fingerprint)).toEqual([await fp(next)]);
    // A rotation claimed by a key this browser never trusted is refused.
    const stranger = await rotatedSigner(await newStoredSigner());
    const refused = await importTeamSnapshot(picked(await fileBy(stranger)), now);
    expect(refused.ok).toBe(false);
  });

  it('the popup verifies the stored copy again: edited figures or an unsigned old copy are not shown', async () => {
    await importTeamSnapshot(picked(await fileBy(admin)), now);
    const stored = (await readState([teamSnapshotKey]))[teamSnapshotKey] as any;
    stored.file.payload.picture.adoption.monthly.rate = 99;
    await writeState({ [teamSnapshotKey]: stored });
    expect(await readShownSnapshot(now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('The signature does not match'),
    });
    // What the previous release stored: checksummed only.
    const { signer: _s, signature: _g, ...rest } = stored.file;
    await writeState({
      [teamSnapshotKey]: { file: { ...rest, version: 1, checksum: 'sha256:00' }, importedAt: 1 },
    });
    expect(await readShownSnapshot(now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not signed'),
    });
  });
});
