/**
 * The Tools view on the demo organisation's own ChatGPT exports
 * (lib/demo/chatgpt-export.ts: 6 weeks and 3 months in the real format),
 * imported in options: the latest week's ChatGPT seats and actives equal
 * those counted in the test from the CSV file; screenshots in light and dark
 * (the README's docs/tools.png comes from `npm run demo -- --headless`: companion-tools.png).
 */
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { demoChatgptExports } from '../../lib/demo/chatgpt-export';
import { createDemoOrg } from '../../lib/demo/org';
import { apiLatestDay } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

const orgOptions = { members: 300, groups: 6, seed: 7 };
test.use({ mockOptions: { org: orgOptions, rateLimitPerMinute: 3000 } });

const LATEST = apiLatestDay();

test('the demo’s ChatGPT exports beside its Claude history', async ({ ext, openExtensionPage }) => {
  test.setTimeout(240_000);
  await seedSettings(ext, {
    orgName: 'Northwind Labs',
    sync: { historyDepthDays: 60, rateLimitPerMinute: 3000, scheduleHours: 6 },
  });
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('radio', { name: 'on this device' }).check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${LATEST}`, {
    timeout: 120_000,
  });
  const files = demoChatgptExports(createDemoOrg(orgOptions), LATEST);
  const paths = files.map((f) => {
    const path = test.info().outputPath(f.name);
    writeFileSync(path, f.text);
    return path;
  });
  await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(paths);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('chatgpt-note')).toContainText('Imported');

  // The latest whole week, counted from the weekly file.
  const weekly = files.find((f) => f.kind === 'users' && f.name.includes('weekly'))!;
  const rows = Papa.parse<Record<string, string>>(weekly.text.trim(), { header: true }).data;
  const lastEnd = rows.reduce((d, r) => (r.period_end! > d ? r.period_end! : d), '');
  const week = rows.filter((r) => r.period_end === lastEnd);
  const seats = week.filter((r) => r.user_status === 'enabled');
  const active = seats.filter((r) => r.is_active === '1');

  const page = await openExtensionPage('companion.html#view=tools');
  await expect(page.getByTestId('tools-view')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('tools-period').selectOption(`weekly:${week[0]!.period_start}:${lastEnd}`);
  const cell = page.getByTestId('tools-row-org').getByTestId('tools-chatgpt');
  await expect(cell).toHaveAttribute('data-seats', String(seats.length));
  await expect(cell).toHaveAttribute('data-active', String(active.length));
  await page.screenshot({ path: '.tmp/shots/tools/demo-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '.tmp/shots/tools/demo-dark.png', fullPage: true });
});
