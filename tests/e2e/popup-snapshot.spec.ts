/**
 * A team lead without the API key: the admin exports one team's snapshot in
 * options, the lead imports it in a browser of their own, and the popup
 * shows that team's picture (the same numbers the admin sees) and how old
 * it is, with the fingerprint of the key it now trusts. Tampered, oversized,
 * foreign and forged files (another key, invented figures, a link to any
 * https page) are refused with a reason.
 */
import { readFileSync } from 'node:fs';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { launchExtension } from './launch';
import { newStoredSigner, signValue, signerOf } from '../../lib/snapshot/signing';

/** A forger's file: the admin's, edited, signed with a key of the forger's own. */
async function forgedFrom(text: string, edit: (f: any) => void): Promise<string> {
  const forger = await signerOf(await newStoredSigner());
  const { signature: _, ...body } = JSON.parse(text);
  edit(body);
  body.signer = { publicKey: forger.publicKey, endorsement: null };
  return JSON.stringify({ ...body, signature: await signValue(forger.privateKey, body) });
}

declare const chrome: any;

test.use({ mockOptions: { org: { members: 300, groups: 6, seed: 7 }, rateLimitPerMinute: 3000 } });
const fastSync = { sync: { historyDepthDays: 14, rateLimitPerMinute: 3000, scheduleHours: 6 } };

test('snapshot: exported by the admin, imported by a lead, shown in the popup; tampered files refused', async ({
  ext,
  mock,
  openExtensionPage,
}, testInfo) => {
  test.setTimeout(90_000); // a sync, then a second browser (the lead's) importing six files
  await seedSettings(ext, { ...fastSync, orgName: 'Northwind Labs' });
  const options = await openExtensionPage('options.html');
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save', exact: true }).first().click();
  const latest = mock.latestAvailableDay();
  await expect(options.getByTestId('last-sync')).toContainText(`Synced to ${latest}`, {
    timeout: 30_000,
  });
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
  );
  const team = answer.scopes.find((s: any) => s.kind === 'group' && !s.hiddenBecause);
  const small = answer.scopes.find((s: any) => s.hiddenBecause);

  // The privacy floor: no snapshot for a team under k.
  await options.getByLabel('Team', { exact: true }).selectOption(small.id);
  await options.getByRole('button', { name: 'Export team snapshot' }).click();
  await expect(options.getByTestId('snapshot-status')).toContainText('privacy floor');

  await options.getByLabel('Team', { exact: true }).selectOption(team.id);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export team snapshot' }).click(),
  ]);
  await expect(options.getByTestId('snapshot-status')).toContainText('aggregates only');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^uptake-snapshot-[a-z0-9-]+-${latest}\\.json$`),
  );
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain('@'); // no email, no champion named
  await options.reload(); // the organisation keys section reads the key made by the export
  await expect(options.getByTestId('signing-fingerprint')).toContainText('Snapshot signing key: ');
  const adminKey = (await options.getByTestId('signing-fingerprint').textContent())!.replace(
    'Snapshot signing key: ',
    '',
  );
  expect(adminKey).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  // What the admin's popup shows for that team.
  const admin = await openExtensionPage('popup.html');
  await admin.getByTestId('popup-scope').selectOption(team.id);
  await expect(admin.locator('main[data-source="live"]')).toBeVisible();
  const adminRate = await admin.getByTestId('popup-rate').textContent();
  const adminNeeded = await admin.getByTestId('popup-needed').textContent();
  const adminSize = await admin.getByTestId('popup-size').textContent();

  // The lead's browser: no key, no history, no network at all.
  const lead = await launchExtension();
  try {
    const requests: string[] = [];
    await lead.context.route('https://api.anthropic.com/**', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await lead.context.newPage();
    await page.goto(`chrome-extension://${lead.extensionId}/options.html#team-snapshot`);
    const input = page.getByLabel('Import a team snapshot');

    const refused: [string, string | Buffer, string][] = [
      [
        'tampered.json',
        text.replace(/"rate": [0-9.]+/, '"rate": 99.5'),
        'signature does not match',
      ],
      ['big.json', Buffer.alloc(200 * 1024, 32), 'at most 64 KB'],
      ['settings.json', '{"format":"uptake-settings","version":1}', 'not an Uptake team snapshot'],
      ['notes.json', 'hello', 'not JSON'],
    ];
    for (const [name, body, reason] of refused) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(page.getByTestId('snapshot-status')).toContainText(`Refused: `);
      await expect(page.getByTestId('snapshot-status')).toContainText(reason);
      await expect(page.getByTestId('snapshot-current')).toHaveText('No team snapshot imported.');
    }
    expect(refused[0]![1]).not.toBe(text); // the edit did change a figure

    await input.setInputFiles(file);
    await expect(page.getByTestId('snapshot-status')).toContainText(
      `Imported the snapshot of ${team.name}, made today`,
    );
    await expect(page.getByTestId('snapshot-current')).toContainText(
      `Imported: ${team.name} (Northwind Labs)`,
    );
    await expect(page.getByTestId('snapshot-status')).toContainText(
      `This browser now trusts its signing key ${adminKey}`,
    );

    // Forged files, now that the admin's key is trusted: refused, the admin's snapshot stays.
    const forged: [string, string, string][] = [
      [
        'forged-figures.json',
        await forgedFrom(text, (f) => {
          f.payload.picture.adoption.monthly.rate = 97;
        }),
        'which this browser does not trust',
      ],
      [
        'forged-link.json',
        await forgedFrom(text, (f) => {
          f.payload.picture.suggestions = [
            {
              id: 'x',
              title: 'Your seat expires',
              why: 'Renew it now',
              action: { kind: 'playbook', label: 'Renew', url: 'https://renew.evil.example/' },
            },
          ];
        }),
        "not one of Uptake's playbook pages",
      ],
    ];
    for (const [name, body, reason] of forged) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(page.getByTestId('snapshot-status')).toContainText(`Refused: `);
      await expect(page.getByTestId('snapshot-status')).toContainText(reason);
      await expect(page.getByTestId('snapshot-current')).toContainText(`Imported: ${team.name}`);
    }
    // The lead's options list the key this browser trusts.
    await page.reload();
    await expect(page.getByTestId('trusted-keys')).toContainText(adminKey);

    const popup = await lead.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${lead.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-snapshot-banner')).toContainText(
      `Team snapshot of ${team.name} (Northwind Labs), made today; figures up to ${latest}`,
    );
    await expect(popup.getByTestId('mode')).toContainText('Team snapshot from your admin');
    await expect(popup.getByTestId('popup-snapshot-key')).toContainText(adminKey);
    await expect(popup.getByTestId('popup-rate')).toHaveText(adminRate!);
    await expect(popup.getByTestId('popup-needed')).toHaveText(adminNeeded!);
    await expect(popup.getByTestId('popup-size')).toHaveText(adminSize!);
    await expect(popup.getByTestId('popup-champions')).toContainText('aggregates only');
    await expect(popup.getByTestId('popup-scope')).toHaveCount(0);
    await popup.screenshot({ path: '.tmp/shots/popup/snapshot-light.png', fullPage: true });
    expect(requests).toEqual([]);

    // Removing it brings the empty state back.
    await page.getByRole('button', { name: 'Remove team snapshot' }).click();
    await popup.reload();
    await expect(popup.getByTestId('popup-empty')).toContainText('Nothing to show yet');
  } finally {
    await lead.close();
  }
});
