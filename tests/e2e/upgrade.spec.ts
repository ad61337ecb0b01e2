/**
 * Upgrade from the previous release (0.4.0) and from the ones before it (0.3.0,
 * 0.2.0 and 0.1.0, for people who skipped a release), all kept in
 * tests/fixtures/releases: the old build saves a key and syncs; then this build
 * starts on the same profile with api.anthropic.com unreachable and must still
 * show the key as saved and the figures from the kept history; when the API is
 * back, a sync continues without fetching a kept day again. What only 0.3.0 and 0.4.0
 * stored (ChatGPT imports in IndexedDB v3, kept insight answers) is carried
 * over too, or dropped when it is no longer this build's.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectFiguresEverywhere, orgFigures } from './figures';
import { createUpgradeProfile } from './upgrade-harness';
import {
  fastSync,
  hint,
  key,
  latestDay,
  memberDay,
  release010,
  release020,
  release030,
  release040,
  saveKeyWithOldBuild,
  scenario,
} from './upgrade-scenario';
import { readStoredSettings } from './stored-state';
import { sampleUserEngagement } from '../../lib/chatgpt/fixtures/reference-samples';

declare const chrome: any;

for (const release of [release040, release030, release020, release010])
  test(`from ${release.name}: with the API unreachable, the key is still saved and the kept history still shows`, async () => {
    test.setTimeout(150_000);
    const { mock, pages } = await scenario();
    const profile = createUpgradeProfile();
    try {
      const old = await profile.launch(release.build, { api: mock, pages });
      await saveKeyWithOldBuild(old, 'device', release);
      const kept = new Set(old.api.traffic.requests.map((r) => memberDay(r.url)).filter(Boolean));
      expect(kept.size).toBe(14);
      await old.close({ keepProfile: true });

      const next = await profile.launch('current', { api: 'unreachable', pages });
      expect(next.extensionId).toBe(old.extensionId);
      const options = await next.context.newPage();
      await options.goto(`chrome-extension://${next.extensionId}/options.html`);
      await expect(options.getByTestId('key-state')).toHaveText(
        `Saved key ${hint} (kept on this device).`,
      );
      await expect(options.getByTestId('history-stats')).toContainText(`Member activity from`);
      await expect(options.getByTestId('history-stats')).toContainText(`to ${latestDay} (14 days)`);
      // This build runs, and adopted the kept history as the key's organisation's.
      await expect(options.getByTestId('history-owner')).toHaveText(
        'Shown here: the history of an unnamed organisation.',
      );
      await expectFiguresEverywhere(next.context, next.extensionId, await orgFigures(mock, key));
      // Nothing on the options page says the history could not be read.
      await expect(options.locator('body')).not.toContainText(
        /local history (could not|was written)/i,
      );
      // The ChatGPT stores (schema v2, v3 since issue 13) exist in the kept history, empty, and
      // take an import.
      await expect(options.getByTestId('chatgpt-imported-none')).toBeVisible();
      const chatgptFile = test.info().outputPath('chatgpt.csv');
      writeFileSync(chatgptFile, sampleUserEngagement);
      await options.getByLabel('Drop CSV files here, or choose them').setInputFiles(chatgptFile);
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(options.getByTestId('chatgpt-note')).toHaveText('Imported 1 period, 5 rows.');
      await expect(options.getByTestId('history-stats')).toContainText(`to ${latestDay} (14 days)`);

      // The API is back: a sync continues from the kept history. It re-reads the revision
      // window (the last 2 days, as every sync does) and no older kept day.
      const lastSyncAt = async () =>
        (
          await options.evaluate(() =>
            chrome.runtime.sendMessage({ type: 'to-background:get-status' }),
          )
        ).lastSync?.at ?? 0;
      const before = next.api.traffic.requests.length;
      const logged = await lastSyncAt();
      next.api.serve(mock);
      await options.getByRole('button', { name: 'Sync now' }).click();
      await expect.poll(lastSyncAt, { timeout: 60_000 }).toBeGreaterThan(logged);
      await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latestDay}`);
      const fetched = next.api.traffic.requests.slice(before).map((r) => memberDay(r.url));
      expect(fetched.filter((day) => day !== null && kept.has(day)).sort()).toEqual([
        '2026-11-23',
        '2026-11-24',
      ]);
      await next.close();
    } finally {
      profile.dispose();
    }
  });

test('from 0.4.0: a session-only key ends with the browser session, as designed; the kept history still shows', async () => {
  test.setTimeout(150_000);
  const { mock, pages } = await scenario();
  const profile = createUpgradeProfile();
  try {
    const old = await profile.launch(release040.build, { api: mock, pages });
    await saveKeyWithOldBuild(old, 'session', release040);
    await old.close({ keepProfile: true });

    const next = await profile.launch('current', { api: 'unreachable', pages });
    const options = await next.context.newPage();
    await options.goto(`chrome-extension://${next.extensionId}/options.html`);
    await expect(options.getByTestId('key-state')).toHaveText('No key saved.');
    await expect(options.getByTestId('history-stats')).toContainText(`to ${latestDay} (14 days)`);
    await expectFiguresEverywhere(next.context, next.extensionId, await orgFigures(mock, key));
    await expect(options.locator('body')).not.toContainText(
      /local history (could not|was written)/i,
    );
    // Saving the key again finds its organisation's history (identified, not refetched).
    next.api.serve(mock);
    await options.getByRole('textbox', { name: 'API key' }).fill(key);
    await options.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect(options.getByTestId('history-owner')).toHaveText(
      'Shown here: the history of an unnamed organisation.',
    );
    await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latestDay}`, {
      timeout: 60_000,
    });
    await expect(options.getByTestId('history-stats')).toContainText(`to ${latestDay} (14 days)`);
    await next.close();
  } finally {
    profile.dispose();
  }
});

test('from 0.1.0: a history it mixed (demo, then a key) is kept as the demo’s; the organisation’s starts clean', async () => {
  test.setTimeout(240_000);
  const { mock, pages } = await scenario();
  const profile = createUpgradeProfile();
  try {
    const old = await profile.launch(release010.build, { api: mock, pages });
    await release010.seedSettings(old, fastSync);
    const page = await old.context.newPage();
    await page.goto(`chrome-extension://${old.extensionId}/options.html`);
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'to-background:set-demo', enabled: true }),
    );
    await expect(page.getByTestId('last-sync')).toContainText('Synced to', { timeout: 120_000 });
    await page.close();
    await saveKeyWithOldBuild(old, 'device');
    await old.close({ keepProfile: true });

    const next = await profile.launch('current', { api: mock, pages });
    const options = await next.context.newPage();
    await options.goto(`chrome-extension://${next.extensionId}/options.html`);
    await expect(options.getByTestId('history-change')).toContainText(
      "mixed the demo's figures with your organisation's",
    );
    await expect(options.getByTestId('other-histories')).toContainText(
      'Northwind Labs (demo data)',
    );
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latestDay}`, {
      timeout: 60_000,
    });
    await expectFiguresEverywhere(next.context, next.extensionId, await orgFigures(mock, key));
    await next.close();
  } finally {
    profile.dispose();
  }
});

// Issue 11 item 7: 0.1.0 kept settings (k, team grain only), the popup's picture and the team
// snapshot in storage.local, where the claude.ai content script reaches them.
test('from 0.1.0: settings set with it are kept, and leave storage.local', async () => {
  test.setTimeout(150_000);
  const { mock, pages } = await scenario();
  const profile = createUpgradeProfile();
  const privacy = { k: 8, teamGrainOnly: true };
  try {
    const old = await profile.launch(release010.build, { api: mock, pages });
    await saveKeyWithOldBuild(old, 'device');
    await old.serviceWorker.evaluate(async (p) => {
      const { settings } = await chrome.storage.local.get('settings');
      const metrics = { ...(settings.metrics ?? {}), privacy: p };
      await chrome.storage.local.set({ settings: { ...settings, orgName: 'Acme', metrics } });
    }, privacy);
    // The old popup leaves its picture behind (with champions' emails when they may be shown).
    const popup = await old.context.newPage();
    await popup.goto(`chrome-extension://${old.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-rate')).toBeVisible();
    await expect
      .poll(() =>
        old.serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get(null))),
      )
      .toEqual(expect.arrayContaining(['settings', 'popupCache']));
    await old.close({ keepProfile: true });

    const next = await profile.launch('current', { api: 'unreachable', pages });
    const options = await next.context.newPage();
    await options.goto(`chrome-extension://${next.extensionId}/options.html`);
    await expect(options.getByTestId('key-state')).toHaveText(
      `Saved key ${hint} (kept on this device).`,
    );
    await expect(options.getByLabel('Minimum group size (k)')).toHaveValue('8');
    await expect(options.getByLabel(/Team grain only/)).toBeChecked();
    await expect(options.getByTestId('history-stats')).toContainText(`to ${latestDay} (14 days)`);
    const stored = await readStoredSettings(options);
    expect(stored.metrics.privacy).toEqual(privacy);
    expect(stored.orgName).toBe('Acme');
    // The figures are the kept history's; team grain only names nobody.
    const figures = await orgFigures(mock, key);
    const answer = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
    );
    expect(answer.model.adoption.monthly.actives).toBe(figures.monthlyActives);
    expect(answer.model.champions).toMatchObject({ shown: false, champions: [] });
    const local = await next.serviceWorker.evaluate(async () =>
      Object.keys(await chrome.storage.local.get(null)),
    );
    expect(local).not.toContain('settings');
    expect(local).not.toContain('popupCache');
    expect(local).not.toContain('teamSnapshot');
    await next.close();
  } finally {
    profile.dispose();
  }
});

test('from 0.2.0: its settings, the demo’s history and the organisation’s are kept, each apart', async () => {
  test.setTimeout(480_000);
  const { mock, pages } = await scenario();
  const profile = createUpgradeProfile();
  const privacy = { k: 8, teamGrainOnly: true };
  try {
    const old = await profile.launch(release020.build, { api: mock, pages });
    await release020.seedSettings(old, fastSync);
    const page = await old.context.newPage();
    await page.goto(`chrome-extension://${old.extensionId}/options.html`);
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'to-background:set-demo', enabled: true }),
    );
    await expect(page.getByTestId('last-sync')).toContainText('Synced to', { timeout: 120_000 });
    // The first picture says "Synced to" while the demo's history is still filling; on
    // a loaded machine that backfill runs long, so the key is saved once it has ended.
    await expect
      .poll(
        async () =>
          (
            (await page.evaluate(() =>
              chrome.runtime.sendMessage({ type: 'to-background:get-status' }),
            )) as { sync: { state: string } | null }
          ).sync?.state ?? 'not running',
        { timeout: 180_000, intervals: [500] },
      )
      .toBe('not running');
    await page.close();
    await saveKeyWithOldBuild(old, 'device', release020, 180_000);
    const options = await old.context.newPage();
    await options.goto(`chrome-extension://${old.extensionId}/options.html`);
    expect(
      await options.evaluate(
        (p) => chrome.runtime.sendMessage({ type: 'to-background:write-settings', patch: p }),
        { metrics: { privacy }, orgName: 'Acme' },
      ),
    ).not.toHaveProperty('error');
    await old.close({ keepProfile: true });

    const next = await profile.launch('current', { api: 'unreachable', pages });
    const view = await next.context.newPage();
    await view.goto(`chrome-extension://${next.extensionId}/options.html`);
    await expect(view.getByTestId('key-state')).toHaveText(
      `Saved key ${hint} (kept on this device).`,
    );
    await expect(view.getByLabel('Minimum group size (k)')).toHaveValue('8');
    await expect(view.getByLabel(/Team grain only/)).toBeChecked();
    await expect(view.getByTestId('history-stats')).toContainText(`to ${latestDay} (14 days)`);
    await expect(view.getByTestId('other-histories')).toContainText('Northwind Labs (demo data)');
    const stored = await readStoredSettings(view);
    expect(stored.metrics.privacy).toEqual(privacy);
    expect(stored.orgName).toBe('Acme');
    const figures = await orgFigures(mock, key);
    const answer = await view.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
    );
    expect(answer.model.adoption.monthly.actives).toBe(figures.monthlyActives);
    expect(answer.model.champions).toMatchObject({ shown: false, champions: [] });
    await expect(view.locator('body')).not.toContainText(/local history (could not|was written)/i);
    await next.close();
  } finally {
    profile.dispose();
  }
});
