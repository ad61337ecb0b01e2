import { replicaUrls } from '../fixtures/replica/render';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

declare const chrome: any;

test('the service worker starts and names the extension', async ({ ext }) => {
  expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  expect(ext.serviceWorker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  // `scripting` + claude.ai: the overlay on in-app navigation (README, "Permissions").
  expect(manifest.permissions.sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
  expect(manifest.host_permissions).toEqual(['https://api.anthropic.com/*', 'https://claude.ai/*']);
  // Nothing a page could fetch to learn that Uptake is installed.
  expect(manifest.web_accessible_resources).toBeUndefined();
});

const recognised = [
  ['overview-2026-mid', 'Overview'],
  ['overview-2026-early', 'Overview'],
  ['chat', 'Claude Chat'],
  ['claude-code', 'Claude Code'],
  ['members', 'Members'],
  ['unknown-layout', 'Overview'],
] as const;

for (const [variant, kind] of recognised) {
  test(`the content script marks the ${variant} replica as a recognised ${kind} page`, async ({
    ext,
  }) => {
    await seedSettings(ext, { orgName: 'Northwind Labs', demo: true });
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(replicaUrls[variant]);
    // The freshness badge (which replaced the page mark) names the page and the data source.
    const badge = page.locator('[data-uptake="freshness-badge"]');
    await expect(badge).toHaveCount(1);
    await expect(page.getByTestId('uptake-page-kind')).toHaveText(kind);
    await expect(page.getByTestId('uptake-org')).toHaveText('Northwind Labs · demo data');
    expect(errors).toEqual([]);
  });
}

test('the content script stays off other claude.ai pages and other sites', async ({ ext }) => {
  const page = await ext.context.newPage();
  for (const url of ['https://claude.ai/new', 'https://other.example/analytics/activity']) {
    await page.goto(url);
    await page.waitForLoadState('load');
    // Give a content script every chance to run.
    await page.waitForTimeout(300);
    await expect(page.locator('[data-uptake]')).toHaveCount(0);
  }
});

test('popup, options and companion open and show the organisation', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, { orgName: 'Northwind Labs', demo: true });
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('org-name')).toHaveText('Northwind Labs');
  await expect(popup.getByTestId('mode')).toContainText('Demo data');
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { name: 'API key' })).toBeVisible();
  await expect(options.getByLabel('Organisation name')).toHaveValue('Northwind Labs');
  const companion = await openExtensionPage('companion.html');
  await expect(companion.getByTestId('org-name')).toHaveText('Northwind Labs');
});

test('a request from the background reaches the mock API at api.anthropic.com', async ({
  mock,
  traffic,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByTestId('key-note')).toContainText(mock.latestAvailableDay());
  expect(traffic.requests.length).toBeGreaterThan(0);
  const first = traffic.requests[0]!;
  expect(new URL(first.url).host).toBe('api.anthropic.com');
  expect(first.url).toContain('/v1/organizations/analytics/summaries');
  expect(first.headers['x-api-key']).toBe(DEMO_KEY);
});
