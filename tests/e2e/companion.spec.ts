/**
 * The companion page on a synced demo organisation (300 members, 6 groups,
 * 60 days of per-member history). Every number asserted here is computed in
 * the test from the mock API's own answers (per-day /users rows, /summaries,
 * /cost), not read back from Uptake.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import type { MockApi } from '../../lib/demo/mock-api';
import { apiLatestDay, browserNow, browserToday, daysBetween } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });

/** The latest day the fixtures' mock serves in this run (by the browser's clock). */
const LATEST = apiLatestDay();
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = shift(d, 1)) out.push(d);
  return out;
};
const FIRST_STORED = shift(LATEST, -59);
const MONTH_START = `${LATEST.slice(0, 8)}01`;
/** Days after LATEST left in its month (Date.UTC's day 0 is the previous month's last day). */
const MONTH_LEFT =
  new Date(Date.UTC(Number(LATEST.slice(0, 4)), Number(LATEST.slice(5, 7)), 0)).getUTCDate() -
  Number(LATEST.slice(8));
const pct1 = (x: number) => `${x.toFixed(1)}%`;
const usd = (x: number, digits = 2) =>
  x.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** Independent figures from the mock's own API answers. */
class Oracle {
  private rows = new Map<string, any[]>();
  constructor(private mock: MockApi) {}
  async get(path: string): Promise<any> {
    const res = await this.mock.handle({
      method: 'GET',
      url: `https://api.anthropic.com/v1/organizations/analytics/${path}`,
      headers: { 'x-api-key': DEMO_KEY, 'anthropic-beta': 'analytics-usage-cost-2026-08-24' },
    });
    return JSON.parse(res.body);
  }
  async all(path: string): Promise<any[]> {
    const out: any[] = [];
    let page: string | null = null;
    do {
      const body: any = await this.get(`${path}&limit=1000${page ? `&page=${page}` : ''}`);
      out.push(...body.data);
      page = body.next_page ?? (body.has_more ? body.next_page : null);
    } while (page);
    return out;
  }
  async usersOn(day: string): Promise<any[]> {
    if (!this.rows.has(day)) this.rows.set(day, await this.all(`users?date=${day}`));
    return this.rows.get(day)!;
  }
  static products(r: any): string[] {
    const office = ['excel', 'powerpoint', 'word', 'outlook'].reduce(
      (s, a) => s + (r.office_metrics?.[a]?.distinct_session_count ?? 0),
      0,
    );
    return [
      r.chat_metrics.message_count > 0 && 'chat',
      r.claude_code_metrics.core_metrics.distinct_session_count > 0 && 'claude_code',
      r.cowork_metrics.distinct_session_count > 0 && 'cowork',
      office > 0 && 'office',
      (r.design_metrics?.distinct_session_count ?? 0) > 0 && 'design',
    ].filter(Boolean) as string[];
  }
  static active(r: any): boolean {
    return Oracle.products(r).some((p) => p === 'chat' || p === 'claude_code' || p === 'cowork');
  }
  /** Member id → set of days active, over [from, to]. */
  async activeDays(from: string, to: string): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (const d of days(from, to))
      for (const r of await this.usersOn(d)) {
        if (!Oracle.active(r)) continue;
        if (!out.has(r.user.id)) out.set(r.user.id, new Set());
        out.get(r.user.id)!.add(d);
      }
    return out;
  }
  async groups(): Promise<{ id: string; name: string; members: string[] }[]> {
    const win = `starting_date=${shift(LATEST, -29)}&ending_date=${shift(LATEST, 1)}`;
    const rows = await this.all(`users?${win}&group_by[]=rbac_group_id`);
    const out = [];
    for (const g of rows.filter((r) => r.rbac_group_id)) {
      const members = await this.all(
        `users?${win}&filter[]=${encodeURIComponent(`rbac_group_id:${g.rbac_group_id}`)}`,
      );
      out.push({
        id: g.rbac_group_id,
        name: g.rbac_group_name,
        members: [...new Set(members.map((m: any) => m.user.id as string))],
      });
    }
    return out;
  }
  async cost(groupBy: string): Promise<any[]> {
    return this.all(
      `cost?starting_at=${shift(LATEST, -29)}T00:00:00Z&ending_at=${shift(LATEST, 1)}T00:00:00Z&time_bucket_width=1d${groupBy}`,
    );
  }
}

async function syncDemoOrg(
  ext: any,
  openExtensionPage: (f: string) => Promise<Page>,
  extra: Record<string, unknown> = {},
  latest = LATEST,
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
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latest}`, {
    timeout: 120_000,
  });
  await options.close();
}

async function openCompanion(openExtensionPage: (f: string) => Promise<Page>, hash = '') {
  const page = await openExtensionPage(`companion.html${hash}`);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `.tmp/shots/companion/${name}.png`, fullPage: true });
}

async function saved(download: Download): Promise<string[][]> {
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text.trim()).data;
}

test('overview, teams and funnel show the demo org’s numbers', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await syncDemoOrg(ext, openExtensionPage);
  const o = new Oracle(mock);
  const { page, errors } = await openCompanion(openExtensionPage);

  // Tier 1: the org's monthly adoption is /summaries' MAU over assigned seats.
  const summary = (await o.get(`summaries?starting_date=${LATEST}&ending_date=${shift(LATEST, 1)}`))
    .data[0];
  await expect(page.getByTestId('monthly-rate')).toHaveText(
    pct1((summary.monthly_active_user_count / summary.assigned_seat_count) * 100),
  );
  await expect(page.getByTestId('weekly-rate')).toHaveText(
    pct1((summary.weekly_active_user_count / summary.assigned_seat_count) * 100),
  );
  await expect(page.getByTestId('seat-count')).toHaveText(String(summary.assigned_seat_count));
  await expect(page.getByTestId('adoption-chart').locator('canvas')).toHaveAttribute(
    'aria-label',
    /Monthly adoption went from .* target line at 70%/,
  );

  // Tier 2: Claude Code over the last 30 days, from per-day rows.
  const dev = new Map<string, number>();
  let acc = 0;
  let rej = 0;
  let prs = 0;
  let lines = 0;
  for (const d of days(shift(LATEST, -29), LATEST))
    for (const r of await o.usersOn(d)) {
      const c = r.claude_code_metrics;
      const s = c.core_metrics.distinct_session_count;
      if (s > 0) dev.set(r.user.id, (dev.get(r.user.id) ?? 0) + s);
      for (const t of Object.values(c.tool_actions) as any[]) {
        acc += t.accepted_count;
        rej += t.rejected_count;
      }
      prs += c.core_metrics.pull_request_count;
      lines += c.core_metrics.lines_of_code.added_count;
    }
  await expect(page.getByTestId('code-devs')).toHaveText(String(dev.size));
  await expect(page.getByTestId('accept-rate')).toHaveText(pct1((acc / (acc + rej)) * 100));
  await expect(page.getByTestId('code-prs')).toHaveText((prs / dev.size).toFixed(1));
  await expect(page.getByTestId('code-lines')).toHaveText(
    Math.round(lines / dev.size).toLocaleString('en-US'),
  );
  await shot(page, 'overview-light');

  // Weekdays only (kept in the URL): weekend activity no longer counts in the Claude Code figures.
  const weekdayDevs = new Set<string>();
  for (const d of days(shift(LATEST, -29), LATEST)) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    for (const r of await o.usersOn(d))
      if (r.claude_code_metrics.core_metrics.distinct_session_count > 0) weekdayDevs.add(r.user.id);
  }
  await page.getByTestId('weekdays').check();
  await expect(page).toHaveURL(/weekdays=1/);
  await expect(page.getByTestId('code-devs')).toHaveText(String(weekdayDevs.size));
  await page.getByTestId('weekdays').uncheck();
  await expect(page.getByTestId('code-devs')).toHaveText(String(dev.size));

  // Teams: each group's monthly adoption = members active in 30 days / members seen in 30 days.
  const groups = await o.groups();
  const active30 = await o.activeDays(shift(LATEST, -29), LATEST);
  const rate = (g: { members: string[] }) =>
    (g.members.filter((m) => active30.has(m)).length / g.members.length) * 100;
  await page.getByTestId('nav-teams').click();
  const table = page.getByTestId('teams-table');
  for (const g of groups) {
    const row = table.locator(`tr[data-row="${g.id}"]`);
    if (g.members.length < 5) await expect(row).toContainText('hidden');
    else await expect(row.locator('td').nth(1)).toHaveText(pct1(rate(g)));
  }
  // Sorted by monthly adoption, highest first; a click on the header turns it round.
  const visible = groups.filter((g) => g.members.length >= 5).sort((a, b) => rate(b) - rate(a));
  const order = async () =>
    await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((t) => t.getAttribute('data-row')));
  expect((await order()).slice(0, visible.length)).toEqual(visible.map((g) => g.id));
  await table.getByRole('button', { name: /Monthly adoption/ }).click();
  expect((await order()).slice(0, visible.length)).toEqual([...visible].reverse().map((g) => g.id));
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Monthly adoption');
  await shot(page, 'teams-light');
  // Keyboard: Tab reaches the first row, ArrowDown moves, Enter scopes every view to that team.
  await table.locator('tbody tr').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = (await order())[1]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`scope=${second}`));
  await expect(page.getByTestId('monthly-rate')).toHaveText(
    pct1(rate(groups.find((g) => g.id === second)!)),
  );

  // Funnel of the org as of the latest day.
  await page.goto(page.url().replace(/#.*/, '#view=funnel'));
  const seatHolders = await o.usersOn(LATEST);
  const ever = await o.activeDays(FIRST_STORED, LATEST);
  const weekOf = (d: string) => Math.floor((Date.parse(LATEST) - Date.parse(d)) / (7 * 86_400_000));
  const products30 = new Map<string, Set<string>>();
  for (const d of days(shift(LATEST, -29), LATEST))
    for (const r of await o.usersOn(d))
      for (const p of Oracle.products(r))
        (products30.get(r.user.id) ?? products30.set(r.user.id, new Set()).get(r.user.id)!).add(p);
  const stages = [0, 0, 0, 0, 0];
  for (const r of seatHolders) {
    const id = r.user.id;
    stages[0]! += 1;
    if (!ever.has(id)) continue;
    stages[1]! += 1;
    if (!active30.has(id)) continue;
    stages[2]! += 1;
    if (new Set([...active30.get(id)!].map(weekOf).filter((w) => w < 4)).size < 3) continue;
    stages[3]! += 1;
    if ((products30.get(id)?.size ?? 0) < 2) continue;
    stages[4]! += 1;
  }
  const keys = ['seats', 'activated', 'active-month', 'weekly-habit', 'multi-product'];
  for (const [i, key] of keys.entries())
    await expect(page.getByTestId(`stage-${key}`)).toHaveText(String(stages[i]));
  await expect(page.getByTestId('pending-invites')).toContainText(
    String(summary.pending_invite_count),
  );
  await shot(page, 'funnel-light');

  // Tier 2 time saved and Tier 3 KPIs for a team: hours = estimate × the team's weekly actives,
  // the KPI beside the team's monthly adoption on its day.
  const sales = groups.find((g) => g.name === 'Sales')!;
  const active7 = await o.activeDays(shift(LATEST, -6), LATEST);
  await page.goto(page.url().replace(/#.*/, '#view=overview'));
  const saved = page.getByRole('form', { name: 'Add a time-saved estimate' });
  await saved.getByLabel('Team').selectOption(sales.id);
  await saved.getByLabel('Hours per active member per week').fill('2.5');
  await saved.getByLabel('Source').fill('Q3 pulse survey, n = 31');
  await saved.getByLabel('Survey date').fill('2026-10-15');
  await saved.getByRole('button', { name: 'Add estimate' }).click();
  const estimate = page.getByTestId('time-saved-table').locator('tbody tr', { hasText: 'Sales' });
  const weekly = sales.members.filter((m) => active7.has(m)).length;
  await expect(estimate.locator('td').nth(1)).toHaveText(String(weekly));
  await expect(estimate.locator('td').nth(2)).toHaveText(
    Math.round(weekly * 2.5).toLocaleString('en-US'),
  );
  await expect(estimate).toContainText('Q3 pulse survey, n = 31 (2026-10-15)');
  const kpi = page.getByRole('form', { name: 'Add a KPI value' });
  await kpi.getByLabel('Team').selectOption(sales.id);
  await kpi.getByLabel('KPI').fill('Deals closed');
  await kpi.getByLabel('Day').fill(LATEST);
  await kpi.getByLabel('Value').fill('14');
  await kpi.getByRole('button', { name: 'Add value' }).click();
  const kpiRow = page.getByTestId('kpi-table').locator('tbody tr', { hasText: 'Deals closed' });
  await expect(kpiRow.locator('td').nth(3)).toHaveText(pct1(rate(sales)));
  await expect(page.getByTestId('kpi-caption')).toContainText('association, not proof');
  expect(errors).toEqual([]);
});

test('seats: dormant with an editable N, never activated, and the reclaim list exported pseudonymised', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await syncDemoOrg(ext, openExtensionPage, {
    metrics: { seats: { dormantDays: 30, reclaimDays: 45, activationGraceDays: 14 } },
  });
  const o = new Oracle(mock);
  const { page, errors } = await openCompanion(openExtensionPage, '#view=seats');
  const ever = await o.activeDays(FIRST_STORED, LATEST);
  const holders = (await o.usersOn(LATEST)).map((r) => r.user.id as string);
  const firstSeen = new Map<string, string>();
  for (const d of days(FIRST_STORED, LATEST))
    for (const r of await o.usersOn(d)) if (!firstSeen.has(r.user.id)) firstSeen.set(r.user.id, d);
  const gap = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  const idle = (id: string) => gap([...ever.get(id)!].sort().at(-1)!, LATEST);
  const dormant = (n: number) => holders.filter((id) => ever.has(id) && idle(id) >= n);
  const never = holders.filter((id) => !ever.has(id) && gap(firstSeen.get(id)!, LATEST) >= 14);
  const reclaim = [
    ...dormant(45),
    ...holders.filter((id) => !ever.has(id) && gap(firstSeen.get(id)!, LATEST) >= 45),
  ];

  await expect(page.getByTestId('seat-holders')).toHaveText(String(holders.length));
  await expect(page.getByTestId('dormant-count')).toHaveText(String(dormant(30).length));
  await expect(page.getByTestId('never-count')).toHaveText(String(never.length));
  await expect(page.getByTestId('reclaim-table').locator('caption')).toContainText(
    `(${reclaim.length} seats)`,
  );
  await shot(page, 'seats-light');

  // N is editable: 14 days.
  await page.getByTestId('dormant-days').fill('14');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('dormant-count')).toHaveText(String(dormant(14).length));

  // The reclaim list as CSV: one line per seat, emails replaced by pseudonyms (the default privacy setting).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-reclaim').click(),
  ]);
  const rows = await saved(download);
  expect(download.suggestedFilename()).toBe(`uptake-reclaim-list-org-${LATEST}.csv`);
  expect(rows[0]).toEqual(['Member', 'Last active day', 'Days idle', 'Seat since', 'Why']);
  expect(rows.length - 1).toBe(reclaim.length);
  expect(rows.slice(1).every((r) => /^member-[0-9a-f]{12}$/.test(r[0]!))).toBe(true);
  expect(rows.flat().join()).not.toContain('@');
  expect(errors).toEqual([]);
});

test('spend: month to date, forecast, cost per outcome, the overage caveat and limit warnings', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await syncDemoOrg(ext, openExtensionPage);
  const o = new Oracle(mock);
  const { page, errors } = await openCompanion(openExtensionPage, '#view=spend');
  const daily = new Map<string, number>();
  let code = 0;
  for (const r of await o.cost('&group_by[]=product&group_by[]=model')) {
    const d = r.starting_at.slice(0, 10);
    daily.set(d, (daily.get(d) ?? 0) + Number(r.cost.amount) / 100);
    if (r.group.product === 'claude_code') code += Number(r.cost.amount) / 100;
  }
  const window = days(shift(LATEST, -29), LATEST);
  const total = window.reduce((s, d) => s + (daily.get(d) ?? 0), 0);
  const mtd = days(MONTH_START, LATEST).reduce((s, d) => s + (daily.get(d) ?? 0), 0);
  // Run rate: the last 7 days, or the days of the month so far when fewer.
  const basis = Math.min(7, Number(LATEST.slice(8)));
  const rate =
    days(shift(LATEST, -(basis - 1)), LATEST).reduce((s, d) => s + (daily.get(d) ?? 0), 0) / basis;
  const forecast = mtd + rate * MONTH_LEFT;
  const actives = (await o.activeDays(shift(LATEST, -29), LATEST)).size;
  let prs = 0;
  for (const d of window)
    for (const r of await o.usersOn(d))
      prs += r.claude_code_metrics.core_metrics.pull_request_count;

  await expect(page.getByTestId('spend-total')).toHaveText(usd(total));
  await expect(page.getByTestId('spend-mtd')).toHaveText(usd(mtd));
  await expect(page.getByTestId('spend-forecast')).toHaveText(usd(forecast));
  await expect(page.getByTestId('cost-per-active')).toHaveText(usd(total / actives));
  await expect(page.getByTestId('cost-per-pr')).toHaveText(usd(code / prs));
  // Top spenders: month to date per person, from the mock's /cost grouped by actor.
  const perPerson = new Map<string, number>();
  for (const r of await o.all(
    `cost?starting_at=${MONTH_START}T00:00:00Z&ending_at=${shift(LATEST, 1)}T00:00:00Z&group_by[]=actor`,
  )) {
    const email = r.group.actor?.email_address;
    if (email) perPerson.set(email, (perPerson.get(email) ?? 0) + Number(r.cost.amount) / 100);
  }
  const ranked = [...perPerson.entries()].sort((a, b) => b[1] - a[1]);
  expect(ranked.length).toBeGreaterThan(0);
  const spenders = page.getByTestId('top-spenders').locator('tbody tr');
  await expect(spenders).toHaveCount(Math.min(20, ranked.length));
  await expect(spenders.first()).toContainText(ranked[0]![0]);
  await expect(spenders.first()).toContainText(usd(ranked[0]![1]));
  // Plan billing: seat-based says plainly that these are overage figures only.
  await expect(page.getByTestId('plan-note')).toContainText('overage (usage credits) only');
  await page.getByTestId('plan-billing').selectOption('seat-based');
  await expect(page.getByTestId('plan-note')).toContainText(
    'Your plan is seat-based: these figures are usage credits (overage) only',
  );

  // An org cap at MTD / 0.8 → the 75% warning, and the forecast runs past it.
  const cap = Math.round(mtd / 0.8);
  await page.getByTestId('limit-level').selectOption('org-cap');
  await page.getByTestId('limit-amount').fill(String(cap));
  await page.getByRole('button', { name: 'Save limit' }).click();
  const limits = page.getByTestId('limits-table');
  await expect(limits).toContainText(
    `75% warning: ${Math.round((mtd / cap) * 100)}% of the limit used`,
  );
  if (forecast >= cap) await expect(page.getByTestId('cap-forecast-warning')).toBeVisible();

  // A group per-user limit, compared with the group's average spend per member.
  const groups = await o.groups();
  const eng = groups.find((g) => g.name === 'Engineering')!;
  let engMtd = 0;
  for (const r of await o.cost('&group_by[]=rbac_group_id'))
    if (r.group.rbac_group_id === eng.id && r.starting_at.slice(0, 10) >= MONTH_START)
      engMtd += Number(r.cost.amount) / 100;
  const perMember = engMtd / eng.members.length;
  // A whole-dollar limit near 92% use. Early in a month the average is a few dollars and the
  // nearest whole dollar may land in another band: the expected words follow the 75/90/100% rule.
  const groupLimit = Math.max(1, Math.round(perMember / 0.92));
  const used = perMember / groupLimit;
  const band =
    used >= 1
      ? 'Limit reached: '
      : used >= 0.9
        ? '90% warning: '
        : used >= 0.75
          ? '75% warning: '
          : '';
  await page.getByTestId('limit-level').selectOption('group');
  await page.getByTestId('limit-group').selectOption(eng.id);
  await page.getByTestId('limit-amount').fill(String(groupLimit));
  await page.getByRole('button', { name: 'Save limit' }).click();
  await expect(limits.locator('tr', { hasText: 'Engineering' })).toContainText(
    `${band}${Math.round(used * 100)}% of the limit used`,
  );
  await shot(page, 'spend-light');
  // Kept across a reload (storage.local).
  await page.reload();
  await expect(page.getByTestId('limits-table')).toContainText('Engineering');
  await expect(page.getByTestId('plan-billing')).toHaveValue('seat-based');
  expect(errors).toEqual([]);
});

test('interventions: before/after against similar teams, refusals with reasons; exports; review reminders', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await syncDemoOrg(ext, openExtensionPage);
  const o = new Oracle(mock);
  const groups = await o.groups();
  const eng = groups.find((g) => g.name === 'Engineering')!;
  const sales = groups.find((g) => g.name === 'Sales')!;
  const legal = groups.find((g) => g.name === 'Legal')!;
  const day = shift(LATEST, -20);
  const before = days(shift(day, -28), shift(day, -1));
  const after = days(day, LATEST);
  const perDay = new Map<string, Set<string>>();
  for (const d of [...before, ...after])
    perDay.set(
      d,
      new Set((await o.usersOn(d)).filter(Oracle.active).map((r) => r.user.id as string)),
    );
  const avg = (g: { members: string[] }, window: string[]) =>
    (window.reduce((s, d) => s + g.members.filter((m) => perDay.get(d)!.has(m)).length, 0) /
      (window.length * g.members.length)) *
    100;
  const teamBefore = avg(sales, before);
  const teamAfter = avg(sales, after);
  // Similar teams: at or above the floor, within 10 points before, no action of their own (Engineering has one).
  const similar = groups.filter(
    (g) =>
      g !== sales &&
      g !== eng &&
      g.members.length >= 5 &&
      Math.abs(avg(g, before) - teamBefore) <= 10,
  );
  expect(similar.length).toBeGreaterThan(0);
  const engAlone = groups.filter(
    (g) => g !== eng && g.members.length >= 5 && Math.abs(avg(g, before) - avg(eng, before)) <= 10,
  );
  const pooled = (window: string[]) =>
    (similar.reduce(
      (s, g) =>
        s + window.reduce((t, d) => t + g.members.filter((m) => perDay.get(d)!.has(m)).length, 0),
      0,
    ) /
      (window.length * similar.reduce((s, g) => s + g.members.length, 0))) *
    100;
  const difference = teamAfter - teamBefore - (pooled(after) - pooled(before));
  const pts = (x: number) =>
    Number(x.toFixed(1)) === 0
      ? '±0.0 pts'
      : x > 0
        ? `+${x.toFixed(1)} pts`
        : `−${(-x).toFixed(1)} pts`;

  const { page, errors } = await openCompanion(openExtensionPage, '#view=interventions');
  const log = async (teamId: string, type: string, on: string, note: string) => {
    await page.getByTestId('iv-team').selectOption(teamId);
    await page.getByTestId('iv-type').selectOption(type);
    await page.getByTestId('iv-day').fill(on);
    await page.getByTestId('iv-owner').fill('Dee Admin');
    await page.getByTestId('iv-note').fill(note);
    await page.getByRole('button', { name: 'Log it' }).click();
  };
  await expect(page.getByTestId('interventions-empty')).toBeVisible();
  await log(sales.id, 'workshop', day, 'Sales workshop');
  await log(eng.id, 'workshop', day, 'Claude Code workshop');
  await log(legal.id, 'playbook', day, 'Playbook sent');
  await log('org', 'seat-change', day, 'Seats for everyone');
  await log(eng.id, 'champion-pairing', shift(LATEST, -3), 'Paired with a champion');
  const items = page.getByTestId('intervention-log').locator('> li');
  await expect(items).toHaveCount(5);
  const salesItem = items.filter({ hasText: 'Sales workshop' });
  await expect(salesItem.getByTestId('readout-before')).toHaveText(pct1(teamBefore));
  await expect(salesItem.getByTestId('readout-after')).toHaveText(pct1(teamAfter));
  await expect(salesItem.getByTestId('readout-difference')).toHaveText(pts(difference));
  await expect(salesItem).toContainText(
    `${similar.length} similar team(s), ${similar.reduce((n, g) => n + g.members.length, 0)} people`,
  );
  // Engineering started far above every other team: nobody to compare with.
  expect(engAlone).toEqual([]);
  await expect(
    items.filter({ hasText: 'Claude Code workshop' }).getByTestId('readout-refused'),
  ).toContainText('No other team at or above the privacy floor');
  await expect(
    items.filter({ hasText: 'Playbook sent' }).getByTestId('readout-refused'),
  ).toContainText('fewer than 5 members (the privacy floor)');
  await expect(
    items.filter({ hasText: 'Seats for everyone' }).getByTestId('readout-refused'),
  ).toContainText('no comparison group');
  await expect(
    items.filter({ hasText: 'Paired with a champion' }).getByTestId('readout-refused'),
  ).toContainText('Only 4 counted day(s)');
  await shot(page, 'interventions-light');

  // Exports: the teams table as CSV (people counts, not names), and a team snapshot file.
  await page.getByTestId('nav-exports').click();
  const [teamsCsv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-teams').click(),
  ]);
  const rows = await saved(teamsCsv);
  const header = rows[0]!;
  const engRow = rows.find((r) => r[0] === 'Engineering')!;
  const active30 = await o.activeDays(shift(LATEST, -29), LATEST);
  expect(Number(engRow[header.indexOf('Monthly adoption %')])).toBeCloseTo(
    (eng.members.filter((m) => active30.has(m)).length / eng.members.length) * 100,
    9,
  );
  expect(rows.find((r) => r[0] === 'Legal')![header.indexOf('Monthly adoption %')]).toBe('');
  const [ivCsv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-interventions').click(),
  ]);
  const ivRows = await saved(ivCsv);
  expect(ivRows.length).toBe(6);
  expect(ivRows.slice(1).every((r) => /^member-[0-9a-f]{12}$/.test(r[3]!))).toBe(true);
  const [snap] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-snapshot:${eng.id}`).click(),
  ]);
  const file = JSON.parse(readFileSync(await snap.path(), 'utf8'));
  expect(file.signature).toMatch(/^[A-Za-z0-9_-]{86}$/); // ECDSA P-256, issue 11 item 6
  expect(file.signer.publicKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
  expect(file.payload.picture.scope.id).toBe(eng.id);
  expect(JSON.stringify(file)).not.toContain('@');
  await expect(page.getByTestId(`export-snapshot:${legal.id}`)).toBeDisabled();
  await shot(page, 'exports-light');

  // Review rhythm: reminders on, rollout started 100 days ago → monthly; the alarm is set for 09:00 on the due day.
  await page.getByTestId('nav-review').click();
  const start = shift(browserToday(), -100);
  await page.getByTestId('rollout-start').fill(start);
  await page.getByTestId('rollout-start').dispatchEvent('change');
  await page.getByTestId('review-enabled').check();
  await expect(page.getByTestId('review-cadence')).toContainText(
    'Reminders are on. Cadence now: monthly',
  );
  const due = await page.getByTestId('review-due').textContent();
  await page.getByTestId('review-checklist').getByRole('checkbox').first().check();
  await shot(page, 'review-light');
  const alarm = await expect
    .poll(async () => ext.serviceWorker.evaluate(() => chrome.alarms.get('uptake:review')), {
      timeout: 5000,
    })
    .not.toBeUndefined()
    .then(() => ext.serviceWorker.evaluate(() => chrome.alarms.get('uptake:review')));
  const when = new Date((alarm as { scheduledTime: number }).scheduledTime);
  expect(when.getHours()).toBe(9);
  expect(when.getTime()).toBeGreaterThan(browserNow());
  await page.reload();
  await expect(page.getByTestId('review-enabled')).toBeChecked();
  await expect(page.getByTestId('review-checklist').getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByTestId('review-due')).toHaveText(due!);
  expect(errors).toEqual([]);
});

test('no data: the empty state offers the demo, which is labelled and removed with one click', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  await seedSettings(ext, {
    sync: { historyDepthDays: 7, rateLimitPerMinute: 1200, scheduleHours: 6 },
  });
  const { page, errors } = await openCompanion(openExtensionPage);
  await expect(page.getByTestId('state-empty')).toContainText('No data yet.');
  await shot(page, 'empty-light');
  await page.getByTestId('try-demo').click();
  await expect(page.getByTestId('demo-banner')).toContainText('Demo data.');
  await expect(page.getByTestId('monthly-rate')).toHaveText(/%$/, { timeout: 180_000 });
  await expect(page.getByTestId('org-name')).toHaveText('Northwind Labs');
  await shot(page, 'demo-light');
  await page.getByTestId('remove-demo').click();
  await expect(page.getByTestId('state-empty')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('every view in the dark theme; a team in scope; longer and custom ranges', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  await syncDemoOrg(ext, openExtensionPage);
  const { page, errors } = await openCompanion(openExtensionPage);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const view of [
    'overview',
    'teams',
    'funnel',
    'seats',
    'spend',
    'interventions',
    'exports',
    'review',
  ]) {
    await page.getByTestId(`nav-${view}`).click();
    await expect(
      page.getByTestId(`${view}-${view === 'overview' ? 'ready' : 'view'}`),
    ).toBeVisible();
    await expect(page.getByTestId('state-loading')).toHaveCount(0);
    await shot(page, `${view}-dark`);
  }
  // Scope every view to one team through the scope picker; the URL keeps it.
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('scope').selectOption({ label: 'Sales' });
  await expect(page.getByRole('heading', { name: 'Tier 1 · Usage' })).toBeVisible();
  await expect(page.getByTestId('adoption-chart')).toContainText('Adoption, Sales');
  // Sales has no target of its own: it is measured against the org's 70%, as in the popup.
  await expect(page.getByTestId('target-list')).toContainText(
    '70% monthly adoption (the organisation’s target)',
  );
  await page.getByTestId('range').selectOption('90');
  await expect(page.getByTestId('range-label')).toContainText('(90 days)');
  await expect(page).toHaveURL(/view=overview&range=90&scope=rbac_group_/);
  await expect(page.getByTestId('state-loading')).toHaveCount(0);
  await shot(page, 'overview-sales-90-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await shot(page, 'overview-sales-90-light');

  // The team's spend: its own /cost rows (grouped by RBAC group) over the stored 30 days.
  const o = new Oracle(mock);
  const sales = (await o.groups()).find((g) => g.name === 'Sales')!;
  let salesSpend = 0;
  for (const r of await o.cost('&group_by[]=rbac_group_id'))
    if (r.group.rbac_group_id === sales.id) salesSpend += Number(r.cost.amount) / 100;
  await page.getByTestId('nav-spend').click();
  await expect(page.getByTestId('spend-total')).toHaveText(usd(salesSpend));
  await expect(page.getByTestId('spend-coverage')).toContainText('the part of your range it holds');

  // Since 2026-01-01, for the org: the trend reaches back past the model's 90 days (stored /summaries).
  await page.getByTestId('scope').selectOption({ label: 'Whole organisation' });
  await page.getByTestId('range').selectOption('ytd');
  await page.getByTestId('nav-overview').click();
  const sinceFloor = daysBetween('2026-01-01', LATEST) + 1;
  await expect(page.getByTestId('range-label')).toHaveText(
    `2026-01-01 to ${LATEST} (${sinceFloor} days)`,
  );
  await expect(page.getByTestId('adoption-chart').locator('.chart-numbers tbody tr')).toHaveCount(
    sinceFloor,
  );
  // A custom range, kept in the URL.
  await page.getByTestId('range').selectOption('custom');
  await page.getByTestId('range-from').fill('2026-10-01');
  await page.getByTestId('range-to').fill('2026-10-31');
  await expect(page.getByTestId('range-label')).toHaveText('2026-10-01 to 2026-10-31 (31 days)');
  await expect(page).toHaveURL(/range=custom&from=2026-10-01&to=2026-10-31/);
  await expect(page.getByTestId('adoption-chart').locator('.chart-numbers tbody tr')).toHaveCount(
    31,
  );
  expect(errors).toEqual([]);
});

test.describe('stale history', () => {
  // The API's pipeline stopped four days before its usual latest day.
  const STALE = shift(LATEST, -4);
  test.use({
    mockOptions: {
      org: { members: 300, groups: 6, seed: 7, latestAvailableDay: STALE },
      rateLimitPerMinute: 3000,
    },
  });
  test('figures older than the API’s normal lag are marked stale, with Sync now', async ({
    ext,
    openExtensionPage,
  }) => {
    test.setTimeout(180_000);
    await syncDemoOrg(ext, openExtensionPage, {}, STALE);
    const { page } = await openCompanion(openExtensionPage);
    await expect(page.getByTestId('state-stale')).toContainText(
      `These figures are ${daysBetween(STALE, browserToday())} days old (latest day ${STALE}).`,
    );
    await expect(
      page.getByTestId('state-stale').getByRole('button', { name: 'Sync now' }),
    ).toBeEnabled();
    await shot(page, 'stale-light');
  });
});
