/**
 * The overlay's states on a real page: no key yet, first sync running, stale
 * data, a failed sync, and demo data, each said in words with the fix.
 */
import type { Page } from '@playwright/test';
import { overlayMockOptions } from '../bench/overlay';
import { replicaUrls } from '../fixtures/replica/render';
import { addDays, browserToday, daysBetween } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

test.use({ mockOptions: overlayMockOptions });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };

async function saveKey(options: Page) {
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
}

const badge = (page: Page) => page.locator('[data-uptake="freshness-badge"]');
const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** `2026-11-24` → `24 Nov 2026`, as the badge writes it. */
const longDay = (d: string) =>
  `${Number(d.slice(8))} ${months[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

test('no key yet: a quiet prompt that opens options, and nothing else to show', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(badge(page).getByTestId('uptake-state')).toContainText(
    'Add your Analytics API key to see targets, champions and suggestions here.',
  );
  await expect(badge(page).getByTestId('uptake-org')).toHaveText('No API key yet');
  const opened = ext.context.waitForEvent('page');
  await badge(page).getByRole('button', { name: 'Open Uptake options' }).click();
  expect((await opened).url()).toBe(`chrome-extension://${ext.extensionId}/options.html`);
  await page.waitForTimeout(3500);
  await expect(page.locator('[data-uptake="target-strip"]')).toHaveCount(0);
  await expect(page.locator('[data-uptake="insights-panel"]')).toHaveCount(0);
});

test('first sync running: progress in words, then the figures arrive without a reload', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  await seedSettings(ext, fastSync);
  mock.setFaults({ latencyMs: 700 });
  const options = await openExtensionPage('options.html');
  await saveKey(options);
  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  const state = badge(page).getByTestId('uptake-state');
  await expect(state).toContainText(
    /First sync running: \d+ of \d+ steps|Syncing: \d+ of \d+ steps/,
  );
  await expect(badge(page).getByRole('progressbar', { name: 'Sync progress' })).toHaveCount(1);
  await expect(page.locator('[data-uptake="target-strip"]')).toHaveCount(1, { timeout: 40_000 });
  await expect(badge(page).getByTestId('uptake-latest-day')).toContainText(
    `Data to ${longDay(mock.latestAvailableDay())}`,
  );
});

test.describe('with a history', () => {
  test('stale data says so, with how to refresh', async ({ ext, mock, openExtensionPage }) => {
    test.setTimeout(60_000);
    // The API's pipeline stopped six days before the browser's today.
    const stopped = addDays(browserToday(), -6);
    mock.setFaults({ latestAvailableDay: stopped });
    await seedSettings(ext, fastSync);
    const options = await openExtensionPage('options.html');
    await saveKey(options);
    await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${stopped}`, {
      timeout: 30_000,
    });
    const page = await ext.context.newPage();
    await page.goto(replicaUrls['overview-2026-mid']);
    await expect(badge(page).getByTestId('uptake-state')).toContainText(
      `Data is ${daysBetween(stopped, browserToday())} days old (the API normally lags 1–2 days).`,
    );
    await expect(
      badge(page).getByRole('button', { name: 'Sync now in Uptake options' }),
    ).toBeVisible();
  });

  test('a failed sync is said in words with the fix, and the last good figures stay', async ({
    ext,
    mock,
    openExtensionPage,
  }) => {
    test.setTimeout(60_000);
    await seedSettings(ext, fastSync);
    const options = await openExtensionPage('options.html');
    await saveKey(options);
    await expect(options.getByTestId('last-sync')).toContainText('Synced to', { timeout: 30_000 });
    mock.setFaults({
      revokeKey: DEMO_KEY,
      latestAvailableDay: addDays(mock.latestAvailableDay(), 1),
    });
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect(options.getByTestId('last-sync')).toContainText('not accepted', {
      timeout: 15_000,
    });
    const page = await ext.context.newPage();
    await page.goto(replicaUrls['overview-2026-mid']);
    const state = badge(page).getByTestId('uptake-state');
    await expect(state).toContainText('Last sync failed:');
    await expect(state).toContainText("Check the API key in Uptake's options.");
    await expect(state).not.toContainText(DEMO_KEY);
    await expect(page.locator('[data-uptake="target-strip"]')).toHaveCount(1);
  });
});

test('demo data is labelled as such wherever Uptake shows figures', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  await seedSettings(ext, {
    orgName: 'Northwind Labs',
    sync: { historyDepthDays: 7, rateLimitPerMinute: 3000, scheduleHours: 6 },
  });
  const options = await openExtensionPage('options.html');
  await options.evaluate(() =>
    (globalThis as any).chrome.runtime.sendMessage({
      type: 'to-background:set-demo',
      enabled: true,
    }),
  );
  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(badge(page).getByTestId('uptake-org')).toHaveText('Northwind Labs · demo data');
  const strip = page.locator('[data-uptake="target-strip"]');
  await expect(strip).toHaveCount(1, { timeout: 75_000 });
  await expect(strip.getByText('Demo data', { exact: true })).toBeVisible();
  await expect(
    page.locator('[data-uptake="suggestion-card"]').getByText('Demo data'),
  ).toBeVisible();
});
