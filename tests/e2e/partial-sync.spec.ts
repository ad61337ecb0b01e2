/**
 * Nothing partial is stated as fact (issue 10, item 11). The mock is stopped
 * in the middle of the first sync — its 16th day of per-member activity is
 * held — so the history has the 15 newest member days of the 30-day window.
 * The popup and the overlay must then say what is held back or taken from
 * the API's totals, and never claim a team uses no Cowork when the API's
 * group totals show Cowork sessions; once the sync finishes, the figures are
 * member-based and say nothing more. Expected values come from the mock's own
 * answers, computed here.
 */
import type { Page, Route } from '@playwright/test';
import { addDays } from '../../lib/metrics/days';
import { replicaUrls } from '../fixtures/replica/render';
import { DEMO_KEY, expect, seedSettings, test, type Fixtures } from './fixtures';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });

/** Member days the mock answers before it stops (one page each for 300 members). */
const daysBeforeStop = 15;
const totalsWords = /\((from (org|group) totals while member history syncs)\)$/;

/** Holds every per-member day request after the first `n` until `release()`. */
async function stopMemberDaysAfter(context: Fixtures['ext']['context'], n: number) {
  let answered = 0;
  let release!: () => void;
  let stopped!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (stopped = resolve));
  await context.route('https://api.anthropic.com/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const memberDay =
      url.pathname.endsWith('/analytics/users') &&
      url.searchParams.has('date') &&
      !url.searchParams.has('group_by[]');
    if (memberDay && ++answered > n) {
      stopped();
      await gate;
    }
    await route.fallback();
  });
  return { release, reached };
}

const insights = (page: Page, scope: string) =>
  page.evaluate(
    (s) => chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: s }),
    scope,
  );

/** The mock's grouped `/users` rows for the 30 days ending `latest`: each group's Cowork sessions. */
async function groupCoworkSessions(mock: Fixtures['mock'], latest: string) {
  const url = new URL('https://api.anthropic.com/v1/organizations/analytics/users');
  url.searchParams.set('starting_date', addDays(latest, -29));
  url.searchParams.set('ending_date', addDays(latest, 1));
  url.searchParams.append('group_by[]', 'rbac_group_id');
  url.searchParams.set('limit', '1000');
  const res = await mock.handle({
    method: 'GET',
    url: url.toString(),
    headers: { 'x-api-key': DEMO_KEY },
  });
  expect(res.status).toBe(200);
  return new Map<string, number>(
    JSON.parse(res.body).data.map((r: any) => [
      r.rbac_group_name,
      r.cowork_metrics.distinct_session_count ?? r.cowork_metrics.message_count,
    ]),
  );
}

test('mid-first-sync the popup and overlay say what is held back or from totals; after it, figures are member-based', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  await seedSettings(ext, {
    sync: { historyDepthDays: 40, rateLimitPerMinute: 3000, scheduleHours: 6 },
    // Seat signals look 30 days back, so 40 days of history complete every window.
    metrics: { seats: { dormantDays: 30, reclaimDays: 30 } },
  });
  const stop = await stopMemberDaysAfter(ext.context, daysBeforeStop);
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();

  // The sync stops with at most 15 of the 30 days of member activity stored. (The background
  // rebuilds its models every 25 pages of a sync, so the one shown may hold a few days fewer.)
  await stop.reached;
  await expect
    .poll(async () => (await insights(options, 'org')).model?.completeness?.monthly?.present ?? 0, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  const during = (await insights(options, 'org')).model;
  const latest: string = during.freshness.latestDay;
  const present: number = during.completeness.monthly.present;
  expect(present).toBeLessThanOrEqual(daysBeforeStop);
  expect(during.completeness.monthly).toEqual({ days: 30, needed: 30, present, complete: false });
  // Monthly adoption is the API's own count for the window (org /summaries), and says so.
  expect(during.adoption.monthly.source).toBe('summaries');

  // No team is said to use no Cowork while the API's group totals show Cowork sessions.
  const cowork = await groupCoworkSessions(mock, latest);
  const scopes = (await insights(options, 'org')).scopes.filter((s: any) => s.kind === 'group');
  const titles: string[] = [...during.suggestions.map((s: any) => s.title)];
  for (const scope of scopes) {
    const model = (await insights(options, scope.id)).model;
    titles.push(...(model?.suggestions ?? []).map((s: any) => s.title));
  }
  const falseNobody = [...cowork]
    .filter(([, sessions]) => sessions > 0)
    .flatMap(([group]) => titles.filter((t) => t.startsWith(`${group}: nobody uses Cowork`)));
  expect(falseNobody).toEqual([]);
  expect([...cowork.values()].some((sessions) => sessions > 0)).toBe(true);
  // Whatever is said from totals says so.
  for (const s of during.suggestions)
    if (s.basis === 'totals') expect(s.title).toMatch(totalsWords);

  // The popup says it in words: what comes from totals, and why no champion is named.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popup-partial')).toContainText(
    `Member activity is synced for ${present} of the last 30 days`,
  );
  await expect(popup.getByTestId('popup-champions')).toContainText(
    `Champions are named once the last 30 days of member activity are synced (${present} so far).`,
  );
  await expect(popup.getByTestId('popup-champions').locator('li')).toHaveCount(0);
  for (const gap of await popup.getByTestId('popup-suggestions').locator('.gap').allTextContents())
    if (/nobody uses/.test(gap)) expect(gap).toMatch(totalsWords);
  await popup.screenshot({ path: '.tmp/shots/popup/partial-sync.png', fullPage: true });

  // So does the overlay, under the page title.
  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(page.getByTestId('uptake-partial')).toContainText(
    `Member activity is synced for ${present} of the last 30 days`,
  );
  await expect(page.getByTestId('uptake-partial')).toContainText('Champions are held back');
  await page.screenshot({ path: '.tmp/shots/overlay/partial-sync.png' });

  // The mock answers again; the first sync finishes.
  stop.release();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latest}`, {
    timeout: 60_000,
  });
  const after = (await insights(options, 'org')).model;
  expect(after.completeness.note).toBeNull();
  expect(after.adoption.monthly.source).toBe('members');
  // The same count, now from the members' own days.
  expect(after.adoption.monthly.actives).toBe(during.adoption.monthly.actives);
  expect(after.champions.champions.length).toBeGreaterThan(0);
  expect(after.suggestions.every((s: any) => s.basis === 'members')).toBe(true);

  await popup.reload();
  await expect(popup.getByTestId('popup-rate')).toHaveText(/\d+%/);
  await expect(popup.getByTestId('popup-partial')).toHaveCount(0);
  await expect(popup.getByTestId('popup-champions').locator('li')).toHaveCount(
    Math.min(5, after.champions.champions.length),
  );
  await page.reload();
  await expect(page.locator('[data-uptake="freshness-badge"]')).toHaveCount(1);
  await expect(page.getByTestId('uptake-latest-day')).toBeVisible();
  await expect(page.getByTestId('uptake-partial')).toHaveCount(0);
});
