/**
 * A lead's team snapshot read from the organisation's host: shown when it
 * verifies (its key pinned on first use), refused when it was forged by
 * another key or is older than the one shown (the shown one stays), nothing
 * fetched without the host permission.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildSnapshot } from '@/lib/snapshot/build';
import { teamPicture } from '@/lib/snapshot/picture';
import { newStoredSigner, signerOf, type StoredSigner } from '@/lib/snapshot/signing';
import { readTeamSnapshot } from '@/lib/snapshot/storage';
import { models, orgTarget } from '@/lib/snapshot/test-models';
import { freshHistory } from '@/lib/store/test-support';
import type { RefreshDeps } from './refresh';
import { refreshSharedSnapshot } from './snapshot-refresh';

const url = 'https://uptake.example.internal/out/snapshots/g_sales.json';
const now = Date.parse('2026-12-02T10:00:00Z');
const sales = models().groups.find((g) => g.scope.id === 'g_sales')!;
const target = { ...orgTarget } as Parameters<typeof teamPicture>[1];

async function fileBy(stored: StoredSigner, at = now - 3600_000): Promise<string> {
  const built = await buildSnapshot(sales, teamPicture(sales, target), {
    orgName: 'Northwind Labs',
    k: 5,
    now: at,
    signer: await signerOf(stored),
  });
  if (!built.ok) throw new Error(built.reason);
  return JSON.stringify(built.file);
}

function serving(text: string) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Response(text, { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const deps = (
  fetch: typeof globalThis.fetch,
  over: Partial<RefreshDeps> = {},
): Omit<RefreshDeps, 'policyFingerprint'> => ({
  now: () => now,
  hasPermission: async () => true,
  fetch,
  ...over,
});

let admin: StoredSigner;
beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
  admin = await newStoredSigner();
});

describe('refreshSharedSnapshot', () => {
  it('shows the verified snapshot of the team, and says whose and from where', async () => {
    const out = await refreshSharedSnapshot(url, deps(serving(await fileBy(admin)).fetch));
    expect(out).toMatchObject({ outcome: 'ok', changed: true });
    expect(out.message).toBe(
      'Team snapshot of Sales from uptake.example.internal, made 2026-12-02 09:00 UTC.',
    );
    expect((await readTeamSnapshot())?.file.payload.picture.scope.id).toBe('g_sales');
  });

  it("another key's file is refused and the snapshot shown stays", async () => {
    const mine = await fileBy(admin);
    await refreshSharedSnapshot(url, deps(serving(mine).fetch));
    const forged = await fileBy(await newStoredSigner(), now - 60_000);
    const out = await refreshSharedSnapshot(url, deps(serving(forged).fetch));
    expect(out.outcome).toBe('refused');
    expect(out.message).toMatch(/which this browser does not trust/);
    expect(JSON.stringify((await readTeamSnapshot())?.file)).toBe(mine);
  });

  it('an older copy is refused', async () => {
    const newer = await fileBy(admin, now - 3600_000);
    const older = await fileBy(admin, now - 7200_000);
    await refreshSharedSnapshot(url, deps(serving(newer).fetch));
    const out = await refreshSharedSnapshot(url, deps(serving(older).fetch));
    expect(out.outcome).toBe('refused');
    expect(out.message).toMatch(/before the one shown now/);
    expect(JSON.stringify((await readTeamSnapshot())?.file)).toBe(newer);
  });

  it('without the host permission nothing is fetched', async () => {
    const { fetch, asked } = serving(await fileBy(admin));
    const out = await refreshSharedSnapshot(url, deps(fetch, { hasPermission: async () => false }));
    expect(out.outcome).toBe('no-permission');
    expect(out.message).toMatch(/Uptake may not read uptake.example.internal yet/);
    expect(asked).toEqual([]);
    expect(await readTeamSnapshot()).toBeNull();
  });
});
