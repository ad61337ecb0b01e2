import type { Page } from '@playwright/test';
import { replicaUrls } from '../fixtures/replica/render';
import { addDays } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { inContentScriptWorld } from './isolated-world';

declare const chrome: any;

// A small organisation and a raised rate limit keep the first sync to seconds.
test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };

async function saveKey(options: Page, key: string, persistence: 'device' | 'session' = 'device') {
  await options.getByRole('textbox', { name: 'API key' }).fill(key);
  await options
    .getByLabel(persistence === 'device' ? 'on this device' : 'for this browser session only')
    .check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
}

test('saving the key starts a sync that fills the history, with progress and outcome in options', async ({
  ext,
  mock,
  traffic,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await saveKey(options, DEMO_KEY);
  await expect(options.getByTestId('key-note')).toContainText('Saved');
  await expect(options.getByTestId('key-state')).toContainText('kept on this device');
  const latestDay = mock.latestAvailableDay();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latestDay}`, {
    timeout: 20_000,
  });
  expect(mock.stats().rateLimited).toBe(0);
  // Every request went to api.anthropic.com with the key, and only there.
  expect(
    traffic.requests.every(
      (r) => new URL(r.url).host === 'api.anthropic.com' && r.headers['x-api-key'] === DEMO_KEY,
    ),
  ).toBe(true);

  // The org model agrees with the mock's own /summaries for the latest day.
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/summaries?starting_date=${latestDay}&ending_date=${addDays(latestDay, 1)}`,
    headers: { 'x-api-key': DEMO_KEY },
  });
  const latest = JSON.parse(res.body).data[0];
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
  );
  expect(answer.model.freshness.latestDay).toBe(latestDay);
  expect(answer.model.adoption.daily.actives).toBe(latest.daily_active_user_count);
  expect(answer.model.adoption.weekly.actives).toBe(latest.weekly_active_user_count);
  expect(answer.scopes.length).toBeGreaterThan(1);
});

test('the key stays where the content script cannot reach it', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await saveKey(options, DEMO_KEY, 'session');
  await expect(options.getByTestId('key-state')).toContainText('this browser session only');

  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(page.locator('[data-uptake="freshness-badge"]')).toHaveCount(1);

  const local = await inContentScriptWorld(
    page,
    'chrome.storage.local.get(null).then((v) => JSON.stringify(v))',
  );
  expect(String(local)).not.toContain(DEMO_KEY);
  const session = await inContentScriptWorld(
    page,
    'chrome.storage.session.get(null).then((v) => JSON.stringify(v))',
  );
  expect(JSON.stringify(session)).toContain('thrown');
  expect(JSON.stringify(session)).not.toContain(DEMO_KEY);
  const asked = await inContentScriptWorld(
    page,
    "chrome.runtime.sendMessage({ type: 'to-background:get-key-status' })",
  );
  expect(asked).toEqual({ error: "Only Uptake's own pages may ask for that." });
  // The page's own IndexedDB is claude.ai's, not the extension's.
  const dbs = await inContentScriptWorld(
    page,
    'indexedDB.databases().then((d) => d.map((x) => x.name))',
  );
  expect(dbs).not.toContain('uptake');
  // And the key never reached the page's DOM.
  expect(await page.content()).not.toContain(DEMO_KEY);
});

test('a revoked key stops the sync with a message in words, and the cached history stays', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await saveKey(options, DEMO_KEY);
  await expect(options.getByTestId('last-sync')).toContainText('Synced to', { timeout: 20_000 });
  const latestDay = mock.latestAvailableDay();
  mock.setFaults({ revokeKey: DEMO_KEY, latestAvailableDay: addDays(latestDay, 1) });
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(options.getByTestId('last-sync')).toContainText('not accepted', { timeout: 10_000 });
  await expect(options.getByTestId('last-sync')).not.toContainText(DEMO_KEY);
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
  );
  expect(answer.model.freshness.latestDay).toBe(latestDay);
});
