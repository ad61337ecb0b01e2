/**
 * A 20,000-member organisation (issue 12, "Done when"): the demo organisation
 * at 20,000 members in 25 groups, served by the mock, synced through the options
 * page as an admin would (a week of member history at the mock's raised rate
 * limit: the fast path the other specs use), then the popup's, the companion's
 * and the overlay's headline figures checked against the mock's own
 * `/summaries` (figures.ts), and the history checked to hold every seat holder.
 * About 3.5 minutes on a loaded 2-core machine (the week of member days is most of it).
 */
import type { Page } from '@playwright/test';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { expectFiguresEverywhere, orgFigures } from './figures';

declare const chrome: any;

const members = 20_000;
test.use({
  mockOptions: { org: { members, groups: 25, seed: 42 }, rateLimitPerMinute: 100_000 },
});

/** Rows of the active history's stores, read in an extension page. */
async function storedCounts(page: Page): Promise<{ userDays: number; members: number }> {
  return page.evaluate(async () => {
    const registry = (await chrome.storage.local.get('histories')).histories;
    const name =
      registry?.sources?.find((s: { id: string }) => s.id === registry.active)?.db ?? 'uptake';
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const req = db.transaction(store).objectStore(store).count();
        req.onsuccess = () => resolve(req.result);
      });
    const out = { userDays: await count('userDays'), members: await count('members') };
    db.close();
    return out;
  });
}

test('20,000 members: the overlay, the popup and the companion show the mock’s /summaries figures', async ({
  ext,
  mock,
  openExtensionPage,
}) => {
  // The sync (about 250 requests, 140,000 member rows) took 190 s on a 2-core machine at load 13.
  test.setTimeout(420_000);
  await seedSettings(ext, {
    sync: { historyDepthDays: 7, rateLimitPerMinute: 6000, scheduleHours: 6 },
  });
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  await options
    .getByTestId('last-sync')
    .filter({ hasText: 'Synced to' })
    .waitFor({ timeout: 300_000 });

  const figures = await orgFigures(mock, DEMO_KEY);
  expect(figures.seats).toBeGreaterThan(members * 0.9); // the org really is this large
  const stored = await storedCounts(options);
  expect(stored.userDays).toBe(7);
  expect(stored.members).toBeGreaterThanOrEqual(figures.seats);

  await expectFiguresEverywhere(ext.context, ext.extensionId, figures);
});
