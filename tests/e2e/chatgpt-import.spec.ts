/**
 * Issue 13: importing ChatGPT Enterprise exports in options, in Chromium.
 * The files are the demo organisation's generated exports (lib/demo/chatgpt-export.ts)
 * for periods before the API's latest day by the browser's clock, so the spec holds on
 * any date and under +400 days. Expected figures are counted here from the CSV text
 * with papaparse (header mode), not with Uptake's parser.
 */
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiLatestDay } from './clock';
import { createDemoOrg } from '../../lib/demo';
import { demoChatgptExports, type DemoChatgptFile } from '../../lib/demo/chatgpt-export';

const files = demoChatgptExports(
  createDemoOrg({ members: 120, groups: 4, seed: 3 }),
  apiLatestDay(),
);
const weekly = files.find((f) => f.name.startsWith('user_engagement_weekly'))!;
const month = files.filter((f) => f.name.startsWith('user_engagement_monthly')).at(-1)!;
const monthGpts = files.filter((f) => f.name.startsWith('gpt_engagement_monthly')).at(-1)!;

/** Rows per period (`start`), people and active people, counted from the CSV text. */
function expected(file: DemoChatgptFile) {
  const rows = Papa.parse<Record<string, string>>(file.text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const perPeriod = new Map<string, number>();
  for (const r of rows) perPeriod.set(r.period_start!, (perPeriod.get(r.period_start!) ?? 0) + 1);
  const people = new Set(rows.map((r) => r.email)).size;
  const active = new Set(rows.filter((r) => r.is_active === '1').map((r) => r.email)).size;
  return { rows: rows.length, perPeriod, people, active };
}

const n = (v: number) => v.toLocaleString('en');

async function pick(page: Page, paths: string[]) {
  await page.getByLabel('Drop CSV files here, or choose them').setInputFiles(paths);
  await expect(page.getByTestId('chatgpt-preview')).toBeVisible();
}

test('a month and a set of weeks import after the preview; importing the weeks again replaces them', async ({
  openExtensionPage,
}, testInfo) => {
  const paths = [weekly, month, monthGpts].map((f) => {
    const where = testInfo.outputPath(f.name);
    writeFileSync(where, f.text);
    return where;
  });
  const w = expected(weekly);
  const m = expected(month);
  const options = await openExtensionPage('options.html');
  await expect(options.getByTestId('chatgpt-imported-none')).toBeVisible();

  await pick(options, paths);
  const cards = options.getByTestId('chatgpt-file');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText(`${weekly.name}: User Engagement, weekly`);
  await expect(cards.nth(0).getByTestId('chatgpt-file-summary')).toHaveText(
    `${n(w.rows)} rows, 6 periods, ${n(w.people)} people, ${n(w.active)} active in at least one period.`,
  );
  await expect(cards.nth(1)).toContainText(`${month.name}: User Engagement, monthly`);
  await expect(cards.nth(1).getByTestId('chatgpt-file-summary')).toHaveText(
    `${n(m.rows)} rows, 1 period, ${n(m.people)} people, ${n(m.active)} active in at least one period.`,
  );
  await expect(cards.nth(2)).toContainText(`${monthGpts.name}: GPT Engagement, monthly`);
  await expect(options.getByTestId('chatgpt-period').first()).toContainText('New');
  // Nothing is stored before the confirmation.
  await expect(options.getByTestId('chatgpt-imported-none')).toBeVisible();

  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('chatgpt-note')).toHaveText(
    `Imported 8 periods, ${n(w.rows + m.rows + expected(monthGpts).rows)} rows.`,
  );
  const listed = options.getByTestId('chatgpt-imported-period');
  await expect(listed).toHaveCount(8);
  const [firstWeek, rowsOfFirstWeek] = [...w.perPeriod][0]!;
  await expect(listed.filter({ hasText: `Week ${firstWeek}` })).toContainText(
    `User Engagement${n(rowsOfFirstWeek)}`,
  );

  // The same weeks again: replaced, never added to.
  await pick(options, [paths[0]!]);
  await expect(options.getByTestId('chatgpt-period').first()).toContainText(
    `Replaces the ${n(rowsOfFirstWeek)} rows imported`,
  );
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('chatgpt-note')).toContainText(
    `Imported 6 periods, ${n(w.rows)} rows. 6 periods replaced what was imported before`,
  );
  await expect(listed).toHaveCount(8);
  await expect(listed.filter({ hasText: `Week ${firstWeek}` })).toContainText(
    `User Engagement${n(rowsOfFirstWeek)}`,
  );

  // Remove one period.
  await options.getByRole('button', { name: `Remove User Engagement Week ${firstWeek}` }).click();
  await expect(listed).toHaveCount(7);
});

test('a file that is not a ChatGPT export is refused with what was expected, and nothing changes', async ({
  openExtensionPage,
}, testInfo) => {
  const orgChart = testInfo.outputPath('org-chart.csv');
  writeFileSync(
    orgChart,
    'Work Email,Department,Manager\nana@northwind.example,Sales,ben@northwind.example\n',
  );
  const options = await openExtensionPage('options.html');
  await pick(options, [orgChart]);
  await expect(options.getByTestId('chatgpt-file-refused')).toContainText(
    'This is not a ChatGPT Enterprise export. Uptake reads the User Engagement file',
  );
  await expect(options.getByTestId('chatgpt-file-refused')).toContainText(
    'this file begins with the columns work email, department, manager.',
  );
  await expect(options.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await options.getByRole('button', { name: 'Cancel' }).last().click();
  await expect(options.getByTestId('chatgpt-imported-none')).toBeVisible();
});
