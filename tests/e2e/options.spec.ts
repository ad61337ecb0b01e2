/**
 * The admin's options page in the real extension: every form with valid and
 * invalid input, persistence across a browser restart, the org-chart CSV
 * import, settings files, clearing local data, and screenshots.
 */
import type { Page } from '@playwright/test';
import { launchExtension } from './launch';
import { expect, seedSettings, test } from './fixtures';

declare const chrome: any;

async function storedSettings(page: Page): Promise<any> {
  return page.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

test('the options page shows every section, light and dark', async ({ ext, openExtensionPage }) => {
  await seedSettings(ext, { orgName: 'Northwind Labs' });
  const options = await openExtensionPage('options.html');
  for (const name of [
    'API key',
    'Team snapshot',
    'Targets',
    'Champions',
    'Privacy',
    'Team mapping',
    'Features',
    'Sync',
  ])
    await expect(options.getByRole('heading', { name, exact: true })).toBeVisible();
  await options.screenshot({ path: '.tmp/shots/options/options-light.png', fullPage: true });
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.screenshot({ path: '.tmp/shots/options/options-dark.png', fullPage: true });
});
