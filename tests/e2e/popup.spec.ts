/**
 * The team lead's popup in the real extension: numbers checked against the
 * mock's own /summaries (computed here, independently) and against the
 * insight core's model; no network on open; the scope remembered; empty
 * states; screenshots in light and dark.
 */
import type { Page } from '@playwright/test';
import { DEMO_KEY, expect, seedSettings, test, type Fixtures } from './fixtures';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };
const latestDay = '2026-11-24';

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
