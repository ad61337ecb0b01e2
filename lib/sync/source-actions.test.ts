/**
 * Keys of two organisations through the real controller (mock API behind a
 * stubbed fetch, simulated clock): each organisation's member days land in
 * its own history, a rotated key continues its organisation's history without
 * fetching a kept day again, and the key's organisation is identified before
 * anything is written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMockApi, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { activeHistoryDb, readRegistry } from '@/lib/store/active-history';
import { readMembers, storedUserDays } from '@/lib/store/history';
import { writeSettings } from '@/lib/store/settings';
import { freshHistory } from '@/lib/store/test-support';
import { createSimulatedClock } from './clock';
import { createSyncController, type SyncController } from './controller';
import { answerAndSync, saveKeyAndSync, setDemoAndSync } from './source-actions';

const latest = '2026-11-24';
const keys = {
  acme: 'sk-ant-api01-acme-first-key-0001',
  acmeRotated: 'sk-ant-api01-acme-rotated-0002',
  globex: 'sk-ant-api01-globex-key-00000003',
};
/** The 7 days of member activity a sync keeps (history depth 7). */
const week = ['18', '19', '20', '21', '22', '23', '24'].map((d) => `2026-11-${d}`);
const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));

function org(seed: number, accepted: string[]): MockApi {
  return createMockApi({
    org: { members: 60, groups: 2, seed, latestAvailableDay: latest },
    keys: Object.fromEntries(accepted.map((k) => [k, 'analytics' as const])),
    rateLimitPerMinute: 100_000,
    now: clock.now,
  });
}
const acme = org(7, [keys.acme, keys.acmeRotated]);
const globex = org(8, [keys.globex]);
let requests: string[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
  requests = [];
  // api.anthropic.com: each key reaches its own organisation.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = new Headers(init?.headers).get('x-api-key') ?? '';
    requests.push(String(input));
    return mockFetch(key === keys.globex ? globex : acme)(input, init);
  });
  await writeSettings({
    sync: {
      historyDepthDays: 7,
      rateLimitPerMinute: 100_000,
      scheduleHours: 6,
      retentionDays: null,
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

const memberDayRequests = () =>
  requests.filter((u) => {
    const url = new URL(u);
    return url.pathname.endsWith('/users') && url.searchParams.has('date');
  });

async function save(controller: SyncController, key: string) {
  await saveKeyAndSync(controller, key, 'device');
  const outcome = await controller.start();
  return outcome;
}

/** The members of the shown history all belong to `api`'s organisation. */
async function membersAllOf(api: MockApi): Promise<number> {
  const members = await readMembers();
  expect(members.length).toBeGreaterThan(0);
  expect(members.filter((m) => !api.org.memberById.has(m.id))).toEqual([]);
  return members.length;
}

describe('keys of two organisations', { timeout: 60_000 }, () => {
  it('keep two histories; a rotated key continues its own without refetching kept days', async () => {
    const controller = createSyncController({ clock });
    expect((await save(controller, keys.acme))?.state).toBe('done');
    const acmeDb = await activeHistoryDb();
    expect(await storedUserDays()).toEqual(week);
    await membersAllOf(acme);

    // Another organisation: identified as new (member ids do not overlap), its own history.
    expect((await save(controller, keys.globex))?.state).toBe('done');
    const globexDb = await activeHistoryDb();
    expect(globexDb).not.toBe(acmeDb);
    expect(await storedUserDays()).toEqual(week);
    await membersAllOf(globex);

    // Acme's key rotated: same organisation (by its id or members), its history again.
    requests = [];
    expect((await save(controller, keys.acmeRotated))?.state).toBe('done');
    expect(await activeHistoryDb()).toBe(acmeDb);
    await membersAllOf(acme);
    // Only the revision window (the last 2 days, re-read by every sync); not the 5 older kept days.
    expect(memberDayRequests().map((u) => new URL(u).searchParams.get('date'))).toEqual([
      '2026-11-24',
      '2026-11-23',
    ]);
    const registry = (await readRegistry())!;
    expect(registry.sources.map((s) => s.db).sort()).toEqual([acmeDb, globexDb].sort());
    expect(registry.lastChange?.sentence).toMatch(
      /^This key belongs to an unnamed organisation \(/,
    );
  });

  it('an undecided identification waits for the admin: nothing is synced until the answer', async () => {
    const controller = createSyncController({ clock });
    await save(controller, keys.acme);
    const acmeSource = (await readRegistry())!.active;
    // Globex shares 20 of its 60 members with Acme's history: neither clearly the same nor not.
    const { upsertMembers } = await import('@/lib/store/history');
    const shared = globex.org.members.slice(0, 20).map((m) => ({
      id: m.id,
      email: m.email,
      firstSeenDay: '2026-11-22',
      lastSeenDay: '2026-11-22',
      lastActiveDay: null,
    }));
    await upsertMembers(shared);
    requests = [];
    expect(await save(controller, keys.globex)).toBeNull();
    const asked = (await readRegistry())!;
    expect(asked.question).toEqual([{ id: acmeSource, name: null, shared: 20, listed: 60 }]);
    expect(memberDayRequests()).toEqual([]);

    await answerAndSync(controller, 'new');
    expect((await controller.start())?.state).toBe('done');
    expect((await readRegistry())!.active).not.toBe(acmeSource);
    await membersAllOf(globex);
  });

  it('a scheduled start while a key is saved waits for the switch: after the demo, the key’s history syncs', async () => {
    const controller = createSyncController({ clock });
    await setDemoAndSync(controller, true);
    expect((await controller.start())?.state).toBe('done');
    expect((await readRegistry())!.active).toBe('demo');

    // The schedule's alarm fires in the middle of the save: when the new key's history is made.
    let alarm: Promise<unknown> | null = null;
    const fire = () => void (alarm ??= controller.start());
    fakeBrowser.storage.local.onChanged.addListener(fire);
    await saveKeyAndSync(controller, keys.acme, 'device');
    fakeBrowser.storage.local.onChanged.removeListener(fire);
    expect(alarm).not.toBeNull();
    await alarm;
    await controller.start();

    const registry = (await readRegistry())!;
    const active = registry.sources.find((s) => s.id === registry.active)!;
    expect(active.kind).toBe('org');
    expect(registry.keySource).toBe(active.id);
    expect(await storedUserDays()).toEqual(week);
    await membersAllOf(acme);
  });
});
