import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { decide, identifyOrganisation, type KeptOrg } from './identify';

const acme: KeptOrg = { id: 'org-a', name: 'Acme', orgId: null, db: 'uptake' };
const globex: KeptOrg = { id: 'org-g', name: 'Globex', orgId: 'uuid-g', db: 'uptake-org-g' };

describe('decide: which organisation, from the evidence', () => {
  it.each([
    // kept, evidence → verdict
    ['no kept history', [], { orgId: null, listed: 300, shared: {} }, { kind: 'new' }],
    [
      'the same organisation id',
      [acme, globex],
      { orgId: 'uuid-g', listed: null, shared: {} },
      { kind: 'same', sourceId: 'org-g', reason: 'same organisation id' },
    ],
    [
      'another id, and no history without one',
      [globex],
      { orgId: 'uuid-x', listed: null, shared: {} },
      { kind: 'new', orgId: 'uuid-x' },
    ],
    [
      '290 of 300 members kept: the same',
      [acme],
      { orgId: null, listed: 300, shared: { 'org-a': 290 } },
      { kind: 'same', sourceId: 'org-a', reason: '290 of 300 members in common' },
    ],
    [
      'exactly half is enough (150 of 300)',
      [acme],
      { orgId: null, listed: 300, shared: { 'org-a': 150 } },
      { kind: 'same', sourceId: 'org-a' },
    ],
    [
      '14 of 300 (under 5%): another organisation',
      [acme],
      { orgId: null, listed: 300, shared: { 'org-a': 14 } },
      { kind: 'new' },
    ],
    [
      '15 of 300 (5%) up to half: ask',
      [acme],
      { orgId: null, listed: 300, shared: { 'org-a': 15 } },
      { kind: 'ask', candidates: [{ id: 'org-a', name: 'Acme', shared: 15, listed: 300 }] },
    ],
    [
      'the member list could not be read: ask',
      [acme],
      { orgId: null, listed: null, shared: {} },
      { kind: 'ask', candidates: [{ id: 'org-a', name: 'Acme', shared: 0, listed: 0 }] },
    ],
    [
      'an id rules out Globex; Acme (no id) is compared by members',
      [acme, globex],
      { orgId: 'uuid-x', listed: 200, shared: { 'org-a': 199 } },
      { kind: 'same', sourceId: 'org-a', orgId: 'uuid-x' },
    ],
  ] as const)('%s', (_, kept, evidence, verdict) => {
    expect(decide(kept, evidence)).toMatchObject(verdict);
  });
});

// ---- Against the mock API: two organisations, one with two keys ----

const latest = '2026-11-24';
const today = '2026-11-26';
const acmeKeys = {
  first: 'sk-ant-api01-acme-first-key-0001',
  rotated: 'sk-ant-api01-acme-rotated-0002',
};
const globexKey = 'sk-ant-api01-globex-key-00000003';

function mock(seed: number, keys: string[]): MockApi {
  return createMockApi({
    org: { members: 300, groups: 4, seed, latestAvailableDay: latest },
    keys: Object.fromEntries(keys.map((k) => [k, 'analytics' as const])),
    rateLimitPerMinute: 6000,
    now: () => Date.UTC(2026, 10, 26, 12),
  });
}

async function identify(
  api: MockApi,
  key: string,
  kept: KeptOrg[],
  histories: Record<string, MockApi>,
) {
  const urls: string[] = [];
  const client = createAnalyticsClient({
    apiKey: key,
    fetch: mockFetch(api),
    onRequest: ({ url }) => urls.push(new URL(url).pathname.split('/').pop()!),
  });
  const verdict = await identifyOrganisation(
    {
      client,
      send: (request) => request(),
      today,
      // A kept history "holds" every member of the organisation it was synced from.
      countKnown: async (db, ids) => {
        const org = histories[db]!.org;
        return ids.filter((id) => org.memberById.has(id)).length;
      },
    },
    kept,
  );
  return { verdict, urls };
}

describe('identifyOrganisation against the mock', () => {
  const acmeApi = mock(7, [acmeKeys.first, acmeKeys.rotated]);
  const globexApi = mock(8, [globexKey]);
  const histories = { uptake: acmeApi, 'uptake-org-g': globexApi };

  it('no kept history: a new organisation, without a request', async () => {
    const { verdict, urls } = await identify(acmeApi, acmeKeys.first, [], histories);
    expect(verdict).toEqual({ kind: 'new', orgId: null });
    expect(urls).toEqual([]);
  });

  it('a rotated key of a kept organisation without a known id: the same, by its members', async () => {
    const { verdict, urls } = await identify(acmeApi, acmeKeys.rotated, [acme], histories);
    expect(verdict).toMatchObject({
      kind: 'same',
      sourceId: 'org-a',
      orgId: acmeApi.org.organizationId,
    });
    expect(verdict.kind === 'same' && verdict.reason).toMatch(/^\d+ of \d+ members in common$/);
    expect(urls).toEqual(['user_usage_report', 'users']);
  });

  it('a kept organisation known by its id: decided by the report alone', async () => {
    const known = { ...acme, orgId: acmeApi.org.organizationId };
    const { verdict, urls } = await identify(acmeApi, acmeKeys.rotated, [known], histories);
    expect(verdict).toMatchObject({
      kind: 'same',
      sourceId: 'org-a',
      reason: 'same organisation id',
    });
    expect(urls).toEqual(['user_usage_report']);
  });

  it('another organisation: new, with its id recorded', async () => {
    const kept = [acme, { ...globex, orgId: null }];
    const { verdict } = await identify(globexApi, globexKey, [acme], histories);
    expect(verdict).toEqual({ kind: 'new', orgId: globexApi.org.organizationId });
    const again = await identify(acmeApi, acmeKeys.first, kept, histories);
    expect(again.verdict).toMatchObject({ kind: 'same', sourceId: 'org-a' });
  });

  it('a refused key ends the identification with the API’s error', async () => {
    await expect(
      identify(globexApi, 'sk-ant-api01-unknown-key-000004', [acme], histories),
    ).rejects.toMatchObject({
      kind: 'auth',
    });
  });
});
