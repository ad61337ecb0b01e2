import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

// A small organisation and a raised rate limit keep the sync to seconds.
test.use({ mockOptions: { org: { members: 120, groups: 3, seed: 7 }, rateLimitPerMinute: 3000 } });

test('every request the browser sends to the API carries the browser-access header', async ({
  ext,
  mock,
  traffic,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  await seedSettings(ext, {
    sync: { historyDepthDays: 3, rateLimitPerMinute: 3000, scheduleHours: 6 },
  });
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByTestId('key-note')).toContainText('Connected to the Analytics API');
  await options.getByLabel('on this device').check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText('Synced to', { timeout: 75_000 });

  // Test connection, then a whole sync: every endpoint the sync reads, all of them refused by the
  // API if a browser Origin came without the header (the mock refuses exactly like the API).
  expect(traffic.requests.length).toBeGreaterThan(10);
  const paths = new Set(traffic.requests.map((r) => new URL(r.url).pathname));
  expect(paths.size).toBeGreaterThanOrEqual(7);
  for (const request of traffic.requests) {
    const { pathname } = new URL(request.url);
    expect([pathname, request.headers['anthropic-dangerous-direct-browser-access']]).toEqual([
      pathname,
      'true',
    ]);
    expect(request.headers['anthropic-version']).toBe('2026-10-21');
    expect(request.headers['x-api-key']).toBe(DEMO_KEY);
  }
  expect(mock.stats().rateLimited).toBe(0);
});
