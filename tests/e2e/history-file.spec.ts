import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { exportCsv, exportRows } from './chatgpt-exports';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { launchExtension } from './launch';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 10, rateLimitPerMinute: 3000, scheduleHours: 6 } };

async function orgModel(page: Page) {
  return page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
  );
}

test('the history moves to a new browser profile as a file, without the key', async ({
  ext,
  mock,
  openExtensionPage,
}, testInfo) => {
  // Two browsers, a sync and an import: a 2-year history (the clock 400 days ahead) takes longer.
  test.setTimeout(60_000);
  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText(
    `Synced to ${mock.latestAvailableDay()}`,
    { timeout: 20_000 },
  );
  const original = (await orgModel(options)).model;
  // A week of ChatGPT exports imported too (issue 13): it moves with the file (version 2).
  const chatgpt = exportRows('Weekly', '2026-03-01', '2026-03-07', ['ana@northwind.example']);
  const csv = testInfo.outputPath('chatgpt-week.csv');
  writeFileSync(csv, exportCsv(chatgpt));
  await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(csv);
  await expect(options.getByTestId('chatgpt-preview')).toContainText('User Engagement');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('chatgpt-note')).toContainText(
    `Imported 1 period, ${chatgpt.length} rows.`,
  );

  await options.reload();
  await expect(options.getByTestId('history-stats')).toContainText('10 days');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export history' }).click(),
  ]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^uptake-history-\d{4}-\d{2}-\d{2}\.ndjson(\.gz)?$/);

  // A new laptop: a fresh profile with no key and no history.
  const fresh = await launchExtension();
  try {
    // Nothing may reach the network from the fresh profile.
    await fresh.context.route('https://api.anthropic.com/**', (route) => route.abort());
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html`);
    expect((await orgModel(page)).model).toBeNull();
    await page.getByLabel('Import history…').setInputFiles(file);
    await expect(page.getByTestId('history-note')).toContainText('Imported');
    // The note says what came of both: the Claude history's records and the ChatGPT week.
    await expect(page.getByTestId('history-note')).toContainText(
      /history records and 1 ChatGPT period \(/,
    );
    const moved = (await orgModel(page)).model;
    expect(moved.freshness.latestDay).toBe(original.freshness.latestDay);
    expect(moved.adoption.monthly.actives).toBe(original.adoption.monthly.actives);
    expect(moved.adoption.weekly.actives).toBe(original.adoption.weekly.actives);
    // The ChatGPT week came along, every row.
    await page.reload();
    const period = page.getByTestId('chatgpt-imported-period');
    await expect(period).toHaveCount(1);
    await expect(period).toContainText(String(chatgpt.length));
    // The key did not travel.
    await expect(page.getByTestId('key-state')).toHaveText('No key saved.');
  } finally {
    await fresh.close();
  }
});

test('a damaged history file is refused with a reason and nothing is written', async ({
  openExtensionPage,
}, testInfo) => {
  const page = await openExtensionPage('options.html');
  const file = testInfo.outputPath('not-a-history.ndjson');
  await import('node:fs').then((fs) =>
    fs.writeFileSync(file, '{"format":"something-else","version":1}\n{"store":"summaries"}\n'),
  );
  await page.getByLabel('Import history…').setInputFiles(file);
  await expect(page.getByTestId('history-note')).toContainText(/not an Uptake history/i);
  await expect(page.getByTestId('history-stats')).toHaveText('Nothing stored yet.');
});
