import type { BrowserContext, Page } from '@playwright/test';
import { createMockApi } from '../../lib/demo/mock-api';
import { apiLatestDay, browserNow } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { launchExtension } from './launch';
import { serveMockApi } from './serve';
import { writeStoredState } from './stored-state';

// 1,500 members: two pages a member-day. A rate limit slow enough to interrupt mid-history.
const org = { members: 1500, groups: 6, seed: 7 };
test.use({ mockOptions: { org, rateLimitPerMinute: 6000 } });
test.setTimeout(120_000);
const settings = { sync: { historyDepthDays: 10, rateLimitPerMinute: 600, scheduleHours: 6 } };

const isMemberDayPage = (url: string) =>
  url.includes('/users?') &&
  url.includes('date=') &&
  !url.includes('group_by') &&
  !url.includes('starting_date');

async function saveKey(options: Page) {
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
}

async function stopServiceWorker(context: BrowserContext, extensionId: string) {
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const registration = internals.locator('.serviceworker-registration', { hasText: extensionId });
  await registration.locator('cr-button[data-command="stop"]').first().click();
  await expect(registration).toContainText('STOPPED');
  await internals.close();
}

test('a worker stopped mid-sync resumes where it stopped, fetching no finished page again', async ({
  ext,
  traffic,
  openExtensionPage,
}) => {
  await seedSettings(ext, settings);
  const options = await openExtensionPage('options.html');
  await saveKey(options);
  await expect
    .poll(() => traffic.requests.filter((r) => isMemberDayPage(r.url)).length, { timeout: 30_000 })
    .toBeGreaterThan(6);
  await stopServiceWorker(ext.context, ext.extensionId);
  const atStop = traffic.requests.length;
  // Waking the worker (any message) resumes the plan.
  await options.reload();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${apiLatestDay()}`, {
    timeout: 60_000,
  });
  expect(traffic.requests.length).toBeGreaterThan(atStop);
  const pages = traffic.requests.map((r) => r.url).filter(isMemberDayPage);
  const repeated = pages.length - new Set(pages).size;
  // At most the one page that was in flight when the worker stopped.
  expect(repeated).toBeLessThanOrEqual(1);
  expect(new Set(pages).size).toBe(10 * 2);
});

test('a browser closed mid-sync resumes on the next start', async ({ mockOptions }) => {
  // Its own mock (it outlives one browser), on the browser's clock like the fixture's.
  const api = createMockApi({
    now: browserNow,
    latestAvailableDay: apiLatestDay(),
    ...mockOptions,
  });
  const first = await launchExtension();
  const traffic1 = await serveMockApi(first.context, api);
  await writeStoredState(first.serviceWorker, { settings });
  const options = await first.context.newPage();
  await options.goto(`chrome-extension://${first.extensionId}/options.html`);
  await saveKey(options);
  await expect
    .poll(() => traffic1.requests.filter((r) => isMemberDayPage(r.url)).length, { timeout: 30_000 })
    .toBeGreaterThan(6);
  await first.close({ keepProfile: true });

  const second = await launchExtension({ userDataDir: first.userDataDir });
  try {
    const traffic2 = await serveMockApi(second.context, api);
    const reopened = await second.context.newPage();
    await reopened.goto(`chrome-extension://${second.extensionId}/options.html`);
    await expect(reopened.getByTestId('last-sync')).toContainText(`Synced to ${apiLatestDay()}`, {
      timeout: 60_000,
    });
    const before = new Set(traffic1.requests.map((r) => r.url).filter(isMemberDayPage));
    const after = traffic2.requests.map((r) => r.url).filter(isMemberDayPage);
    expect(after.filter((u) => before.has(u)).length).toBeLessThanOrEqual(1);
    expect(new Set([...before, ...after]).size).toBe(10 * 2);
  } finally {
    await second.close();
  }
});
