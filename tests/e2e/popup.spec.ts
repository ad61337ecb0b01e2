/**
 * The team lead's popup in the real extension: numbers checked against the
 * mock's own /summaries (computed here, independently) and against the
 * insight core's model; no network on open; the scope remembered; empty
 * states; screenshots in light and dark.
 */
import type { Page } from '@playwright/test';
import { apiLatestDay } from './clock';
import { DEMO_KEY, expect, seedSettings, test, type Fixtures } from './fixtures';
import { readStoredSettings } from './stored-state';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };
/** The latest day the fixtures' mock serves in this run (by the browser's clock). */
const latestDay = apiLatestDay();

async function syncWithKey(openExtensionPage: Fixtures['openExtensionPage']): Promise<Page> {
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latestDay}`, {
    timeout: 30_000,
  });
  return options;
}

/** The mock's /summaries row for `day` (org, or one group with `group`). */
async function summaryRow(mock: Fixtures['mock'], day: string, group?: string) {
  const url = new URL('https://api.anthropic.com/v1/organizations/analytics/summaries');
  url.searchParams.set('starting_date', day);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  url.searchParams.set('ending_date', next);
  if (group) url.searchParams.append('filter[]', `rbac_group_id:${group}`);
  const res = await mock.handle({
    method: 'GET',
    url: url.toString(),
    headers: { 'x-api-key': DEMO_KEY },
  });
  expect(res.status).toBe(200);
  return JSON.parse(res.body).data[0] as Record<string, number>;
}

async function openPopup(openExtensionPage: Fixtures['openExtensionPage']): Promise<Page> {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 900 });
  return popup;
}

test('the popup shows the org against its target, as the mock and the insight core say, with no request on open', async ({
  ext,
  mock,
  traffic,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await syncWithKey(openExtensionPage);
  const before = traffic.requests.length;

  const popup = await openPopup(openExtensionPage);
  await expect(popup.locator('main[data-source="live"]')).toBeVisible();

  // Independently: monthly adoption = MAU / assigned seats on the latest day.
  const row = await summaryRow(mock, latestDay);
  const mau = row.monthly_active_user_count!;
  const seats = row.assigned_seat_count!;
  await expect(popup.getByTestId('popup-rate')).toHaveText(`${Math.round((mau / seats) * 100)}%`);
  await expect(popup.getByTestId('popup-size')).toHaveText(
    `of ${seats.toLocaleString('en')} assigned seats`,
  );
  await expect(popup.getByTestId('popup-actives')).toContainText(
    `${mau.toLocaleString('en')} active`,
  );
  // Default target 70% monthly adoption: people needed = ⌈0.7 × seats⌉ − MAU.
  await expect(popup.getByTestId('popup-target')).toContainText('Target 70% monthly adoption');
  const needed = Math.max(0, Math.ceil(0.7 * seats) - mau);
  await expect(popup.getByTestId('popup-needed')).toHaveText(
    needed === 0 ? 'Target met.' : `${needed} more monthly actives needed`,
  );

  // The insight core agrees (same model the overlay and companion render).
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
  );
  const core = answer.model;
  expect(core.adoption.monthly.actives).toBe(mau);
  expect(core.targets[0].gapPeople).toBe(needed);
  const forecast = popup.getByTestId('popup-forecast');
  if (core.targets[0].forecast.status === 'on-pace')
    await expect(forecast).toContainText(core.targets[0].forecast.date);
  const champions = core.champions.champions.slice(0, 5).map((c: any) => `#${c.rank} ${c.email}`);
  await expect(popup.getByTestId('popup-champions').locator('li')).toHaveText(champions);
  const suggestions = core.suggestions.slice(0, 3).map((s: any) => s.title);
  await expect(popup.getByTestId('popup-suggestions').locator('.gap')).toHaveText(suggestions);
  await expect(popup.getByTestId('popup-freshness')).toContainText(`Figures up to ${latestDay}`);
  await expect(popup.locator('canvas[role="img"]')).toHaveAttribute('aria-label', /target 70%/);

  // Opening the popup sent nothing to api.anthropic.com.
  await popup.waitForTimeout(500);
  expect(traffic.requests.length).toBe(before);

  await popup.screenshot({ path: '.tmp/shots/popup/org-light.png', fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.reload();
  await expect(popup.getByTestId('popup-rate')).toBeVisible();
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: '.tmp/shots/popup/org-dark.png', fullPage: true });
});

/** The scopes the background offers (org first, then groups by name). */
async function scopesOf(
  page: Page,
): Promise<{ id: string; name: string; hiddenBecause: string | null }[]> {
  const answer = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
  );
  return answer.scopes;
}

test('a group chosen in the popup is remembered, and its figures follow the seats an admin entered', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await syncWithKey(openExtensionPage);
  const group = (await scopesOf(options)).find((s) => s.id !== 'org' && !s.hiddenBecause)!;

  // Independently: the group's MAU from the mock's group-filtered /summaries.
  const row = await summaryRow(mock, latestDay, group.id);
  const mau = row.monthly_active_user_count!;
  // Team mapping: the admin types a seat count (a refused value first) that puts it near 60%.
  const seatCount = Math.ceil(mau / 0.6);
  const seats = options.getByLabel(`Seats for ${group.name}`);
  await seats.fill('-3');
  await options.getByRole('button', { name: 'Save seats' }).click();
  await expect(options.getByText('Enter a whole number from 0 to 1000000.')).toBeVisible();
  await seats.fill(String(seatCount));
  await options.getByRole('button', { name: 'Save seats' }).click();
  await expect(options.getByTestId('teams-status')).toHaveText('Seats per group saved.');

  const popup = await openPopup(openExtensionPage);
  await expect(popup.locator('main[data-source="live"]')).toBeVisible();
  await popup.getByTestId('popup-scope').selectOption(group.id);
  await expect(popup.getByTestId('popup-size')).toHaveText(
    `of ${seatCount} seats (entered by an admin)`,
  );
  const rate = `${Math.round((mau / seatCount) * 100)}%`;
  await expect(popup.getByTestId('popup-rate')).toHaveText(rate);
  await expect(popup.getByTestId('popup-actives')).toContainText(`${mau} active`);
  // No team target: read against the org's 70%: ⌈0.7 × seats⌉ actives needed in all.
  await expect(popup.getByTestId('popup-target')).toContainText(
    'Org target 70% monthly adoption, no deadline (no team target set)',
  );
  const needed = Math.max(0, Math.ceil(0.7 * seatCount) - mau);
  await expect(popup.getByTestId('popup-needed')).toHaveText(
    needed === 0 ? 'Target met.' : `${needed} more monthly actives needed`,
  );
  const core = await options.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: id }),
    group.id,
  );
  expect(core.model.adoption.monthly.actives).toBe(mau);
  expect(core.model.size).toMatchObject({ value: seatCount, source: 'admin-seats' });
  expect(core.model.targets).toEqual([]);
  await expect(popup.getByTestId('popup-freshness')).toContainText(`Figures up to ${latestDay}`);
  expect((await readStoredSettings(options)).popupScope).toBe(group.id);
  await popup.screenshot({ path: '.tmp/shots/popup/group-light.png', fullPage: true });

  // Opened again: the group is remembered and its numbers show at once from the saved picture.
  const again = await openPopup(openExtensionPage);
  await again.emulateMedia({ colorScheme: 'dark' });
  await expect(again.getByTestId('popup-scope')).toHaveValue(group.id);
  await expect(again.getByTestId('popup-rate')).toHaveText(rate);
  const shownAt = await again.evaluate(
    () => performance.getEntriesByName('uptake:numbers-shown')[0]?.startTime,
  );
  expect(shownAt).toBeGreaterThan(0);
  await expect(again.locator('main[data-source="live"]')).toBeVisible();
  await again.waitForTimeout(200);
  await again.screenshot({ path: '.tmp/shots/popup/group-dark.png', fullPage: true });
});

test('a group under the privacy floor shows no figure and says why', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await syncWithKey(openExtensionPage);
  const small = (await scopesOf(options)).find((s) => s.hiddenBecause)!;
  expect(small).toBeTruthy();
  const popup = await openPopup(openExtensionPage);
  await expect(popup.locator('main[data-source="live"]')).toBeVisible();
  await expect(popup.getByTestId('popup-scope').locator(`option[value="${small.id}"]`)).toHaveText(
    `${small.name} (too small to show)`,
  );
  await popup.getByTestId('popup-scope').selectOption(small.id);
  await expect(popup.getByTestId('popup-empty')).toContainText('too small to show');
  await expect(popup.getByTestId('popup-empty')).toContainText(small.hiddenBecause!);
  await expect(popup.getByTestId('popup-rate')).toHaveCount(0);
  await expect(popup.getByTestId('popup-champions')).toHaveCount(0);
});

test('champions: named when allowed, never an opted-out member, nobody in team-grain-only mode', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, {
    ...fastSync,
    // Champions are scored over a window the 14 synced days cover (a partial one names nobody).
    metrics: { champions: { minTenureDays: 0, windowDays: 14 } },
  });
  const options = await syncWithKey(openExtensionPage);
  const core = async () =>
    (
      await options.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
      )
    ).model;
  const champions = (await core()).champions.champions;
  expect(champions.length).toBeGreaterThan(5);
  const popup = await openPopup(openExtensionPage);
  const listed = popup.getByTestId('popup-champions').locator('li');
  await expect(listed).toHaveText(champions.slice(0, 5).map((c: any) => `#${c.rank} ${c.email}`));

  // The top champion opts out (options → champions); the popup no longer names them.
  const top = champions[0].email as string;
  await options.getByLabel('Opted out (emails, one per line)').fill(top);
  await options.getByRole('button', { name: 'Save champion rules' }).click();
  await expect(options.getByTestId('champions-status')).toHaveText('Champion rules saved.');
  await popup.reload();
  await expect(popup.locator('main[data-source="live"]')).toBeVisible();
  const after = (await core()).champions.champions;
  await expect(listed).toHaveText(after.slice(0, 5).map((c: any) => `#${c.rank} ${c.email}`));
  await expect(popup.getByTestId('popup-champions')).not.toContainText(top);

  // Team grain only: nobody named, and the reason given.
  await options.getByLabel(/Team grain only/).check();
  await options.getByRole('button', { name: 'Save privacy settings' }).click();
  await expect(options.getByTestId('privacy-status')).toHaveText('Privacy settings saved.');
  await popup.reload();
  await expect(popup.locator('main[data-source="live"]')).toBeVisible();
  await expect(popup.getByTestId('popup-champions')).toContainText('Team grain only');
  await expect(popup.getByTestId('popup-champions').locator('li')).toHaveCount(0);
  await expect(popup.locator('body')).not.toContainText('@');
});

test('empty states in words: no key and no snapshot; a failed sync', async ({
  ext,
  openExtensionPage,
}) => {
  const popup = await openPopup(openExtensionPage);
  await expect(popup.getByTestId('popup-empty')).toContainText('Nothing to show yet');
  await expect(popup.getByTestId('popup-empty')).toContainText(
    'no API key on this browser and no team snapshot',
  );
  await expect(popup.getByRole('link', { name: 'import a team snapshot' })).toHaveAttribute(
    'href',
    '/options.html#team-snapshot',
  );
  await popup.screenshot({ path: '.tmp/shots/popup/empty-no-key.png', fullPage: true });

  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill('sk-ant-api01-not-a-real-key');
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText('not accepted', { timeout: 20_000 });
  await popup.reload();
  await expect(popup.getByTestId('popup-empty')).toContainText('The sync failed');
  await expect(popup.getByTestId('popup-empty')).toContainText('not accepted');
  await popup.screenshot({ path: '.tmp/shots/popup/empty-sync-failed.png', fullPage: true });
});
