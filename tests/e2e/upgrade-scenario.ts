/**
 * What the upgrade specs share (upgrade.spec.ts, upgrade-recent.spec.ts): the
 * releases an upgrade starts from, the mock organisation they sync, and the
 * old build saving a key. The harness itself: upgrade-harness.ts.
 */
import { createMockApi, DEMO_KEY, type MockApi } from '../../lib/demo/mock-api';
import { replicaDataFromMock } from '../fixtures/demo-replica-data';
import { renderReplica } from '../fixtures/replica/render';
import { browserNow } from './clock';
import { expect } from './fixtures';
import { olderRelease, type Build, type UpgradeLaunch } from './upgrade-harness';
import { writeStoredState } from './stored-state';
import { variantFor } from './variant-for';

declare const chrome: any;

/**
 * The releases an upgrade starts from, and how each kept its settings: 0.1.0
 * in storage.local, 0.2.0 and 0.3.0 in the IndexedDB database uptake-state.
 * Their history schemas: 0.1.0 and 0.2.0 v1, 0.3.0 and 0.4.0 v3 (lib/store/db.ts).
 */
export interface Release {
  name: string;
  build: Build;
  seedSettings(old: UpgradeLaunch, settings: Record<string, unknown>): Promise<void>;
}
export const release040: Release = {
  name: '0.4.0 (the previous release)',
  build: 'previous',
  seedSettings: (old, settings) => writeStoredState(old.serviceWorker, { settings }),
};
export const release030: Release = {
  name: '0.3.0',
  build: olderRelease('c276437'),
  seedSettings: (old, settings) => writeStoredState(old.serviceWorker, { settings }),
};
export const release020: Release = {
  name: '0.2.0',
  build: olderRelease('1c3f67a'),
  seedSettings: (old, settings) => writeStoredState(old.serviceWorker, { settings }),
};
export const release010: Release = {
  name: '0.1.0',
  build: olderRelease('945495f'),
  seedSettings: async (old, settings) => {
    await old.serviceWorker.evaluate(
      async (s) => chrome.storage.local.set({ settings: s }),
      settings,
    );
  },
};

// Pinned: 0.1.0 asks /summaries from 2026-01-01 with no end, which the API
// refuses once that spans more than 366 days, so its sync needs a latest day in 2026.
export const latestDay = '2026-11-24';
export const key = 'sk-ant-api01-upgrade-test-key-Up9r';
export const hint = 'sk-ant-api01-…Up9r';
export const fastSync = {
  sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 },
};

export function acmeMock(): MockApi {
  return createMockApi({
    now: browserNow,
    org: { members: 300, groups: 6, seed: 7, latestAvailableDay: latestDay },
    keys: { [key]: 'analytics', [DEMO_KEY]: 'analytics' },
    rateLimitPerMinute: 3000,
  });
}

export const memberDay = (url: string) => {
  const u = new URL(url);
  return u.pathname.endsWith('/users') && !u.searchParams.has('group_by[]')
    ? u.searchParams.get('date')
    : null;
};

export async function saveKeyWithOldBuild(
  old: UpgradeLaunch,
  persistence: 'device' | 'session',
  release: Release = release010,
  timeout = 60_000,
) {
  await release.seedSettings(old, fastSync);
  const options = await old.context.newPage();
  await options.goto(`chrome-extension://${old.extensionId}/options.html`);
  await options.getByRole('textbox', { name: 'API key' }).fill(key);
  await options
    .getByRole('radio', {
      name: persistence === 'device' ? 'on this device' : 'for this browser session only',
    })
    .check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latestDay}`, {
    timeout,
  });
}

/** The mock's organisation and replica pages showing its figures. */
export async function scenario() {
  const mock = acmeMock();
  const replica = await replicaDataFromMock(mock);
  const pages = (url: URL) => {
    const variant = variantFor(url);
    return variant ? renderReplica(variant, replica, {}) : null;
  };
  return { mock, pages };
}
