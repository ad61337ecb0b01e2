/**
 * The clock contract itself: the browser (service worker and pages) runs on the clock the
 * tests compute their dates from (`browserNow()`, shifted by UPTAKE_CLOCK_OFFSET_DAYS through
 * libfaketime), and the demo organisation served inside the extension ("Try with demo data")
 * follows that clock: its latest day is the API's usual one by the browser's date.
 */
import { dayString, latestDayAt } from '../../lib/demo';
import { browserNow, clockOffsetDays, clockOffsetMs } from './clock';
import { expect, seedSettings, test } from './fixtures';

declare const chrome: any;

const minute = 60_000;

test('the service worker and a page read the same clock as browserNow()', async ({
  ext,
  openExtensionPage,
}) => {
  const before = browserNow();
  const worker = await ext.serviceWorker.evaluate(() => Date.now());
  const page = await openExtensionPage('options.html');
  const inPage = await page.evaluate(() => Date.now());
  const after = browserNow();
  for (const t of [worker, inPage]) {
    // libfaketime shifts whole days; the two clocks tick together (a minute of slack for load).
    expect(t).toBeGreaterThanOrEqual(before - minute);
    expect(t).toBeLessThanOrEqual(after + minute);
  }
  // With an offset the browser really is in the future of this machine.
  expect(Math.abs(worker - Date.now() - clockOffsetMs)).toBeLessThan(2 * minute);
  if (clockOffsetDays > 0) expect(new Date(worker).getUTCFullYear()).toBeGreaterThan(2026);
});

test('"Try with demo data" serves the latest day the browser’s clock says', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  await seedSettings(ext, {
    sync: { historyDepthDays: 2, rateLimitPerMinute: 1200, scheduleHours: 6 },
  });
  const options = await openExtensionPage('options.html');
  // Either side of 13:30 UTC if the test runs across it.
  const expected = new Set([latestDayAt(browserNow())]);
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:set-demo', enabled: true }),
  );
  const latest = await expect
    .poll(
      async () =>
        (await ext.serviceWorker.evaluate(async () => {
          const stored = await chrome.storage.session.get('syncProgress');
          return stored.syncProgress?.latestDay ?? null;
        })) as string | null,
      { timeout: 45_000 },
    )
    .not.toBeNull()
    .then(() =>
      ext.serviceWorker.evaluate(
        async () => (await chrome.storage.session.get('syncProgress')).syncProgress.latestDay,
      ),
    );
  expected.add(latestDayAt(browserNow()));
  expect([...expected].map(dayString)).toContain(latest);
});
