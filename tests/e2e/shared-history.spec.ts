/**
 * One sync for the whole company (issue 14 item 3): `npx uptake sync` (the bin,
 * a separate process on the browser's clock) syncs the mock organisation and
 * writes its signed history file; the files are served at
 * https://uptake.example.internal/ (routed like api.anthropic.com); an
 * extension given only the file's URL, with no key, shows every figure the
 * organisation's own `/summaries` give (figures.ts, the same check an
 * extension's own sync passes in switch-source.spec.ts and upgrade.spec.ts),
 * labelled with the host, and sends no request to api.anthropic.com. A
 * tampered file is then refused and the figures stay. A lead's browser given
 * its team's snapshot link (from snapshots/index.json) shows the signed
 * snapshot in its popup, again with no key. Without the host permission,
 * options and the popup say so in a sentence.
 *
 * Chromium's permission prompt is browser UI Playwright cannot answer (the
 * request waits forever), so "the admin pressed Allow" is the same build with
 * the host granted in its manifest (`grantedBuild`), and "refused" is the
 * build as shipped with the URL set, as a policy would set it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { MockApiOptions } from '../../lib/demo/mock-api';
import { renderReplica, replicaUrls } from '../fixtures/replica/render';
import { passphrase, startCli, startMock, tempDir, writeSecretsFile } from '../headless/helpers';
import { apiLatestDay, browserNow, chromiumClockEnv } from './clock';
import { DEMO_KEY, expect, seedSettings, test } from './fixtures';
import { expectFiguresEverywhere, orgFigures } from './figures';
import { extensionDir, launchExtension, type LaunchedExtension } from './launch';
import { serveMockApi, servePages } from './serve';
import { variantFor } from './variant-for';

declare const chrome: any;

const host = 'uptake.example.internal';
const fileUrl = `https://${host}/out/history/uptake-history.ndjson.gz`;
const org: MockApiOptions['org'] = { members: 120, groups: 4, seed: 7, name: 'Acme Corp' };

/** The shipped build with `https://uptake.example.internal/*` granted, as after "Allow". */
function grantedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'uptake-granted-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, `https://${host}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Serves `outDir` at https://uptake.example.internal/out/; returns the paths asked for. */
async function serveOutputs(context: BrowserContext, outDir: string): Promise<string[]> {
  const asked: string[] = [];
  await context.route(`https://${host}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    asked.push(path);
    const body = await readFile(join(outDir, path.replace(/^\/out\//, ''))).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, body, contentType: 'application/octet-stream' });
  });
  return asked;
}

async function status(page: Page) {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:get-status' }));
}

/** Waits for a sync-log line after `since` (browser ms) and returns it. */
async function lastSyncAfter(page: Page, since: number) {
  await expect
    .poll(async () => ((await status(page)).lastSync?.at ?? 0) > since, { timeout: 60_000 })
    .toBe(true);
  return (await status(page)).lastSync as { at: number; outcome: string; message: string };
}

async function launchWith(
  extension: string,
  replicaData: Parameters<typeof renderReplica>[1],
): Promise<LaunchedExtension> {
  const ext = await launchExtension({ extensionDir: extension });
  await servePages(ext.context, (url) => {
    const variant = variantFor(url);
    return variant ? renderReplica(variant, replicaData, {}) : null;
  });
  return ext;
}

test('an extension given only the shared history URL shows the organisation’s figures, syncs nothing itself, and refuses a tampered file; a lead’s popup shows its team’s shared snapshot', async ({
  mock,
  replicaData,
}) => {
  test.setTimeout(240_000);
  // The headless sync: the bin, on the browser's clock, against the mock over loopback HTTP.
  const work = await tempDir('uptake-shared-e2e-');
  const api = await startMock({
    org,
    now: browserNow,
    latestAvailableDay: apiLatestDay(),
    rateLimitPerMinute: 100_000,
  });
  const settingsFile = join(work, 'settings.json');
  await writeFile(settingsFile, JSON.stringify({ orgName: 'Acme Corp', historyDepthDays: 14 }));
  const run = startCli(
    [
      'sync',
      '--once',
      '--dir',
      work,
      '--api-url',
      api.url,
      '--max-rate',
      '6000',
      '--settings',
      settingsFile,
      '--secrets-file',
      await writeSecretsFile(work),
    ],
    {
      ...Object.fromEntries(
        Object.entries(chromiumClockEnv() ?? {}).filter(
          ([k]) => k === 'LD_PRELOAD' || k === 'FAKETIME',
        ),
      ),
      UPTAKE_API_KEY: DEMO_KEY,
      UPTAKE_SECRETS_PASSPHRASE: passphrase,
    },
  );
  expect(await run.exited, run.stderr.join('\n')).toBe(0);
  await api.close();
  const acme = await orgFigures(api.api, DEMO_KEY);
  const outDir = join(work, 'out');

  const granted = grantedBuild();
  const ext = await launchWith(granted, replicaData);
  try {
    // api.anthropic.com is routed to the mock, to count what would reach it: nothing may.
    const traffic = await serveMockApi(ext.context, mock);
    const asked = await serveOutputs(ext.context, outDir);
    await seedSettings(ext, { sharedHistoryUrl: fileUrl });
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:sync-now' }));
    const first = await lastSyncAfter(options, 0);
    expect(first).toMatchObject({ outcome: 'ok' });
    expect(first.message).toMatch(
      /^Shared history from uptake\.example\.internal, synced \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/,
    );
    expect(asked).toEqual([
      '/out/history/uptake-history.ndjson.gz',
      '/out/history/uptake-history.ndjson.gz.sig.json',
    ]);

    await expectFiguresEverywhere(ext.context, ext.extensionId, acme);
    // Whose history: the organisation the headless sync named (its API id), as its own sync would.
    const { histories } = await options.evaluate(() => chrome.storage.local.get('histories'));
    const shown = histories.sources.find((s: { id: string }) => s.id === histories.active);
    expect(shown).toMatchObject({
      kind: 'org',
      name: 'Acme Corp',
      orgId: api.api.org.organizationId,
    });
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-last-sync')).toContainText(
      'Shared history from uptake.example.internal, synced',
    );
    await expect(
      popup.getByText('Shared history from uptake.example.internal — no API key on this browser'),
    ).toBeVisible();
    await popup.close();
    const companion = await ext.context.newPage();
    await companion.goto(`chrome-extension://${ext.extensionId}/companion.html`);
    await expect(companion.getByTestId('shared-banner')).toContainText(first.message);
    await companion.close();
    const overview = await ext.context.newPage();
    await overview.goto(replicaUrls['overview-2026-mid']);
    await expect(overview.getByTestId('uptake-org')).toHaveText(`Acme Corp · from ${host}`);
    await overview.close();
    await options.reload();
    await expect(options.getByTestId('key-shared')).toContainText(
      'does not sync with a key of its own',
    );
    await expect(options.getByTestId('key-state')).toHaveText('No key saved.');
    // A key saved anyway is refused: it would start a second sync of the organisation.
    await options
      .getByRole('textbox', { name: 'API key' })
      .fill('sk-ant-api01-a-key-of-its-own-0000');
    await options.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect(options.getByTestId('key-note')).toContainText('the key was not saved');
    await expect(options.getByTestId('key-state')).toHaveText('No key saved.');

    // The next sync: the file was edited on the server after signing. Refused, figures stay.
    const path = join(outDir, 'history', 'uptake-history.ndjson.gz');
    const bytes = await readFile(path);
    bytes[bytes.length - 12]! ^= 0xff;
    await writeFile(path, bytes);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:sync-now' }));
    const refused = await lastSyncAfter(options, first.at);
    expect(refused.outcome).toBe('error');
    expect(refused.message).toContain(
      'The shared history was refused: The history file is not the one that was signed',
    );
    await options.reload();
    await expect(options.getByTestId('shared-status')).toContainText(
      'The shared history was refused',
    );
    await expectFiguresEverywhere(ext.context, ext.extensionId, acme);

    expect(traffic.requests).toEqual([]);
  } finally {
    await ext.close();
  }

  // A lead's browser: given its team's snapshot link (snapshots/index.json names the file), the
  // popup shows the signed team snapshot, with no key and no request to the API.
  const index = JSON.parse(await readFile(join(outDir, 'snapshots', 'index.json'), 'utf8'));
  expect(index).toMatchObject({ format: 'uptake-snapshot-index', version: 1 });
  const team = index.teams[0] as { id: string; name: string; file: string };
  const lead = await launchWith(granted, replicaData);
  try {
    const traffic = await serveMockApi(lead.context, mock);
    await serveOutputs(lead.context, outDir);
    await seedSettings(lead, { sharedSnapshotUrl: `https://${host}/out/snapshots/${team.file}` });
    const options = await lead.context.newPage();
    await options.goto(`chrome-extension://${lead.extensionId}/options.html`);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:sync-now' }));
    await expect(options.getByTestId('shared-snapshot-status')).toContainText(
      `Team snapshot of ${team.name} from ${host}`,
      { timeout: 30_000 },
    );
    const popup = await lead.context.newPage();
    await popup.goto(`chrome-extension://${lead.extensionId}/popup.html`);
    await expect(
      popup.getByText('Team snapshot from your admin (signed) — no API key on this browser'),
    ).toBeVisible();
    expect(traffic.requests).toEqual([]);
  } finally {
    await lead.close();
    rmSync(granted, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});

test('without the host permission, options and the popup say how to allow it, and nothing is fetched', async ({
  ext,
  traffic,
  openExtensionPage,
}) => {
  const asked: string[] = [];
  await ext.context.route(`https://${host}/**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 404, body: '' });
  });
  await seedSettings(ext, { sharedHistoryUrl: fileUrl });
  const options = await openExtensionPage('options.html');
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:sync-now' }));
  const last = await lastSyncAfter(options, 0);
  expect(last.message).toContain(`Uptake may not read ${host} yet`);
  await options.reload();
  await expect(options.getByTestId('shared-permission')).toContainText(
    `Uptake may not read ${host} yet`,
  );
  await expect(options.getByRole('button', { name: `Allow access to ${host}` })).toBeVisible();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('status')).toContainText(`Uptake may not read ${host} yet`);
  await expect(popup.getByText(`Shared history from ${host}`)).toBeVisible();
  expect(asked).toEqual([]);
  expect(traffic.requests).toEqual([]);
});
