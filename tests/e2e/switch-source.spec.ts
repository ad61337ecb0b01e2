/**
 * Switching from the demo to a real organisation (issue 10, item 9): after
 * "Try with demo data", saving a real key (the mock serves another
 * organisation: other seed, name and key) shows that organisation's figures
 * everywhere, its history holds none of the demo's members, every one of its
 * days was fetched (none skipped as "already stored"), and switching back to
 * the demo shows the demo again (and the organisation's history file is not
 * imported into it without asking). A rotated key of the same organisation
 * then continues its history.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createMockApi, type MockApi } from '../../lib/demo/mock-api';
import { browserNow } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { expectFiguresEverywhere, orgFigures } from './figures';

declare const chrome: any;

const acmeKey = 'sk-ant-api01-acme-corp-key-A1b2';
const rotatedKey = 'sk-ant-api01-acme-corp-key-C3d4';
test.use({
  mockOptions: {
    org: { members: 300, groups: 6, seed: 7, name: 'Acme Corp' },
    keys: { [acmeKey]: 'analytics', [rotatedKey]: 'analytics', [DEMO_KEY]: 'analytics' },
    rateLimitPerMinute: 3000,
  },
});
const depth = 14;
const fastSync = { sync: { historyDepthDays: depth, rateLimitPerMinute: 3000, scheduleHours: 6 } };

async function status(page: Page) {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:get-status' }));
}

/** Waits until a sync of `mode` has finished (and none runs), after `since` (browser ms). */
async function synced(page: Page, mode: 'demo' | 'live', since: number) {
  let last: unknown = null;
  try {
    await expect
      .poll(
        async () => {
          const s = await status(page);
          last = s;
          return s.mode === mode && !s.sync && (s.lastSync?.at ?? 0) > since && s.lastSync.outcome;
        },
        { timeout: 120_000, intervals: [500] },
      )
      .toBe('ok');
  } catch (error) {
    // Say what the background last reported: a failure in CI is then read, not guessed.
    const registry = await page.evaluate(() => chrome.storage.local.get('histories'));
    throw new Error(
      `No ${mode} sync ended well after ${since}. Last status: ${JSON.stringify(last)}; ` +
        `registry: ${JSON.stringify(registry)}`,
      { cause: error },
    );
  }
}

async function saveKey(options: Page, key: string) {
  await options.getByRole('textbox', { name: 'API key' }).fill(key);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
}

/** The history shown, as its export file holds it: member ids and member-day ids per day. */
async function exported(options: Page, path: string) {
  await options.reload();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export history' }).click(),
  ]);
  await download.saveAs(path);
  const raw = readFileSync(path);
  const text = (raw[0] === 0x1f ? gunzipSync(raw) : raw).toString('utf8');
  const [header, ...lines] = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const members = lines.filter((l) => l.store === 'members').map((l) => l.record.id as string);
  const days = lines
    .filter((l) => l.store === 'userDays')
    .map((l) => ({ day: l.record.day as string, ids: l.record.memberIds as string[] }));
  return { header, members, days };
}

const memberDayUrls = (urls: string[]) =>
  urls.filter((u) => new URL(u).pathname.endsWith('/users') && new URL(u).searchParams.has('date'));

test('demo, then a real key: every figure is the organisation’s, its history holds no demo member, and the demo comes back', async ({
  ext,
  mock,
  traffic,
  openExtensionPage,
}, testInfo) => {
  test.setTimeout(300_000);
  const demoApi: MockApi = createMockApi({ now: browserNow });
  const demo = await orgFigures(demoApi, DEMO_KEY);
  const acme = await orgFigures(mock, acmeKey);
  expect(acme.seats).not.toBe(demo.seats); // two organisations a person can tell apart

  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:set-demo', enabled: true }),
  );
  await synced(options, 'demo', 0);
  const demoSynced = (await status(options)).lastSync.at;

  // The real key: its organisation's history, apart from the demo's.
  await saveKey(options, acmeKey);
  await synced(options, 'live', demoSynced);
  await expectFiguresEverywhere(ext.context, ext.extensionId, acme);
  await expect(options.getByTestId('history-owner')).toContainText('an unnamed organisation');
  await expect(options.getByTestId('other-histories')).toContainText('Northwind Labs (demo data)');

  const file = await exported(options, testInfo.outputPath('acme.ndjson.gz'));
  expect(file.header.source).toEqual({ kind: 'org', name: null, orgId: null });
  const demoMembers = file.members.filter((id) => demoApi.org.memberById.has(id));
  expect(demoMembers).toEqual([]);
  expect(file.members.every((id) => mock.org.memberById.has(id))).toBe(true);
  expect(file.days).toHaveLength(depth);
  for (const { ids } of file.days)
    expect(ids.every((id) => mock.org.memberById.has(id))).toBe(true);
  // Every one of the organisation's days was fetched with its key: none skipped as stored.
  const fetched = new Set(
    traffic.requests
      .filter((r) => r.headers['x-api-key'] === acmeKey)
      .flatMap((r) => memberDayUrls([r.url]))
      .map((u) => new URL(u).searchParams.get('date')),
  );
  expect(file.days.map((d) => d.day).filter((day) => !fetched.has(day))).toEqual([]);

  // Back to the demo: its own history, its own figures.
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:set-demo', enabled: true }),
  );
  await synced(options, 'demo', demoSynced);
  await expectFiguresEverywhere(ext.context, ext.extensionId, demo);

  // The organisation's file is not imported into the demo's history without asking.
  await options.reload();
  await options.getByLabel('Import history…').setInputFiles(testInfo.outputPath('acme.ndjson.gz'));
  await expect(options.getByTestId('import-question')).toContainText(
    "holds the history of an unnamed organisation; the history here is Northwind Labs (demo data)'s",
  );
  await options
    .getByRole('group', { name: 'Confirm the history import' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(options.getByTestId('history-note')).toContainText('was not imported');
  await expectFiguresEverywhere(ext.context, ext.extensionId, demo);

  // Leaving the demo with a rotated key of the same organisation: its history continues.
  const before = traffic.requests.length;
  const rotatedAt = (await status(options)).lastSync.at;
  await options.reload();
  await saveKey(options, rotatedKey);
  await synced(options, 'live', rotatedAt);
  await expect(options.getByTestId('history-change')).toContainText(
    'This key belongs to an unnamed organisation',
  );
  const again = memberDayUrls(traffic.requests.slice(before).map((r) => r.url)).map((u) =>
    new URL(u).searchParams.get('date'),
  );
  expect(again.length).toBeLessThanOrEqual(2); // the revision window only
  await expectFiguresEverywhere(ext.context, ext.extensionId, acme);
});
