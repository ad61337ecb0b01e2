/**
 * Privacy sweep (issue 11): a synced demo organisation with a group of 4
 * (Legal) and cross-cutting groups that overlap the departments. Every
 * companion view, the popup, the exports and a team snapshot, in normal and
 * in team-grain mode, are read for what the rules forbid:
 * - normal mode: no figure for a hidden group (opened by URL too), no small
 *   set of people derivable from what the surfaces publish (checked with the
 *   independent checker of lib/metrics/test-differencing.ts);
 * - team-grain mode: no member's email on any page or in any file.
 * The Tools view (issue 13, "#view=tools") is swept too, with a week of ChatGPT exports
 * imported for the same people: hidden groups show their reason and no figure there, and in
 * team-grain mode it names nobody (Claude members and ChatGPT-only people alike).
 * The overlay on every claude.ai analytics replica page is read in team-grain
 * mode (Uptake's own shadow roots only: the native page shows what it shows).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { derivableSmallSets } from '../../lib/metrics/test-differencing';
import { analyticsVariants, replicaUrls } from '../fixtures/replica/render';
import type { MockApi } from '../../lib/demo/mock-api';
import { exportCsv, exportRows } from './chatgpt-exports';
import { apiLatestDay } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 12, seed: 7 }, rateLimitPerMinute: 3000 } });

const LATEST = apiLatestDay();
const views = [
  'overview',
  'teams',
  'funnel',
  'seats',
  'spend',
  'interventions',
  'exports',
  'review',
];

async function syncDemo(ext: any, open: (f: string) => Promise<Page>, teamGrainOnly: boolean) {
  await seedSettings(ext, {
    orgName: 'Northwind Labs',
    sync: { historyDepthDays: 40, rateLimitPerMinute: 3000, scheduleHours: 6 },
    metrics: { privacy: { k: 5, teamGrainOnly } },
  });
  const options = await open('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('radio', { name: 'on this device' }).check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${LATEST}`, {
    timeout: 120_000,
  });
  return options;
}

/** The members' emails, from the mock's /users of the latest day. */
async function memberEmails(mock: MockApi): Promise<string[]> {
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/users?date=${LATEST}&limit=1000`,
    headers: { 'x-api-key': DEMO_KEY, 'anthropic-beta': 'analytics-usage-cost-2026-08-24' },
  });
  return JSON.parse(res.body).data.map((r: any) => String(r.user.email_address).toLowerCase());
}

/** The last whole Sunday–Saturday week up to LATEST. */
function lastWeek(): [string, string] {
  const day = (n: number) => new Date(Date.parse(`${LATEST}T00:00:00Z`) + n * 86_400_000);
  const back = (day(0).getUTCDay() + 1) % 7; // days back to the Saturday
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return [iso(day(-back - 6)), iso(day(-back))];
}

/** Imports a week of ChatGPT User Engagement for `emails` (and ChatGPT-only people) in options. */
async function importChatgptWeek(options: Page, emails: readonly string[]) {
  const [start, end] = lastWeek();
  const rows = exportRows('Weekly', start, end, emails);
  const path = test.info().outputPath('chatgpt-week.csv');
  writeFileSync(path, exportCsv(rows));
  await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(path);
  await expect(options.getByTestId('chatgpt-preview')).toContainText('User Engagement');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('chatgpt-note')).toContainText('Imported 1 period');
  return rows;
}

/** The scopes, the org's model and the publication gate, as an extension page gets them. */
async function published(page: Page) {
  return page.evaluate(async () => {
    const insights = await chrome.runtime.sendMessage({
      type: 'to-background:get-insights',
      scope: 'org',
    });
    const { gate } = await chrome.runtime.sendMessage({
      type: 'to-background:get-publication-gate',
    });
    return { scopes: insights.scopes, org: insights.model, gate };
  });
}

async function viewText(page: Page, hash: string): Promise<string> {
  await page.goto(page.url().replace(/#.*|$/, `#${hash}`));
  await page.reload();
  const view = page.locator('#view');
  await expect(view).toBeVisible({ timeout: 30_000 });
  await expect(
    view.getByRole('status').filter({ hasText: /Loading|Reading|Checking/ }),
  ).toHaveCount(0, { timeout: 30_000 });
  return (await view.textContent()) ?? '';
}

test('normal mode: hidden groups publish nothing anywhere, and nothing small is derivable', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(300_000);
  const options = await syncDemo(ext, openExtensionPage, false);
  await importChatgptWeek(options, await memberEmails(mock));
  const page = await openExtensionPage('companion.html');
  const { scopes, org, gate } = await published(page);
  const hidden = scopes.filter((s: any) => s.hiddenBecause);
  expect(hidden.map((s: any) => s.name)).toContain('Legal');

  // What the surfaces publish is counts over these sets: none may give away fewer than k people.
  const ids = new Map<string, number>();
  const index = (id: string) => ids.get(id) ?? ids.set(id, ids.size).get(id)!;
  const sets: number[][] = gate.groups
    .filter((g: any) => g.published)
    .map((g: any) => g.memberIds.map(index));
  if (gate.noGroup.published) sets.push(gate.noGroup.memberIds.map(index));
  if (gate.otherGroups.published) sets.push(gate.otherGroups.memberIds.map(index));
  const universe = org.size.members as number;
  expect(ids.size).toBeLessThanOrEqual(universe);
  const everyone = Array.from({ length: universe }, (_, i) => i);
  expect(derivableSmallSets(universe, [], [everyone, ...sets], gate.k)).toEqual([]);
  for (const g of gate.groups.filter((x: any) => !x.published)) expect(g.memberIds).toEqual([]);

  // A hidden group, opened by URL in every view: no money, no percentage, no count of people.
  for (const s of hidden)
    for (const view of ['overview', 'funnel', 'seats', 'spend']) {
      const text = await viewText(page, `view=${view}&scope=${encodeURIComponent(s.id)}`);
      // The floor itself ("Fewer than 5 members") is the only number allowed.
      const figures = text.replace(/Fewer than \d+ (members|people)/g, '');
      expect(figures, `${view} of ${s.name}`).not.toMatch(/\$\s?\d|\d\s?%|\d+ (people|members)\b/);
    }

  // The Tools view (ChatGPT beside Claude): a hidden group's row gives its reason, no figure.
  await viewText(page, 'view=tools&scope=org');
  await expect(page.getByTestId('tools-row-org')).toBeVisible(); // the imported week is shown
  for (const s of hidden) {
    const row = page.getByTestId(`tools-row-${s.id}`);
    await expect(row, `Tools row of ${s.name}`).toHaveCount(1); // listed, with its reason
    await expect(row).toHaveAttribute('data-hidden', 'true');
    const figures = ((await row.textContent()) ?? '').replace(
      /Fewer than \d+ (members|people)/g,
      '',
    );
    expect(figures, `Tools row of ${s.name}`).not.toMatch(/\d/);
  }

  // Org spend: the by-group table leaves hidden groups out; "In no group" only when the gate allows.
  const spend = await viewText(page, 'view=spend&scope=org');
  for (const s of hidden) expect(spend).not.toContain(s.name);
  if (!gate.noGroup.published) expect(spend).not.toContain('In no group');

  // Exports: teams and spend split carry no figure of a hidden group; its snapshot is refused.
  await viewText(page, 'view=exports&scope=org');
  const csv = async (id: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${id}`).click(),
    ]);
    return readFileSync(await download.path(), 'utf8');
  };
  const teams = (await csv('teams')).split('\n');
  for (const s of hidden) {
    const row = teams.find((l) => l.startsWith(`${s.name},`) || l.startsWith(`"${s.name}"`))!;
    expect(row, s.name).toBeDefined();
    // Team, reason, then no number but zero (the size source may say where a size would come from).
    expect(
      row
        .split(',')
        .slice(2)
        .filter((cell) => /[1-9]/.test(cell)),
    ).toEqual([]);
    await expect(page.getByTestId(`export-snapshot:${s.id}`)).toBeDisabled();
  }
  const split = await csv('spend-split');
  for (const s of hidden) expect(split).not.toContain(s.name);

  // The popup, on a hidden group: the reason in words, no figure.
  const popup = await openExtensionPage('popup.html');
  await popup.getByTestId('popup-scope').selectOption(hidden[0].id);
  await expect(popup.getByTestId('popup-empty')).toBeVisible();
  // The ChatGPT & Claude line (issue 13) is the whole organisation's published figure, said so.
  const toolsLine = popup.getByTestId('popup-tools-line');
  await expect(toolsLine).toContainText('Whole organisation');
  await expect(toolsLine).toContainText(
    /(hidden for privacy|no figure in this period); this is the whole organisation's\./,
  );
  await expect(toolsLine).not.toContainText(hidden[0].name);
  const body = (await popup.locator('body').textContent()) ?? '';
  expect(body.replace((await toolsLine.textContent()) ?? '', '')).not.toMatch(/\d\s?%/);
});

test('team grain only: no member’s email on any page or in any file', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(300_000);
  const options = await syncDemo(ext, openExtensionPage, true);
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/users?date=${LATEST}&limit=1000`,
    headers: { 'x-api-key': DEMO_KEY, 'anthropic-beta': 'analytics-usage-cost-2026-08-24' },
  });
  const members: string[] = JSON.parse(res.body).data.map((r: any) => r.user.email_address);
  expect(members.length).toBeGreaterThan(100);
  // ChatGPT's people too: the members who hold a seat there, and ChatGPT-only people.
  const chatgpt = await importChatgptWeek(
    options,
    members.map((e) => e.toLowerCase()),
  );
  const emails = [...new Set([...members, ...chatgpt.map((r) => r.email)])];
  const named = (text: string) =>
    emails.filter((e) => text.toLowerCase().includes(e.toLowerCase()));

  const page = await openExtensionPage('companion.html');
  const { gate } = await published(page);
  expect(gate.peopleShown).toBe(false);
  for (const view of [...views, 'tools']) {
    const text = await viewText(page, `view=${view}&scope=org`);
    expect(named(text), view).toEqual([]);
  }
  // Every enabled export, each file read whole.
  await viewText(page, 'view=exports&scope=org');
  const buttons = page.locator('[data-testid^="export-"]:not([disabled])');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i += 1) {
    const button = buttons.nth(i);
    const id = await button.getAttribute('data-testid');
    const download = page.waitForEvent('download', { timeout: 10_000 }).catch(() => null);
    await button.click();
    const file = await download;
    if (file) expect(named(readFileSync(await file.path(), 'utf8')), id!).toEqual([]);
  }
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popup-scope')).toBeVisible();
  expect(named((await popup.locator('body').textContent()) ?? '')).toEqual([]);

  // The overlay on every analytics page: what Uptake adds (its shadow roots) names nobody.
  const tab = await ext.context.newPage();
  for (const variant of analyticsVariants) {
    await tab.goto(replicaUrls[variant]);
    await expect(tab.locator('[data-uptake="freshness-badge"]').first()).toBeVisible({
      timeout: 30_000,
    });
    await tab.waitForTimeout(1_500); // late features (badges beside member rows) have come in
    const added = await tab.evaluate(() =>
      [...document.querySelectorAll('[data-uptake]')]
        .map((h) => `${h.shadowRoot?.textContent ?? ''} ${h.textContent ?? ''}`)
        .join('\n'),
    );
    expect(named(added), variant).toEqual([]);
  }
  expect(named((await options.locator('body').textContent()) ?? '')).toEqual([]);
});

test.describe('"Other groups" (issue 11 item 2): HR (4) and Legal (4) hidden, 8 people together', () => {
  // 90 members, seed 1: HR and Legal are the only groups below k = 5; nobody moved between them.
  test.use({
    mockOptions: { org: { members: 90, groups: 12, seed: 1 }, rateLimitPerMinute: 3000 },
  });

  test('the team table, its CSV and the popup list show one row for them', async ({
    ext,
    openExtensionPage,
  }) => {
    test.setTimeout(300_000);
    await syncDemo(ext, openExtensionPage, false);
    const page = await openExtensionPage('companion.html');
    const { scopes, org, gate } = await published(page);
    const name = 'Other groups (2 teams together)';
    const hidden = scopes.filter((s: any) => s.hiddenBecause).map((s: any) => s.name);
    expect(hidden.sort()).toEqual(['HR', 'Legal']);
    expect(gate.otherGroups).toMatchObject({ published: true });
    expect(gate.otherGroups.memberIds).toHaveLength(8);
    expect(scopes.map((s: any) => s.name)).toContain(name);

    // With the row's members published too, nothing small is derivable.
    const ids = new Map<string, number>();
    const index = (id: string) => ids.get(id) ?? ids.set(id, ids.size).get(id)!;
    const sets: number[][] = gate.groups
      .filter((g: any) => g.published)
      .map((g: any) => g.memberIds.map(index));
    sets.push(gate.otherGroups.memberIds.map(index));
    const everyone = Array.from({ length: org.size.members as number }, (_, i) => i);
    expect(derivableSmallSets(everyone.length, [], [everyone, ...sets], gate.k)).toEqual([]);

    // Teams: the row beside the hidden groups (which keep their reason and show no figure).
    const teams = await viewText(page, 'view=teams&scope=org');
    expect(teams).toContain(name);
    expect(teams).toContain('HR');

    await viewText(page, 'view=exports&scope=org');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-teams').click(),
    ]);
    const rows = readFileSync(await download.path(), 'utf8').split('\n');
    const row = rows.find((l) => l.startsWith(`${name},`) || l.startsWith(`"${name}"`));
    expect(row, 'the Other groups row of the teams CSV').toBeDefined();
    expect(
      row!
        .split(',')
        .slice(1)
        .some((cell) => /[1-9]/.test(cell)),
    ).toBe(true);

    // Spend with the scope "Other groups": the hidden groups' sum, never one of them, nobody named.
    const spend = await viewText(page, `view=spend&scope=${encodeURIComponent(' other-groups')}`);
    expect(spend).toContain(name);
    await expect(page.getByTestId('spend-total')).not.toHaveText('$0.00');
    expect(spend).not.toContain('Legal');
    expect(spend).not.toMatch(/@[a-z0-9-]+\.[a-z]/i);
    await expect(page.getByTestId('spend-by-group')).toHaveCount(0);

    const popup = await openExtensionPage('popup.html');
    const option = popup.getByTestId('popup-scope').locator('option');
    await expect(option.filter({ hasText: name })).toHaveCount(1, { timeout: 30_000 });
    await expect(option.filter({ hasText: /^HR \(too small to show\)$/ })).toHaveCount(1);
  });
});

/**
 * Counts of people by kind of use (issue 11 item 1, "products"), raw from the digest the
 * background answers (its member columns), for each published group over the last 30 days:
 * the funnel's "two or more products" stage and Tier 2's active developers.
 */
async function rawCountsByUse(page: Page, gate: any) {
  return page.evaluate(
    async ({ latest, gate }) => {
      const back = (day: string, n: number) =>
        new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
      const from = back(latest, 29);
      const { digest: w } = await chrome.runtime.sendMessage({
        type: 'to-background:get-companion-digest',
        from,
        to: latest,
        loadFrom: from,
        weekdaysOnly: false,
      });
      const bits = (m: number) => m.toString(2).replace(/0/g, '').length;
      const last = Date.parse(`${latest}T00:00:00Z`) / 86_400_000;
      let lastStored = -1;
      w.stored.forEach((s: boolean, d: number) => {
        if (s) lastStored = last - (w.stored.length - 1) + d;
      });
      const c = w.columns;
      const index = new Map<string, number>(w.memberIds.map((id: string, i: number) => [id, i]));
      const count = (ids: string[], test: (i: number) => boolean) =>
        ids.filter((id) => index.has(id) && test(index.get(id)!)).length;
      return gate.groups
        .filter((g: any) => g.published)
        .map((g: any) => ({
          id: g.id as string,
          multiProduct: count(
            g.memberIds,
            (i) =>
              c.lastSeen[i] === lastStored &&
              c.lastActive[i] > last - 30 &&
              bits(c.weeks[i]) >= 3 &&
              bits(c.productsLast30[i]) >= 2,
          ),
          developers: count(g.memberIds, (i) => w.code.sessions[i] > 0),
        }));
    },
    { latest: LATEST, gate },
  );
}

test('normal mode: a published group’s small counts by kind of use are withheld in the funnel, the Overview and the funnel CSV', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(300_000);
  await syncDemo(ext, openExtensionPage, false);
  const page = await openExtensionPage('companion.html');
  const { scopes, gate } = await published(page);
  const k = gate.k as number;
  const small = (n: number) => n > 0 && n < k;
  const raw = await rawCountsByUse(page, gate);
  const nameOf = (id: string) => scopes.find((s: any) => s.id === id)?.name ?? id;
  // The demo organisation has such groups: otherwise this test would prove nothing.
  const smallMulti = raw.filter((r: any) => small(r.multiProduct));
  const smallDevs = raw.filter((r: any) => small(r.developers));
  expect(smallMulti.length + smallDevs.length, JSON.stringify(raw)).toBeGreaterThan(0);

  // The funnel's team table: "2+ products" is the 6th column; no cell shows 1 … k−1.
  await viewText(page, 'view=funnel&scope=org');
  const cells = await page
    .getByTestId('funnel-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
  for (const r of smallMulti) {
    const row = cells.find((c) => c[0] === nameOf(r.id));
    expect(row?.[5], nameOf(r.id)).toBe(`fewer than ${k}`);
  }
  for (const row of cells) expect(row[5], row[0]).not.toMatch(new RegExp(`^[1-${k - 1}] \\(`));

  // The funnel CSV: the same cells empty for those groups, never 1 … k−1.
  await viewText(page, 'view=exports&scope=org');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-funnel').click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0]!.split(',');
  const col = header.indexOf('Two or more products');
  expect(col).toBeGreaterThan(0);
  for (const line of lines.slice(1)) {
    const value = line.split(',')[col]!;
    expect(small(Number(value)), line).toBe(false);
  }
  for (const r of smallMulti) {
    const line = lines.find((l) => l.startsWith(`${nameOf(r.id)},`));
    expect(line?.split(',')[col], nameOf(r.id)).toBe('');
  }

  // The Overview's Tier 2 of a group with 1 … k−1 active developers: no developer count.
  for (const r of smallDevs.slice(0, 2)) {
    await viewText(page, `view=overview&scope=${encodeURIComponent(r.id)}`);
    const tier2 = page.getByTestId('tier2');
    await expect(tier2).toContainText('Claude Code figures withheld', { timeout: 30_000 });
    await expect(tier2.getByTestId('code-devs')).toHaveCount(0);
  }
});
