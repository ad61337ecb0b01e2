import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatesOnly, buildSnapshot } from '@/lib/snapshot/build';
import { canonicalJson } from '@/lib/snapshot/checksum';
import { newStoredSigner, signValue, signerOf, type SnapshotSigner } from '@/lib/snapshot/signing';
import { teamPicture } from '@/lib/snapshot/picture';
import type { TeamPicture } from '@/lib/snapshot/picture-schema';
import type { SnapshotFile } from '@/lib/snapshot/snapshot-schema';
import { models, orgTarget } from '@/lib/snapshot/test-models';
import { verifySnapshotFile, verifySnapshotText } from '@/lib/snapshot/verify';

const all = models();
const now = Date.parse('2026-12-02T10:00:00Z');
const group = (id: string) => all.groups.find((g) => g.scope.id === id)!;
const target = { ...orgTarget } as Parameters<typeof teamPicture>[1];
let signer: SnapshotSigner;
beforeAll(async () => {
  signer = await signerOf(await newStoredSigner());
});

async function salesSnapshot(): Promise<SnapshotFile> {
  const model = group('g_sales');
  const result = await buildSnapshot(model, teamPicture(model, target), {
    orgName: 'Northwind Labs',
    k: 5,
    now,
    signer,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.file;
}

/** Re-signs an edited file with the organisation's own key (what the content checks must still catch). */
async function resealed(file: Record<string, unknown>): Promise<string> {
  const { signature: _, ...body } = file;
  return JSON.stringify({ ...body, signature: await signValue(signer.privateKey, body) });
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });
});

describe('team snapshots', () => {
  it('round-trips: what is exported verifies, and carries the picture with nobody named', async () => {
    const file = await salesSnapshot();
    const result = await verifySnapshotText(JSON.stringify(file), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const picture = result.snapshot.payload.picture;
    expect(picture).toEqual(aggregatesOnly(teamPicture(group('g_sales'), target)));
    expect(picture.adoption?.monthly).toMatchObject({ rate: 50, actives: 10 });
    expect(picture.targets[0]).toMatchObject({ goalActives: 14, gapPeople: 4 });
    expect(picture.champions.list).toEqual([]);
    expect(JSON.stringify(file)).not.toMatch(/@example\.test/);
    expect(result.snapshot.payload).toMatchObject({ orgName: 'Northwind Labs', privacyFloor: 5 });
  });

  it('verifies whatever the key order of the file', async () => {
    const file = await salesSnapshot();
    const reordered = JSON.stringify({
      payload: file.payload,
      signature: file.signature,
      signer: file.signer,
      createdAt: file.createdAt,
      version: file.version,
      format: file.format,
    });
    expect((await verifySnapshotText(reordered, now)).ok).toBe(true);
  });

  it.each([
    ['the org', 'org', 'one group'],
    ['a team under k', 'g_tiny', 'privacy floor'],
  ])('is not made for %s', async (_, id, reason) => {
    const model = id === 'org' ? all.org : group(id);
    const result = await buildSnapshot(model, teamPicture(model, target), {
      orgName: null,
      k: 5,
      now,
      signer,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('is not made when the team has fewer known members than k', async () => {
    const model = group('g_sales'); // 20 members
    const result = await buildSnapshot(model, teamPicture(model, target), {
      orgName: null,
      k: 21,
      now,
      signer,
    });
    expect(!result.ok && result.reason).toContain('fewer than 21');
  });

  it('names a champion-pairing action without the champion', () => {
    const picture = teamPicture(group('g_sales'), target);
    const withPairing: TeamPicture = {
      ...picture,
      suggestions: [
        {
          id: 'lagging-team:g_sales',
          title: 'Sales monthly adoption 50% vs org 45%',
          why: 'Ask ann@example.test for help',
          action: {
            kind: 'champion-pairing',
            label: 'Pair Sales with ann@example.test, a champion in the same team',
            url: null,
          },
        },
      ],
    };
    const clean = aggregatesOnly(withPairing).suggestions[0]!;
    expect(clean.action.label).toBe('Pair the team with one of its champions');
    expect(clean.why).toBe('Ask a champion for help');
  });

  const edits: [string, (f: any) => unknown, string][] = [
    [
      'a changed figure',
      (f) => ((f.payload.picture.adoption.monthly.rate = 95), f),
      'signature does not match',
    ],
    [
      'a changed team name',
      (f) => ((f.payload.picture.scope.name = 'Finance'), f),
      'signature does not match',
    ],
    [
      // A middle character: every bit of it counts (the last one carries 4 padding bits).
      'a changed signature',
      (f) => (
        (f.signature = `${f.signature.slice(0, 40)}${f.signature[40] === 'A' ? 'B' : 'A'}${f.signature.slice(41)}`),
        f
      ),
      'signature does not match',
    ],
    ['an extra field', (f) => ((f.payload.picture.members = ['x']), f), 'malformed'],
    ['a missing signature', (f) => (delete f.signature, f), 'malformed'],
    ['another format', (f) => ((f.format = 'uptake-history'), f), 'not an Uptake team snapshot'],
    ['a newer version', (f) => ((f.version = 3), f), 'newer version'],
    [
      'the old checksum-only form (version 1)',
      (f) => ((f.version = 1), delete f.signature, delete f.signer, (f.checksum = 'sha256:0'), f),
      'not signed',
    ],
  ];
  it.each(edits)('refuses a file with %s', async (_, edit, reason) => {
    const file = structuredClone(await salesSnapshot());
    const result = await verifySnapshotText(JSON.stringify(edit(file)), now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  const forged: [string, (f: any) => unknown, string][] = [
    [
      'an email in it',
      (f) => (
        (f.payload.picture.suggestions[0] = {
          id: 'x',
          title: 'Talk to bob@corp.com',
          why: 'w',
          action: { kind: 'workshop', label: 'l', url: null },
        }),
        f
      ),
      'names a person',
    ],
    [
      'a champion named',
      (f) => (
        (f.payload.picture.champions = {
          shown: true,
          list: [{ email: null, rank: 1, score: 0.9 }],
          total: 1,
          hiddenBecause: null,
        }),
        f
      ),
      'must name no one',
    ],
    ['the whole org', (f) => ((f.payload.picture.scope.kind = 'org'), f), 'must be one group'],
    [
      'a link to any https page',
      (f) => (
        (f.payload.picture.suggestions[0] = {
          id: 'x',
          title: 'Read this',
          why: 'w',
          action: { kind: 'playbook', label: 'l', url: 'https://evil.example/login' },
        }),
        f
      ),
      "not one of Uptake's playbook pages",
    ],
    [
      'an impossible rate',
      (f) => ((f.payload.picture.adoption.monthly.rate = 250), f),
      'adoption rate of 250% is impossible',
    ],
    [
      'more actives than people',
      (f) => ((f.payload.picture.adoption.monthly.actives = 21), f),
      '21 active people in a team of 20 is impossible',
    ],
    [
      'a team smaller than its floor',
      (f) => ((f.payload.picture.size.value = 3), (f.payload.picture.adoption = null), f),
      'privacy floor',
    ],
    [
      'a date in the future',
      (f) => ((f.createdAt = '2027-01-01T00:00:00.000Z'), f),
      'in the future',
    ],
  ];
  it.each(forged)(
    'refuses a file re-signed with the real key but with %s',
    async (_, edit, reason) => {
      const file = structuredClone(await salesSnapshot());
      const result = await verifySnapshotText(await resealed(edit(file) as any), now);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(reason);
    },
  );

  it.each([
    ['not JSON', 'hello, world', 'not JSON'],
    ['empty', '', 'empty'],
    ['a JSON array', '[1,2]', 'not an Uptake team snapshot'],
  ])('refuses a file that is %s', async (_, text, reason) => {
    const result = await verifySnapshotText(text, now);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('refuses an oversized file without reading it', async () => {
    let read = false;
    const result = await verifySnapshotFile(
      {
        size: 5 * 1024 * 1024,
        text: async () => {
          read = true;
          return '';
        },
      },
      now,
    );
    expect(!result.ok && result.reason).toBe(
      'The file is 5.0 MB; a team snapshot is at most 64 KB. This is not a team snapshot.',
    );
    expect(read).toBe(false);
  });

  it('refuses oversized text too (padding inside the JSON)', async () => {
    const file = await salesSnapshot();
    const padded = JSON.stringify(file) + ' '.repeat(70 * 1024);
    expect(!(await verifySnapshotText(padded, now)).ok).toBe(true);
  });
});
