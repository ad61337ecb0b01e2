/**
 * Issue 11 items 5–6: the organisation's keys leave a browser only wrapped
 * with a passphrase, and a second admin who imports them signs team
 * snapshots with the same key (same fingerprint) and makes the same
 * pseudonyms (lib/store/org-secrets.test.ts checks the pseudonyms).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { launchExtension } from './launch';

declare const chrome: any;

test('organisation keys: exported wrapped with a passphrase, imported by a second admin', async ({
  openExtensionPage,
}, testInfo) => {
  test.setTimeout(60_000); // two browsers, PBKDF2 at 600,000 iterations three times
  const options = await openExtensionPage('options.html#org-keys');
  const status = options.getByTestId('org-keys-status');
  await expect(options.getByTestId('signing-fingerprint')).toContainText(
    'No snapshot signing key yet',
  );

  await options.getByLabel('Passphrase (at least 12 characters)').fill('short');
  await options.getByRole('button', { name: 'Export organisation keys' }).click();
  await expect(status).toContainText('Choose a passphrase of at least 12 characters');

  const passphrase = 'correct horse battery staple';
  await options.getByLabel('Passphrase (at least 12 characters)').fill(passphrase);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export organisation keys' }).click(),
  ]);
  await expect(status).toContainText('wrapped with your passphrase');
  await expect(options.getByTestId('signing-fingerprint')).toContainText('Snapshot signing key: ');
  const fingerprint = await options.getByTestId('signing-fingerprint').textContent();
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const wrapped = JSON.parse(readFileSync(path, 'utf8'));
  expect(wrapped).toMatchObject({
    format: 'uptake-org-secrets',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
    cipher: { name: 'AES-GCM' },
  });
  expect(readFileSync(path, 'utf8')).not.toMatch(/"d"|pseudonymSecret|privateJwk/);
  // Nothing secret in storage.local, where a content script could read it.
  const local = await options.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(local)).not.toMatch(/pseudonymSalt|privateJwk|"d":/);

  const second = await launchExtension();
  try {
    const page = await second.context.newPage();
    await page.goto(`chrome-extension://${second.extensionId}/options.html#org-keys`);
    const input = page.getByLabel('Import organisation keys');
    await page.getByLabel('Passphrase (at least 12 characters)').fill('not the passphrase');
    await input.setInputFiles(path);
    await expect(page.getByTestId('org-keys-status')).toContainText(
      'The passphrase is wrong, or the file was changed after it was exported; nothing was imported.',
    );
    await expect(page.getByTestId('signing-fingerprint')).toContainText(
      'No snapshot signing key yet',
    );

    await page.getByLabel('Passphrase (at least 12 characters)').fill(passphrase);
    await input.setInputFiles(path);
    await expect(page.getByTestId('org-keys-status')).toContainText(
      'Imported the organisation keys (with the snapshot signing key).',
    );
    await expect(page.getByTestId('signing-fingerprint')).toHaveText(fingerprint!);
  } finally {
    await second.close();
  }
});
