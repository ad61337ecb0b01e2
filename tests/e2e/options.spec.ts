/**
 * The admin's options page in the real extension: every form with valid and
 * invalid input, persistence across a browser restart, the org-chart CSV
 * import, settings files, and screenshots. (Team mapping with synced groups,
 * clearing local data and snapshots: options-synced.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  badRowsCsv,
  bigCsv,
  formulaCsv,
  goodCsv,
  wrongColumnsCsv,
} from '../../lib/org-chart/test-files';
import { addDays, browserToday } from './clock';
import { expect, seedSettings, test } from './fixtures';
import { extensionDir, launchExtension } from './launch';
import { readStoredSettings } from './stored-state';

declare const chrome: any;

/** Target deadlines in the future of the browser's clock (the form refuses past ones). */
const nearDeadline = addDays(browserToday(), 127);
const laterDeadline = addDays(browserToday(), 218);

async function stored(page: Page): Promise<any> {
  return readStoredSettings(page);
}

function csv(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
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

test('targets: invalid values are refused inline; add, edit and remove persist across a restart', async ({
  ext,
  openExtensionPage,
}) => {
  await seedSettings(ext, {
    metrics: {
      targets: [
        {
          id: 'org-monthly-adoption',
          metric: 'monthly_adoption',
          scope: 'org',
          value: 70,
          deadline: null,
        },
        { id: 'gone', metric: 'weekly_adoption', scope: 'g_gone', value: 50, deadline: null },
      ],
    },
  });
  const page = await openExtensionPage('options.html');
  const rows = page.getByTestId('target-row');
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Add target' }).click();
  await page.getByLabel('Metric', { exact: true }).selectOption('weekly_adoption');
  const value = page.getByLabel('Target (%)');
  for (const [typed, deadline, field, message] of [
    ['120', '', value, 'Enter a percent above 0 and at most 100.'],
    ['0', '', value, 'Enter a percent above 0 and at most 100.'],
    [
      '40',
      '2026-01-15',
      page.getByLabel('Deadline', { exact: true }),
      'The deadline must be in the future.',
    ],
  ] as const) {
    await value.fill(typed);
    await page.getByLabel('Deadline', { exact: true }).fill(deadline);
    await page.getByRole('button', { name: 'Save target' }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('targets-status')).toContainText('not saved');
  }
  expect((await stored(page)).metrics.targets).toHaveLength(2);

  await value.fill('40');
  await page.getByLabel('Deadline', { exact: true }).fill(laterDeadline);
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByTestId('targets-status')).toHaveText('Target added.');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('Weekly adoption (%)');
  await expect(rows.nth(2)).toContainText('40%');
  await expect(rows.nth(2)).toContainText(laterDeadline);

  // A target whose group no longer exists cannot be saved as it is.
  await page.getByRole('button', { name: 'Edit target g_gone Weekly adoption (%)' }).click();
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByText('Group g_gone does not exist')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Remove target g_gone Weekly adoption (%)' }).click();
  await expect(page.getByTestId('targets-status')).toHaveText('Target removed.');

  await page
    .getByRole('button', { name: 'Edit target Whole organisation Monthly adoption (%)' })
    .click();
  await page.getByLabel('Target (%)').fill('75');
  await page.getByLabel('Deadline', { exact: true }).fill(nearDeadline);
  await page.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByTestId('targets-status')).toHaveText('Target updated.');

  const restarted = await restart(ext);
  try {
    const again = restarted.page;
    const list = again.getByTestId('target-row');
    await expect(list).toHaveCount(2);
    await expect(list.nth(0)).toContainText('75%');
    await expect(list.nth(0)).toContainText(nearDeadline);
    await expect(list.nth(1)).toContainText('40%');
    const targets = (await stored(again)).metrics.targets;
    expect(targets.map((t: any) => [t.metric, t.value, t.deadline])).toEqual([
      ['monthly_adoption', 75, nearDeadline],
      ['weekly_adoption', 40, laterDeadline],
    ]);
  } finally {
    await restarted.close();
  }
});

/** Closes the browser and opens the same profile again, on the options page. */
async function restart(ext: { context: any; userDataDir: string }) {
  await ext.context.close();
  const again = await launchExtension({ userDataDir: ext.userDataDir });
  const page = await again.context.newPage();
  await page.goto(`chrome-extension://${again.extensionId}/options.html`);
  return { page, close: () => again.close({ keepProfile: true }) };
}

test('champions, privacy, features and sync: invalid input refused, valid input kept across a restart', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');

  // Champions.
  await page.getByLabel('Weight: breadth').fill('11');
  await page.getByLabel('Window (days)').fill('5');
  await page
    .getByLabel('Opted out (emails, one per line)')
    .fill('ann@northwind.test\nnot-an-email');
  await page.getByRole('button', { name: 'Save champion rules' }).click();
  await expect(page.getByText('Enter a weight from 0 to 10.')).toBeVisible();
  await expect(page.getByText('Enter a whole number from 7 to 90.')).toBeVisible();
  await expect(page.getByText('Not an email address: not-an-email.')).toBeVisible();
  expect((await stored(page)).metrics).toBeUndefined();
  await page.getByLabel('Weight: breadth').fill('2');
  await page.getByLabel('Window (days)').fill('45');
  await page.getByLabel('Top slice (%)').fill('10');
  await page
    .getByLabel('Opted out (emails, one per line)')
    .fill('Ann@Northwind.test\nbob@northwind.test');
  await page.getByRole('button', { name: 'Save champion rules' }).click();
  await expect(page.getByTestId('champions-status')).toHaveText('Champion rules saved.');
  await page.getByRole('button', { name: 'Refresh thresholds' }).click();
  await expect(page.getByTestId('champions-status')).toContainText(
    'No champion can be computed yet',
  );
  await page.getByLabel('Show champion badges beside member names on claude.ai').uncheck();
  await expect(page.getByTestId('champions-status')).toHaveText('Badges hidden.');

  // Privacy.
  await page.getByLabel('Minimum group size (k)').fill('1');
  await page.getByRole('button', { name: 'Save privacy settings' }).click();
  await expect(page.getByText('Enter a whole number from 2 to 100.')).toBeVisible();
  await expect(page.getByLabel('Minimum group size (k)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Minimum group size (k)').fill('8');
  await page.getByLabel(/Team grain only/).check();
  await page.getByLabel(/Pseudonymised exports/).uncheck();
  await page.getByRole('button', { name: 'Save privacy settings' }).click();
  await expect(page.getByTestId('privacy-status')).toHaveText('Privacy settings saved.');

  // Features: one switch per overlay feature, saved on change.
  await page.getByRole('checkbox', { name: /Suggestion cards/ }).uncheck();
  await expect(page.getByTestId('features-status')).toHaveText('Suggestion cards off.');
  const overlay = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'to-background:get-overlay-settings' }),
  );
  expect(overlay.features['suggestion-card']).toBe(false);
  expect(overlay.features['champion-badge']).toBe(false);
  expect(overlay.features['target-strip']).toBe(true);

  // Sync.
  await page.getByLabel('Sync every (hours)').fill('0');
  await page.getByLabel('History depth').selectOption('days');
  await page.getByLabel('Days of per-member history').fill('3');
  await page.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(page.getByText('Enter a whole number from 1 to 168.')).toBeVisible();
  await expect(page.getByText('Enter a whole number from 7 to 366.')).toBeVisible();
  await page.getByLabel('Sync every (hours)').fill('12');
  await page.getByLabel('Days of per-member history').fill('30');
  await page.getByLabel('Keep per-person history for (days)').fill('400');
  await page.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText('Sync settings saved.');
  await expect
    .poll(() =>
      ext.serviceWorker.evaluate(
        async () => (await chrome.alarms.get('uptake:sync'))?.periodInMinutes,
      ),
    )
    .toBe(720);

  const restarted = await restart(ext);
  try {
    const again = restarted.page;
    await expect(again.getByLabel('Weight: breadth')).toHaveValue('2');
    await expect(again.getByLabel('Window (days)')).toHaveValue('45');
    await expect(again.getByLabel('Top slice (%)')).toHaveValue('10');
    await expect(again.getByLabel('Opted out (emails, one per line)')).toHaveValue(
      'ann@northwind.test\nbob@northwind.test',
    );
    await expect(
      again.getByLabel('Show champion badges beside member names on claude.ai'),
    ).not.toBeChecked();
    await expect(again.getByLabel('Minimum group size (k)')).toHaveValue('8');
    await expect(again.getByLabel(/Team grain only/)).toBeChecked();
    await expect(again.getByLabel(/Pseudonymised exports/)).not.toBeChecked();
    await expect(again.getByRole('checkbox', { name: /Suggestion cards/ })).not.toBeChecked();
    await expect(again.getByLabel('Sync every (hours)')).toHaveValue('12');
    await expect(again.getByLabel('Days of per-member history')).toHaveValue('30');
    await expect(again.getByLabel('Keep per-person history for (days)')).toHaveValue('400');
    const s = await stored(again);
    expect(s.metrics.champions).toMatchObject({
      weights: { consistency: 1, breadth: 2, depth: 1 },
      windowDays: 45,
      topShare: 0.1,
      optOutEmails: ['ann@northwind.test', 'bob@northwind.test'],
    });
    expect(s.metrics.privacy).toEqual({ k: 8, teamGrainOnly: true });
    expect(s.pseudonymisedExports).toBe(false);
    expect(s.sync).toEqual({
      historyDepthDays: 30,
      rateLimitPerMinute: 60,
      scheduleHours: 12,
      retentionDays: 400,
    });
  } finally {
    await restarted.close();
  }
});

test('org-chart CSV: preview before anything applies, wrong columns, bad rows, formulas, 5 MB, previous kept on failure', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const file = page.getByLabel('Choose an org-chart CSV');
  const current = page.getByTestId('orgchart-current');

  // A good file: a preview, and nothing applied until confirmed.
  await file.setInputFiles(csv('people.csv', goodCsv));
  await expect(page.getByTestId('orgchart-preview')).toContainText('5 people in 2 teams');
  await expect(page.getByLabel('Email column')).toHaveValue('0');
  await expect(page.getByLabel('Team column')).toHaveValue('1');
  await expect(current).toHaveText('No org chart applied.');
  await page.getByRole('button', { name: 'Apply org chart' }).click();
  await expect(page.getByTestId('orgchart-status')).toContainText(
    'Org chart applied: 5 people in 2 teams',
  );
  await expect(current).toContainText('In use: people.csv, 5 people in 2 teams');

  // Wrong columns: refused with the reason; the admin maps them by hand; cancelling keeps the chart.
  await file.setInputFiles(csv('wrong.csv', wrongColumnsCsv));
  await expect(page.getByTestId('orgchart-refused')).toContainText('No column for email');
  await expect(page.getByRole('button', { name: 'Apply org chart' })).toBeDisabled();
  await page.getByLabel('Email column').selectOption('0');
  await page.getByLabel('Team column').selectOption('1');
  await expect(page.getByTestId('orgchart-errors')).toContainText(
    'Row 2: "ann" is not an email address.',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(current).toContainText('In use: people.csv');

  // Bad rows: listed by row; the good rows apply.
  await file.setInputFiles(csv('bad.csv', badRowsCsv));
  const errors = page.getByTestId('orgchart-errors');
  await expect(errors).toContainText('Row 3: "not-an-email" is not an email address.');
  await expect(errors).toContainText('Row 4: No team for bob@northwind.test.');
  await expect(errors).toContainText('Row 5: ann@northwind.test is already on row 2.');
  await expect(errors).toContainText('Row 6: Seat status "maybe" is not understood');
  await expect(page.getByTestId('orgchart-preview')).toContainText('2 people in 2 teams');
  await expect(current).toContainText('In use: people.csv');
  await page.locator('#teams').screenshot({ path: '.tmp/shots/options/org-chart-preview.png' });

  // A formula-like cell stays text, with a warning.
  await file.setInputFiles(csv('formula.csv', formulaCsv));
  await expect(page.getByTestId('orgchart-warnings')).toContainText(
    'begins like a spreadsheet formula',
  );
  await expect(page.getByTestId('orgchart-teams')).toContainText(
    `'=HYPERLINK("http://evil.test","Click")`,
  );
  await expect(page.getByTestId('orgchart-errors')).toContainText(
    `Row 4: "'=cmd|calc@x.test" is not an email address.`,
  );
  await page.getByRole('button', { name: 'Apply org chart' }).click();
  await expect(current).toContainText('In use: formula.csv, 2 people in 2 teams');
  const teams = await page.evaluate(async () => {
    const open = indexedDB.open('uptake-org-chart');
    const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
    const get = db.transaction('charts').objectStore('charts').get('current');
    return new Promise<string[]>((ok) => (get.onsuccess = () => ok(get.result.teams)));
  });
  expect(teams).toEqual([`'+Ops`, `'=HYPERLINK("http://evil.test","Click")`]);

  // 5 MB: read, previewed and applied.
  const big = bigCsv(5 * 1024 * 1024);
  const people = big.split('\n').length - 1;
  await file.setInputFiles(csv('big.csv', big));
  await expect(page.getByTestId('orgchart-preview')).toContainText(
    `${people.toLocaleString('en')} people in 40 teams`,
    { timeout: 10_000 },
  );
  await page.getByRole('button', { name: 'Apply org chart' }).click();
  await expect(current).toContainText(
    `In use: big.csv, ${people.toLocaleString('en')} people in 40 teams`,
    {
      timeout: 10_000,
    },
  );

  // A file that is not a CSV with a header: refused, the chart in use stays.
  await file.setInputFiles(csv('notes.csv', 'just one line'));
  await expect(page.getByTestId('orgchart-refused')).toContainText('no header row');
  await expect(current).toContainText('In use: big.csv');
});

test('settings export to a file and import from one (validated, confirmed first)', async ({
  ext,
  openExtensionPage,
}, testInfo) => {
  await seedSettings(ext, { orgName: 'Northwind Labs', metrics: { privacy: { k: 6 } } });
  const page = await openExtensionPage('options.html');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('uptake-settings.json');
  const path = testInfo.outputPath('settings.json');
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file.settings.metrics.privacy.k).toBe(6);
  expect(JSON.stringify(file)).not.toMatch(/apiKey|sk-ant/);

  // An invalid file is refused with the reason; nothing changes.
  file.settings.metrics.privacy.k = 1;
  const bad = testInfo.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify(file));
  await page.getByLabel('Import settings from a file').setInputFiles(bad);
  await expect(page.getByTestId('data-status')).toContainText(
    'invalid at settings.metrics.privacy.k',
  );
  expect((await stored(page)).metrics.privacy.k).toBe(6);

  // A valid one is shown, then applied on confirmation; the forms follow.
  file.settings.metrics.privacy.k = 9;
  file.settings.orgName = 'Contoso';
  const good = testInfo.outputPath('good.json');
  writeFileSync(good, JSON.stringify(file));
  await page.getByLabel('Import settings from a file').setInputFiles(good);
  await expect(page.getByTestId('settings-import-preview')).toContainText(
    'good.json sets: organisation name',
  );
  expect((await stored(page)).metrics.privacy.k).toBe(6);
  await page.getByRole('button', { name: 'Import these settings' }).click();
  await expect(page.getByTestId('data-status')).toHaveText('Settings imported from good.json.');
  expect((await stored(page)).metrics.privacy.k).toBe(9);
  await expect(page.getByLabel('Minimum group size (k)')).toHaveValue('9');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Contoso');
});

test('the privacy section links to the rules, shipped as the extension page privacy.html', async ({
  ext,
  openExtensionPage,
}) => {
  // The build rendered docs/privacy.md into privacy.html (scripts/privacy-page.ts): every heading.
  const built = readFileSync(path.join(extensionDir, 'privacy.html'), 'utf8');
  const headings = [...readFileSync('docs/privacy.md', 'utf8').matchAll(/^#{1,3} (.+)$/gm)].map(
    (m) => m[1]!,
  );
  expect(headings).toContain('What an admin cannot learn from Uptake');
  for (const heading of headings) expect(built).toContain(`>${heading}</h`);

  const options = await openExtensionPage('options.html');
  const section = options.locator('section#privacy');
  await expect(section.getByTestId('privacy-rules-link')).toBeVisible();
  await section.screenshot({ path: '.tmp/shots/options/privacy-section.png' });

  // The link opens the page in a tab of its own, on the extension's styles.
  const [doc] = await Promise.all([
    ext.context.waitForEvent('page'),
    section.getByTestId('privacy-rules-link').click(),
  ]);
  await expect(
    doc.getByRole('heading', { level: 1, name: 'Privacy: the publication gate' }),
  ).toBeVisible();
  expect(doc.url()).toBe(`chrome-extension://${ext.extensionId}/privacy.html`);
  await expect(doc.getByRole('heading', { name: 'Limits (not protected)' })).toBeVisible();
  await doc.screenshot({ path: '.tmp/shots/options/privacy-page-light.png', fullPage: true });
  await doc.emulateMedia({ colorScheme: 'dark' });
  await doc.screenshot({ path: '.tmp/shots/options/privacy-page-dark.png' });
});
