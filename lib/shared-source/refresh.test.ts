/**
 * The shared history's refresh end to end in the background's terms: a file
 * exported and signed by "the organisation" is fetched (a stub transport),
 * verified, and replaces the history shown; a tampered, foreign-key, older or
 * unreachable file changes nothing and says why; an unchanged file costs a
 * 304; without the host permission nothing is fetched. Figures a person can
 * check: the organisation's monthly actives are 30 in the shared file and 7
 * in the history kept before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { signHistoryFile } from '@/lib/headless/history-signature';
import { newStoredSigner, signerOf, type SnapshotSigner } from '@/lib/snapshot/signing';
import { readRegistry } from '@/lib/store/active-history';
import { exportHistory } from '@/lib/store/export';
import { getMeta, readSyncLog } from '@/lib/store/history';
import { readHistoryFile } from '@/lib/store/import';
import { readSnapshotPins } from '@/lib/store/snapshot-pins';
import { activeSource } from '@/lib/store/sources';
import { putSummaries, readSummaries } from '@/lib/store/summaries';
import { freshHistory, summary } from '@/lib/store/test-support';
import { refreshSharedHistory, type RefreshDeps } from './refresh';
import { readSharedStatus } from './status';

const url = 'https://uptake.example.internal/out/history/uptake-history.ndjson.gz';
const now = Date.parse('2026-11-25T12:00:00Z');

interface Published {
  bytes: Uint8Array;
  signature: Uint8Array;
}

/** The organisation's history file (monthly actives 30 on two days), signed by `signer` at `at`. */
async function publish(signer: SnapshotSigner, at = now - 3600_000): Promise<Published> {
  await freshHistory();
  await putSummaries('org', [summary('2026-11-22'), summary('2026-11-23')]);
  const source = { kind: 'org' as const, name: 'Acme', orgId: 'acme-org-id' };
  const blob = await exportHistory({ now: at, gzip: false, source });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const { header } = await readHistoryFile(new Blob([bytes]));
  const sig = await signHistoryFile(
    bytes,
    { file: 'uptake-history.ndjson.gz', checksum: header.checksum, now: at },
    signer,
  );
  return { bytes, signature: new TextEncoder().encode(JSON.stringify(sig)) };
}

/** A browser that kept its own history: monthly actives 7 on 2026-11-21. */
async function keptHistory(): Promise<void> {
  await freshHistory();
  await putSummaries('org', [summary('2026-11-21', { monthlyActive: 7 })]);
}

/** A host serving `files` (path → bytes), answering 304 to a matching If-None-Match. */
function host(files: Record<string, Uint8Array>) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const target = String(input);
    requests.push({ url: target, init });
    const body = files[new URL(target).pathname];
    if (!body) return new Response('no', { status: 404 });
    const etag = `"${body.length}-${body.reduce((a, b) => (a * 31 + b) % 1_000_003, 0)}"`;
    if ((init?.headers as Record<string, string>)['If-None-Match'] === etag)
      return new Response(null, { status: 304 });
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: { etag } });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const served = (p: Published) => ({
  '/out/history/uptake-history.ndjson.gz': p.bytes,
  '/out/history/uptake-history.ndjson.gz.sig.json': p.signature,
});

const deps = (fetch: typeof globalThis.fetch, over: Partial<RefreshDeps> = {}): RefreshDeps => ({
  now: () => now,
  hasPermission: async () => true,
  policyFingerprint: null,
  fetch,
  ...over,
});

const monthly = async () =>
  (await readSummaries('org', '2026-11-01', '2026-11-30')).map((s) => s.monthlyActive);

let signer: SnapshotSigner;
beforeEach(async () => {
  signer = await signerOf(await newStoredSigner());
});

describe('refreshSharedHistory', () => {
  it('shows a verified file in place of the kept history, names its host, pins its key', async () => {
    const p = await publish(signer);
    await keptHistory();
    const { fetch, requests } = host(served(p));
    const out = await refreshSharedHistory(url, deps(fetch));
    expect(out).toMatchObject({ outcome: 'ok', changed: true });
    expect(out.message).toBe(
      'Shared history from uptake.example.internal, synced 2026-11-25 11:00 UTC.',
    );
    expect(await monthly()).toEqual([30, 30]);
    expect(await getMeta('latestAvailableDay')).toBe('2026-11-23');
    expect((await readSyncLog(1))[0]).toMatchObject({ outcome: 'ok', message: out.message });
    const registry = (await readRegistry())!;
    expect(activeSource(registry)).toMatchObject({ name: 'Acme', orgId: 'acme-org-id' });
    expect(await readSnapshotPins()).toHaveLength(1);
    // No key, no cookie, no other host.
    expect(requests.map((r) => r.url)).toEqual([url, `${url}.sig.json`]);
    for (const r of requests) {
      expect(r.init?.credentials).toBe('omit');
      expect(Object.keys(r.init?.headers ?? {})).not.toContain('x-api-key');
    }
  });

  it('an unchanged file costs one conditional request and changes nothing', async () => {
    const p = await publish(signer);
    await keptHistory();
    const { fetch, requests } = host(served(p));
    await refreshSharedHistory(url, deps(fetch));
    const again = await refreshSharedHistory(url, deps(fetch));
    expect(again).toMatchObject({ outcome: 'ok', changed: false });
    expect(requests).toHaveLength(3);
    expect((requests[2]!.init?.headers as Record<string, string>)['If-None-Match']).toBeTruthy();
  });

  it.each([
    [
      'a history file changed after signing',
      (p: Published) => ({ ...p, bytes: p.bytes.map((b, i) => (i === 200 ? b ^ 1 : b)) }),
      /not the one that was signed/,
    ],
    [
      'a signature file that is not JSON',
      (p: Published) => ({ ...p, signature: new TextEncoder().encode('<html>') }),
      /signature file is not JSON/,
    ],
    [
      'a signature file missing (404)',
      (p: Published) => ({ ...p, signature: undefined as unknown as Uint8Array }),
      /has no file at \/out\/history\/uptake-history.ndjson.gz.sig.json \(404\)/,
    ],
  ])('%s is refused; the kept history stays', async (_, tamper, reason) => {
    const p = tamper(await publish(signer));
    await keptHistory();
    const files = served(p);
    const { fetch } = host(
      Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined)),
    );
    const out = await refreshSharedHistory(url, deps(fetch));
    expect(out.outcome).not.toBe('ok');
    expect(out.message).toMatch(reason);
    expect(await monthly()).toEqual([7]);
    expect((await readSyncLog(1))[0]).toMatchObject({ outcome: 'error', message: out.message });
    expect((await readSharedStatus(url)).message).toBe(out.message);
  });

  it('a file signed by another key than the trusted one is refused', async () => {
    const first = await publish(signer);
    await keptHistory();
    await refreshSharedHistory(url, deps(host(served(first)).fetch));
    const stranger = await signerOf(await newStoredSigner());
    // The stranger's file is built in a fresh database; the browser's is put back around it.
    const pins = await readSnapshotPins();
    const forged = await publish(stranger, now);
    await keptHistory();
    const { saveSnapshotPins } = await import('@/lib/store/snapshot-pins');
    await saveSnapshotPins(pins, now);
    const out = await refreshSharedHistory(url, deps(host(served(forged)).fetch));
    expect(out.outcome).toBe('refused');
    expect(out.message).toMatch(/which this browser does not trust/);
    expect(await monthly()).toEqual([7]);
  });

  it('an older copy served again is refused', async () => {
    const older = await publish(signer, now - 7200_000);
    const newer = await publish(signer, now - 3600_000);
    await keptHistory();
    await refreshSharedHistory(url, deps(host(served(newer)).fetch));
    const out = await refreshSharedHistory(url, deps(host(served(older)).fetch));
    expect(out.outcome).toBe('refused');
    expect(out.message).toMatch(/before the shared history shown now/);
    expect(await monthly()).toEqual([30, 30]);
  });

  it("a policy's fingerprint admits only that key", async () => {
    const p = await publish(signer);
    await keptHistory();
    const out = await refreshSharedHistory(
      url,
      deps(host(served(p)).fetch, { policyFingerprint: 'ab'.repeat(32) }),
    );
    expect(out.outcome).toBe('refused');
    expect(out.message).toMatch(/the key your organisation's policy names/);
  });

  it('without the host permission nothing is fetched and a sentence says how to allow it', async () => {
    const p = await publish(signer);
    await keptHistory();
    const { fetch, requests } = host(served(p));
    const out = await refreshSharedHistory(url, deps(fetch, { hasPermission: async () => false }));
    expect(out.outcome).toBe('no-permission');
    expect(out.message).toMatch(/Uptake may not read uptake.example.internal yet/);
    expect(requests).toHaveLength(0);
    expect(await monthly()).toEqual([7]);
  });

  it('an unreachable host changes nothing', async () => {
    await keptHistory();
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const out = await refreshSharedHistory(url, deps(fetch));
    expect(out.outcome).toBe('failed');
    expect(out.message).toMatch(/could not reach uptake.example.internal/);
    expect(await monthly()).toEqual([7]);
  });
});
