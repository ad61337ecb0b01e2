/**
 * Options forms that need a synced history: a team target (groups come from
 * the API), refreshing champion thresholds from the insight core, and
 * clearing local data after a confirmation.
 */
import { addDays, browserToday } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { readStoredSettings, readStoredState } from './stored-state';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };

test('a team target, refreshed champion thresholds, and clearing local data', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  const deadline = addDays(browserToday(), 218);
  await seedSettings(ext, {
    ...fastSync,
    // Champions are scored over a window the 14 synced days cover (a partial one names nobody).
    metrics: { champions: { minTenureDays: 0, windowDays: 14 } },
  });
  const page = await openExtensionPage('options.html');
  await page.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  const latest = mock.latestAvailableDay();
  await expect(page.getByTestId('last-sync')).toContainText(`Synced to ${latest}`, {
    timeout: 30_000,
  });
  const insights = (scope: string) =>
    page.evaluate(
      (s) => chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: s }),
      scope,
    );
  const { scopes, model: org } = await insights('org');
  const team = scopes.find((s: any) => s.kind === 'group' && !s.hiddenBecause);

  // Groups from the API are offered as target scopes; the team's target reaches the core.
  await page.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByLabel('Scope', { exact: true }).locator('option')).toHaveCount(
    scopes.length,
  );
  await page.getByLabel('Scope', { exact: true }).selectOption(team.id);
  await page.getByLabel('Target (%)').fill('80');
  await page.getByLabel('Deadline', { exact: true }).fill(deadline);
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByTestId('targets-status')).toHaveText('Target added.');
  await expect(page.getByTestId('target-row').nth(1)).toContainText(team.name);
  const teamModel = (await insights(team.id)).model;
  expect(teamModel.targets).toHaveLength(1);
  expect(teamModel.targets[0]).toMatchObject({ goal: 80, deadline });
  const popup = await openExtensionPage('popup.html');
  await popup.getByTestId('popup-scope').selectOption(team.id);
  await expect(popup.getByTestId('popup-target')).toContainText(
    `Target 80% monthly adoption by ${deadline}`,
  );
  const gap = teamModel.targets[0].gapPeople;
  await expect(popup.getByTestId('popup-needed')).toHaveText(
    gap === 0 ? 'Target met.' : `${gap} more monthly actives needed`,
  );

  await page.locator('#teams').screenshot({ path: '.tmp/shots/options/team-mapping.png' });
  await page.locator('#targets').screenshot({ path: '.tmp/shots/options/targets.png' });

  // Refresh thresholds: freezes the core's current cut-off on the latest day.
  expect(org.champions.computedCutoff).not.toBeNull();
  await page.getByRole('button', { name: 'Refresh thresholds' }).click();
  await expect(page.getByTestId('champions-status')).toHaveText('Thresholds refreshed and frozen.');
  await expect(page.getByTestId('champion-thresholds')).toContainText(
    `Frozen at a score of ${org.champions.computedCutoff.toFixed(3)} on ${latest}.`,
  );
  const frozen = (await readStoredSettings(page)).metrics.champions.frozen;
  expect(frozen).toEqual({ scoreCutoff: org.champions.computedCutoff, frozenAt: latest });
  expect((await insights('org')).model.champions.frozenAt).toBe(latest);

  // Clear local data: nothing happens until confirmed; then the history is gone, settings kept.
  await page.getByRole('button', { name: 'Clear local data…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await insights('org')).model).not.toBeNull();
  await page.getByRole('button', { name: 'Clear local data…' }).click();
  await page.getByRole('button', { name: 'Erase history' }).click();
  await expect(page.getByTestId('data-status')).toContainText('Local data cleared');
  expect((await insights('org')).model).toBeNull();
  expect(await readStoredState(page, 'popupCache')).toBeUndefined();
  expect((await readStoredSettings(page)).metrics.targets).toHaveLength(2);
  await expect(page.getByTestId('key-state')).toContainText('kept on this device');
  await popup.reload();
  await expect(popup.getByTestId('popup-empty')).toContainText('Nothing synced yet');
});
