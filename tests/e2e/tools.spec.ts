/**
 * The companion's Tools view (issue 13): ChatGPT Enterprise exports beside
 * the synced demo organisation. The exports are written here in the real
 * format for the demo's own people (chatgpt-exports.ts), imported in
 * options, and every figure checked is computed in the test from those rows
 * and the mock's per-day /users answers — not read back from Uptake.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { MockApi } from '../../lib/demo/mock-api';
import { exportCsv, exportRows, type ExportRow } from './chatgpt-exports';
import { apiLatestDay } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

test.use({ mockOptions: { org: { members: 120, groups: 4, seed: 7 }, rateLimitPerMinute: 3000 } });

const LATEST = apiLatestDay();
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysOf = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = shift(d, 1)) out.push(d);
  return out;
};
/** The last two whole Sunday–Saturday weeks up to LATEST. */
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const lastSaturday = shift(LATEST, weekday(LATEST) === 6 ? 0 : -(weekday(LATEST) + 1));
const WEEKS = [
  [shift(lastSaturday, -13), shift(lastSaturday, -7)],
  [shift(lastSaturday, -6), lastSaturday],
] as const;
/** The last whole calendar month before LATEST's (inside 60 days of history). */
const MONTH_END = shift(`${LATEST.slice(0, 8)}01`, -1);
const MONTH = [`${MONTH_END.slice(0, 8)}01`, MONTH_END] as const;

/** Claude, from the mock's own per-day /users rows: seat holders and actives per period. */
async function claudeOf(mock: MockApi, from: string, to: string) {
  const seats = new Set<string>();
  const active = new Set<string>();
  for (const day of daysOf(from, to)) {
    let page: string | null = null;
    do {
      const res = await mock.handle({
        method: 'GET',
        url: `https://api.anthropic.com/v1/organizations/analytics/users?date=${day}&limit=1000${page ? `&page=${page}` : ''}`,
        headers: { 'x-api-key': DEMO_KEY, 'anthropic-beta': 'analytics-usage-cost-2026-08-24' },
      });
      const body = JSON.parse(res.body);
      for (const r of body.data) {
        const email = String(r.user.email_address).toLowerCase();
        seats.add(email);
        if (
          r.chat_metrics.message_count > 0 ||
          r.claude_code_metrics.core_metrics.distinct_session_count > 0 ||
          r.cowork_metrics.distinct_session_count > 0
        )
          active.add(email);
      }
      page = body.has_more ? body.next_page : null;
    } while (page);
  }
  return { seats, active };
}

/** The org row's figures, computed from the export rows and Claude's. */
function expected(rows: readonly ExportRow[], claude: { seats: Set<string>; active: Set<string> }) {
  const gSeats = new Set(rows.filter((r) => r.status === 'enabled').map((r) => r.email));
  const gActive = new Set(rows.filter((r) => r.active).map((r) => r.email));
  const either = new Set([...gSeats, ...claude.seats]);
  const count = (f: (e: string) => boolean) => [...either].filter(f).length;
  return {
    chatgpt: [gActive.size, gSeats.size],
    claude: [claude.active.size, claude.seats.size],
    combined: [count((e) => gActive.has(e) || claude.active.has(e)), either.size],
    both: count((e) => gActive.has(e) && claude.active.has(e)),
    onlyChatgpt: count((e) => gActive.has(e) && !claude.active.has(e)),
    onlyClaude: count((e) => !gActive.has(e) && claude.active.has(e)),
    neither: count((e) => !gActive.has(e) && !claude.active.has(e)),
  };
}

async function syncDemoOrg(
  ext: any,
  openExtensionPage: (f: string) => Promise<Page>,
  extra: Record<string, unknown> = {},
) {
  await seedSettings(ext, {
    orgName: 'Northwind Labs',
    sync: { historyDepthDays: 60, rateLimitPerMinute: 3000, scheduleHours: 6 },
    ...extra,
  });
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('radio', { name: 'on this device' }).check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${LATEST}`, {
    timeout: 120_000,
  });
  return options;
}

async function checkRow(page: Page, want: ReturnType<typeof expected>) {
  const row = page.getByTestId('tools-row-org');
  const pair = async (testid: string, [active, seats]: readonly number[]) => {
    const cell = row.getByTestId(testid);
    await expect(cell).toHaveAttribute('data-active', String(active));
    await expect(cell).toHaveAttribute('data-seats', String(seats));
    await expect(cell).toContainText(`${((active! / seats!) * 100).toFixed(1)}%`);
    await expect(cell).toContainText(`${active} of ${seats}`);
  };
  await pair('tools-chatgpt', want.chatgpt);
  await pair('tools-claude', want.claude);
  await pair('tools-combined', want.combined);
  await expect(row.getByTestId('tools-both')).toHaveText(String(want.both));
  await expect(row.getByTestId('tools-only-chatgpt')).toHaveText(String(want.onlyChatgpt));
  await expect(row.getByTestId('tools-only-claude')).toHaveText(String(want.onlyClaude));
  await expect(row.getByTestId('tools-neither')).toHaveText(String(want.neither));
}

/** The demo's member emails (from /users over the month and the weeks). */
async function memberEmails(mock: MockApi): Promise<string[]> {
  const { seats } = await claudeOf(mock, MONTH[0], LATEST);
  return [...seats].sort();
}

/**
 * Imports the exports in options, as an admin does: one file per export
 * (a month, and a multi-week file with one row per person per week).
 */
async function importInOptions(options: Page, files: { name: string; rows: ExportRow[] }[]) {
  const paths = files.map((f) => {
    const path = test.info().outputPath(f.name);
    writeFileSync(path, exportCsv(f.rows));
    return path;
  });
  await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(paths);
  await expect(options.getByTestId('chatgpt-preview')).toContainText('User Engagement');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  const periods = new Set(files.flatMap((f) => f.rows.map((r) => `${r.cadence}${r.start}`))).size;
  const rows = files.reduce((n, f) => n + f.rows.length, 0);
  await expect(options.getByTestId('chatgpt-note')).toContainText(
    `Imported ${periods} period${periods === 1 ? '' : 's'}, ${rows} rows.`,
  );
}

test('the Tools view shows ChatGPT beside Claude, as computed from the exports and /users', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  // A target on the combined figure, set as options saves it.
  const options = await syncDemoOrg(ext, openExtensionPage, {
    metrics: {
      targets: [
        { id: 'ai90', metric: 'monthly_ai_active_share', scope: 'org', value: 90, deadline: null },
      ],
    },
  });
  const emails = await memberEmails(mock);
  const month = exportRows('Monthly', MONTH[0], MONTH[1], emails);
  const weeks = WEEKS.map(([s, e]) => exportRows('Weekly', s, e, emails));
  await importInOptions(options, [
    { name: 'monthly-user-engagement.csv', rows: month },
    { name: 'weekly-user-engagement.csv', rows: weeks.flat() },
  ]);

  const page = await openExtensionPage('companion.html#view=tools');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await expect(page.getByTestId('tools-view')).toBeVisible({ timeout: 60_000 });
  // Periods are listed latest end first (the month may end after the last whole week).
  await page.getByTestId('tools-period').selectOption(`weekly:${WEEKS[1][0]}:${WEEKS[1][1]}`);
  await checkRow(page, expected(weeks[1]!, await claudeOf(mock, WEEKS[1][0], WEEKS[1][1])));
  await page.screenshot({ path: '.tmp/shots/tools/tools-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '.tmp/shots/tools/tools-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  // The ChatGPT-only people sit in a SCIM group of the export: a team of its own (12 ≥ k).
  const research = weeks[1]!.filter((r) => r.group === 'SG-ChatGPT-Research');
  const researchCell = page
    .getByTestId('tools-row-chatgpt-group:SG-ChatGPT-Research')
    .getByTestId('tools-chatgpt');
  await expect(researchCell).toHaveAttribute(
    'data-active',
    String(research.filter((r) => r.active).length),
  );
  await expect(researchCell).toHaveAttribute('data-seats', String(research.length));
  await page.getByTestId('tools-period').selectOption(`monthly:${MONTH[0]}:${MONTH[1]}`);
  const monthly = expected(month, await claudeOf(mock, MONTH[0], MONTH[1]));
  await checkRow(page, monthly);
  // 90% of the month's people with a seat in either tool, against those active in either.
  const [mActive, mSeats] = monthly.combined as [number, number];
  const gap = Math.max(0, Math.ceil(0.9 * mSeats - 1e-9) - mActive);
  await expect(page.getByTestId('tools-target')).toContainText(
    `${((mActive / mSeats) * 100).toFixed(1)}% (${mActive} of ${mSeats}); ${gap === 0 ? 'reached' : `${gap} more people needed`}`,
  );
  // Its forecast (forecast.ts, as Claude's targets): one imported month is too few to fit.
  await expect(page.getByTestId('tools-target-forecast')).toHaveText(
    gap === 0 ? 'Reached.' : 'Too little history to forecast (1 month).',
  );
  await page.getByTestId('tools-period').selectOption(`weekly:${WEEKS[0][0]}:${WEEKS[0][1]}`);
  await checkRow(page, expected(weeks[0]!, await claudeOf(mock, WEEKS[0][0], WEEKS[0][1])));
  expect(errors).toEqual([]);

  // The popup's line: the org's AI-active share in the latest period (by end day).
  const latest = [
    [MONTH, month],
    [WEEKS[1], weeks[1]!],
  ].sort((a, b) =>
    (a[0] as readonly string[])[1]! < (b[0] as readonly string[])[1]! ? 1 : -1,
  )[0]!;
  const [from, to] = latest[0] as readonly string[];
  const want = expected(latest[1] as ExportRow[], await claudeOf(mock, from!, to!));
  const popup = await openExtensionPage('popup.html');
  const [active, seats] = want.combined;
  await expect(popup.getByTestId('popup-tools-line')).toContainText(
    `AI-active ${((active! / seats!) * 100).toFixed(1)}% (${active} of ${seats})`,
  );
  await popup.screenshot({ path: '.tmp/shots/tools/popup-light.png', fullPage: true });
});

test('team grain only: the Tools view and the popup line name nobody', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const options = await syncDemoOrg(ext, openExtensionPage, {
    metrics: { privacy: { k: 5, teamGrainOnly: true } },
  });
  const emails = await memberEmails(mock);
  await importInOptions(options, [
    { name: 'week.csv', rows: exportRows('Weekly', WEEKS[1][0], WEEKS[1][1], emails) },
  ]);
  const page = await openExtensionPage('companion.html#view=tools');
  await expect(page.getByTestId('tools-view')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Team grain only: no individual is shown.')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('@');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popup-tools-line')).toBeVisible();
  expect(await popup.locator('body').innerText()).not.toContain('@');
});
