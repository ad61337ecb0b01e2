/**
 * Playwright fixtures: the real built extension in Chromium, claude.ai served
 * by the replica pages of the demo organisation, and api.anthropic.com served
 * by the mock Analytics API — all at their real URLs.
 */
import { test as base, expect, type Page } from '@playwright/test';
import {
  createMockApi,
  DEMO_KEY,
  type MockApi,
  type MockApiOptions,
} from '../../lib/demo/mock-api';
import { replicaDataFromMock } from '../fixtures/demo-replica-data';
import { renderReplica, type ReplicaData } from '../fixtures/replica/render';
import { variantFor } from './variant-for';
import { apiLatestDay, browserNow } from './clock';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveMockApi, servePages, type ApiTraffic } from './serve';
import { writeStoredState } from './stored-state';

export { expect, DEMO_KEY };

export interface Fixtures {
  ext: LaunchedExtension;
  mock: MockApi;
  traffic: ApiTraffic;
  /** Options for the mock, overridable per test with `test.use({ mockOptions })`. */
  mockOptions: MockApiOptions;
  /** Replica page overrides: `test.use({ replicaOptions: { lateAnchorsMs: 2000 } })`. */
  replicaOptions: Parameters<typeof renderReplica>[2];
  /** Open an extension page (`popup.html`, `options.html`, `companion.html`). */
  openExtensionPage(file: string): Promise<Page>;
}

export interface WorkerFixtures {
  replicaData: ReplicaData;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  replicaData: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form.
    async ({}, use) => {
      await use(
        await replicaDataFromMock(
          createMockApi({ now: browserNow, latestAvailableDay: apiLatestDay() }),
        ),
      );
    },
    { scope: 'worker' },
  ],
  mockOptions: [{}, { option: true }],
  replicaOptions: [{}, { option: true }],
  mock: async ({ mockOptions }, use) => {
    // The mock's "today" follows the browser's clock (see clock.ts); its latest day is the
    // API's by that clock, fixed for the run (apiLatestDay) unless the test pins another.
    await use(
      createMockApi({ now: browserNow, latestAvailableDay: apiLatestDay(), ...mockOptions }),
    );
  },
  ext: async ({ mock, replicaData, replicaOptions }, use) => {
    const ext = await launchExtension();
    await servePages(ext.context, (url) => {
      const variant = variantFor(url);
      if (variant) return renderReplica(variant, replicaData, replicaOptions);
      if (url.pathname === '/new' || url.pathname === '/')
        return '<!doctype html><title>Claude</title><main><h1>How can I help you today?</h1></main>';
      return null;
    });
    ext.traffic = await serveMockApi(ext.context, mock);
    await use(ext);
    await ext.close();
  },
  traffic: async ({ ext }, use) => {
    await use(ext.traffic!);
  },
  openExtensionPage: async ({ ext }, use) => {
    await use(async (file) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${file}`);
      return page;
    });
  },
});

/**
 * Seed the settings from the service worker, where the extension keeps them
 * (its IndexedDB, stored-state.ts; the key goes through the UI or messages).
 */
export async function seedSettings(
  ext: LaunchedExtension,
  settings: Record<string, unknown>,
): Promise<void> {
  await writeStoredState(ext.serviceWorker, { settings });
}
