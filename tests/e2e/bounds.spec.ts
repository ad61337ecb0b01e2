/**
 * Issue 11 items 7 and 8: what the claude.ai content script can reach. Code
 * runs in the content script's isolated world (isolated-world.ts), as a
 * compromised content script would.
 */
import type { Page } from '@playwright/test';
import { replicaUrls } from '../fixtures/replica/render';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { inContentScriptWorld } from './isolated-world';
import { readStoredSettings, readStoredState } from './stored-state';

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };

async function saveKeyAndSync(options: Page) {
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByLabel('on this device').check();
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(options.getByTestId('last-sync')).toContainText('Synced to', { timeout: 30_000 });
}

test('the content script gets only what the overlay shows, whatever it asks for (item 8)', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await saveKeyAndSync(options);
  // An extension page gets the whole model: seat signals and the scope list.
  const full = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org', lean: false }),
  );
  expect(full.model.seats).not.toBeNull();
  expect(full.scopes.length).toBeGreaterThan(1);

  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(page.locator('[data-uptake="freshness-badge"]')).toHaveCount(1);
  for (const lean of [false, true]) {
    const answer: any = await inContentScriptWorld(
      page,
      `chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org', lean: ${lean} })`,
    );
    expect(answer.model.version).toBe(1);
    expect(answer.model.seats).toBeNull();
    expect(answer.scopes).toEqual([]);
    for (const s of answer.model.suggestions)
      expect(s.action).toMatchObject({ championMemberId: null, championEmail: null });
  }
  // A page-only request is refused.
  expect(
    await inContentScriptWorld(
      page,
      "chrome.runtime.sendMessage({ type: 'to-background:history-changed' })",
    ),
  ).toEqual({ error: "Only Uptake's own pages may ask for that." });
});

test('settings, the popup picture and the team snapshot are out of the content script’s reach (item 7)', async ({
  ext,
  openExtensionPage,
}) => {
  const privacy = { k: 8, teamGrainOnly: false };
  await seedSettings(ext, { ...fastSync, metrics: { privacy } });
  const options = await openExtensionPage('options.html');
  await saveKeyAndSync(options);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popup-rate')).toBeVisible();
  // The popup has kept its picture (wherever this build keeps it).
  const cached = async () =>
    (await readStoredState(options, 'popupCache')) ??
    (await options.evaluate(async () => (await chrome.storage.local.get('popupCache')).popupCache));
  await expect.poll(cached).toBeDefined();

  const page = await ext.context.newPage();
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(page.locator('[data-uptake="freshness-badge"]')).toHaveCount(1);
  // Read: nothing privacy-relevant in storage.local, and the extension's databases are not its.
  const local: any = await inContentScriptWorld(
    page,
    'chrome.storage.local.get(null).then((v) => Object.keys(v))',
  );
  for (const key of ['settings', 'popupCache', 'teamSnapshot']) expect(local).not.toContain(key);
  const dbs = await inContentScriptWorld(
    page,
    'indexedDB.databases().then((d) => d.map((x) => x.name))',
  );
  expect(dbs).not.toContain('uptake-state');
  // Write: a lowered floor written where the settings used to be changes nothing.
  await inContentScriptWorld(
    page,
    "chrome.storage.local.set({ settings: { metrics: { privacy: { k: 2, teamGrainOnly: false } } } }).then(() => 'ok')",
  );
  await options.reload();
  await expect(options.getByLabel('Minimum group size (k)')).toHaveValue('8');
  expect((await readStoredSettings(options)).metrics.privacy).toEqual(privacy);
});

test('only the background writes settings: a page’s bad patch is refused whole, the content script may not ask (item 7)', async ({
  ext,
  openExtensionPage,
}) => {
  const privacy = { k: 8, teamGrainOnly: true };
  await seedSettings(ext, { metrics: { privacy }, pseudonymisedExports: true });
  const options = await openExtensionPage('options.html');
  const before = await readStoredSettings(options);
  expect([before.metrics.privacy, before.pseudonymisedExports]).toEqual([privacy, true]);
  const write = (patch: unknown) =>
    options.evaluate(
      (p) => chrome.runtime.sendMessage({ type: 'to-background:write-settings', patch: p }),
      patch,
    );
  // From an extension page: an invalid field refuses the whole patch, in a sentence.
  expect(await write({ pseudonymisedExports: 'false', orgName: 'Renamed' })).toEqual({
    error:
      'Settings not saved: pseudonymisedExports is not valid (Invalid input: expected boolean, received string).',
  });
  expect(await write({ demo: true })).toEqual({
    error: 'Settings not saved: the patch has no setting “demo”.',
  });
  // From the content script on claude.ai: refused before any check.
  const page = await ext.context.newPage();
  await page.goto('https://claude.ai/new');
  expect(
    await inContentScriptWorld(
      page,
      "chrome.runtime.sendMessage({ type: 'to-background:write-settings', patch: { pseudonymisedExports: false } })",
    ),
  ).toEqual({ error: "Only Uptake's own pages may ask for that." });
  // Nothing written: the stored settings are as seeded.
  expect(await readStoredSettings(options)).toEqual(before);
  // A valid patch from the page is written.
  expect((await write({ orgName: 'Northwind Labs' })).settings.orgName).toBe('Northwind Labs');
  expect((await readStoredSettings(options)).orgName).toBe('Northwind Labs');
});

/** Emails in the member records of the history shown (the active source's database). */
async function historyEmails(options: Page): Promise<string[]> {
  return options.evaluate(async () => {
    const { histories } = await chrome.storage.local.get('histories');
    const source = histories.sources.find((s: { id: string }) => s.id === histories.active);
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const r = indexedDB.open(source.db);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all: { email: string }[] = await new Promise((resolve, reject) => {
      const r = db.transaction('members').objectStore('members').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return all.map((m) => m.email);
  });
}

test('a person forgotten in options leaves the history, and a later sync does not bring them back (item 12)', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, fastSync);
  const options = await openExtensionPage('options.html');
  await saveKeyAndSync(options);
  const before = await historyEmails(options);
  const email = before[0]!;
  expect(before.length).toBeGreaterThan(100);

  await options.getByLabel('Email address or member id').fill(email.toUpperCase());
  await options.getByRole('button', { name: 'Forget this person' }).click();
  await expect(options.getByTestId('forget-status')).toContainText(
    'Forgotten: removed from 14 days',
  );
  expect(await historyEmails(options)).toEqual(before.filter((e) => e !== email));

  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(options.getByTestId('last-sync')).toContainText('Synced to', { timeout: 30_000 });
  expect(await historyEmails(options)).not.toContain(email);
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org', lean: false }),
  );
  expect(JSON.stringify(answer)).not.toContain(email);
});
