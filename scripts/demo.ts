/**
 * `npm run demo`: the extension against the built-in demo organisation.
 *
 * Builds the extension, starts the mock Analytics API (on loopback, for
 * curious people, and in-process for the browser) and the replica claude.ai
 * analytics pages, then opens Chromium with the extension loaded on the demo
 * organisation's analytics Overview, with the demo key saved through the
 * options page exactly as an admin would. The demo organisation's API allows
 * 1,200 requests a minute (as with "Try with demo data"), and the options page
 * is told so, so the first sync fills in within seconds rather than minutes.
 *
 * Headed when a display exists. With `--headless` (or no display) it waits
 * for the product, not for a clock: for the first sync's first picture, then
 * for every surface to show its figures — the overlay's target strip,
 * suggestions and champion badges, the popup's adoption, suggestions and
 * champions, the companion's figures (scripts/demo-wait.ts) — and only then
 * writes a screenshot of every surface to demo-screenshots/ and prints their
 * paths and how long the picture took. If that has not happened two minutes
 * after the key was saved, it stops with a sentence naming the surface and
 * what it lacked, and exits 1. `--no-build` skips the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createMockApi, DEMO_KEY } from '../lib/demo/mock-api';
import { startMockServer } from '../tests/mock-api/server';
import { replicaDataFromMock } from '../tests/fixtures/demo-replica-data';
import { renderReplica, replicaUrls, type ReplicaVariant } from '../tests/fixtures/replica/render';
import { launchExtension } from '../tests/e2e/launch';
import { serveMockApi, servePages } from '../tests/e2e/serve';
import { variantFor } from '../tests/e2e/variant-for';
import { deadlineIn, DemoNotReady, waitForModel, waitForSurface } from './demo-wait';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = path.resolve('demo-screenshots');
/** How long the headless demo gives the first sync to put the whole product on screen. */
const pictureBudgetMs = 120_000;
/**
 * The demo organisation's API limit, raised as "Try with demo data" raises it
 * (lib/sync/controller.ts): at the real API's 60 requests a minute the first
 * sync of 2,000 members needs about 90 s of requests before 31 days of member
 * activity (champions' window and tenure) are in; at 1,200 it needs seconds.
 */
const demoRatePerMinute = 1200;

const digit = /\d/;
const overlay = (id: string) => (page: Page) => page.locator(`[data-uptake="${id}"]`);

async function main() {
  if (!args.has('--no-build')) {
    console.log('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }

  // The demo organisation's API, answered in-process for the browser…
  const api = createMockApi({ rateLimitPerMinute: demoRatePerMinute });
  // …and on loopback, to poke at with curl.
  const server = await startMockServer({ rateLimitPerMinute: demoRatePerMinute });
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  console.log(
    `Mock Analytics API: ${server.url}/v1/organizations/analytics/summaries?starting_date=${weekAgo}`,
  );
  console.log(`  (header x-api-key: ${DEMO_KEY})`);

  const data = await replicaDataFromMock(api);
  const ext = await launchExtension({ headed: !headless, viewport: { width: 1400, height: 1000 } });
  await servePages(ext.context, (url) => {
    const variant = variantFor(url);
    return variant
      ? renderReplica(variant, data, url.searchParams.has('dark') ? { theme: 'dark' } : {})
      : null;
  });
  await serveMockApi(ext.context, api);

  // Name the organisation and save the demo key, as an admin would in Options.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Organisation name').fill('Northwind Labs');
  await options.getByLabel('Organisation name').press('Enter');
  await options.getByText('Saved: Northwind Labs').waitFor();
  // Its API allows more requests a minute than the real API's 60: tell Uptake, as the admin of
  // an organisation with a raised limit would.
  await options.getByLabel('API rate limit (requests a minute)').fill(String(demoRatePerMinute));
  await options.getByRole('button', { name: 'Save sync settings' }).click();
  await options.getByTestId('sync-status').getByText('Sync settings saved.').waitFor();
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save' }).first().click();
  const deadline = deadlineIn(pictureBudgetMs);
  await options.getByTestId('key-note').waitFor();

  const overview = await ext.context.newPage();
  await overview.goto(replicaUrls['overview-2026-mid']);
  await overview.locator('[data-uptake]').first().waitFor({ state: 'attached', timeout: 15_000 });

  if (!headless) {
    await overview.bringToFront();
    console.log(
      'Chromium is open on the demo organisation. Close the browser window (or press Ctrl-C) to end.',
    );
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  try {
    const firstPicture = await waitForModel(
      options,
      deadline,
      (m) => m.adoption?.monthly?.actives != null,
      () => 'any adoption figure',
    );
    console.log(`First picture (adoption figures) ${firstPicture} s after saving the key.`);
    const complete = await waitForModel(
      options,
      deadline,
      (m) =>
        m.targets.length > 0 &&
        m.suggestions.length > 0 &&
        m.champions.shown &&
        m.champions.champions.length > 0,
      (m) =>
        [
          !m?.targets?.length && 'a target',
          !m?.suggestions?.length && 'a suggestion',
          !m?.champions?.champions?.length &&
            `a champion (${m?.suppressed?.find((s: any) => s.part === 'champions')?.detail ?? 'none named'})`,
        ]
          .filter(Boolean)
          .join(', '),
    );
    console.log(`Targets, suggestions and champions ${complete} s after saving the key.`);
    await showsTheProduct(ext.context, ext.extensionId, overview, deadline);
    console.log(
      `Every surface showed its figures ${((performance.now() - deadline.startedAt) / 1000).toFixed(1)} s after saving the key.`,
    );
  } catch (error) {
    if (!(error instanceof DemoNotReady)) throw error;
    await shootAll(ext.context, 'not-ready');
    console.error(`The demo did not show the product in time. ${error.message}`);
    console.error(`What each page showed then: ${outDir}/not-ready-*.png`);
    await ext.close();
    await server.close();
    process.exit(1);
  }

  const written = await capture(ext.context, ext.extensionId, options);
  await ext.close();
  await server.close();
  console.log('Screenshots:');
  for (const file of written) console.log(`  ${file}`);
}

/** Waits until the overlay, the popup and the companion show their figures (or throws DemoNotReady). */
async function showsTheProduct(
  context: BrowserContext,
  extensionId: string,
  overview: Page,
  deadline: ReturnType<typeof deadlineIn>,
) {
  await waitForSurface(
    overview,
    'overlay on the Overview page',
    [
      {
        what: 'target strip with a figure',
        locator: (p) => overlay('target-strip')(p).getByTestId('uptake-target-current'),
        text: digit,
      },
      { what: 'suggestion', locator: (p) => p.getByTestId('uptake-suggestion') },
    ],
    deadline,
  );
  const members = await context.newPage();
  await members.goto(replicaUrls.members);
  await waitForSurface(
    members,
    'overlay on the Members page',
    [{ what: 'champion badge', locator: overlay('champion-badge') }],
    deadline,
  );
  await members.close();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await waitForSurface(
    popup,
    'popup',
    [
      { what: 'adoption figure', locator: (p) => p.getByTestId('popup-rate'), text: digit },
      { what: 'suggestion', locator: (p) => p.getByTestId('popup-suggestions').locator('li') },
      { what: 'champion', locator: (p) => p.getByTestId('popup-champions').locator('li') },
    ],
    deadline,
  );
  await popup.close();
  const companion = await context.newPage();
  await companion.goto(`chrome-extension://${extensionId}/companion.html`);
  await waitForSurface(
    companion,
    'companion',
    [
      {
        what: 'monthly adoption figure',
        locator: (p) => p.getByTestId('monthly-rate'),
        text: digit,
      },
    ],
    deadline,
  );
  await companion.close();
}

/** Screenshots of every surface; returns the files written. */
async function capture(context: BrowserContext, extensionId: string, options: Page) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const shoot = async (page: Page, name: string, fullPage = false) => {
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    written.push(file);
  };
  const variants: ReplicaVariant[] = [
    'overview-2026-mid',
    'overview-2026-early',
    'chat',
    'claude-code',
    'members',
    'unknown-layout',
  ];
  for (const variant of variants) {
    const page = await context.newPage();
    await page.goto(replicaUrls[variant]);
    await page.locator('[data-uptake]').first().waitFor({ timeout: 15_000 });
    // Every overlay feature has mounted once the page stops changing.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    // The whole page: suggestion cards and panels sit below the first screen.
    await shoot(page, `page-${variant}`, true);
    await page.close();
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('popup-rate').filter({ hasText: digit }).waitFor();
  await shoot(popup, 'popup', true);
  await options.bringToFront();
  await options.reload();
  await options.getByTestId('key-state').waitFor();
  await shoot(options, 'options', true);
  const companion = await context.newPage();
  await companion.goto(`chrome-extension://${extensionId}/companion.html`);
  await companion.getByTestId('monthly-rate').filter({ hasText: digit }).waitFor();
  await shoot(companion, 'companion', true);
  return written;
}

/** Every open page as it is now, for a failure report. */
async function shootAll(context: BrowserContext, prefix: string) {
  mkdirSync(outDir, { recursive: true });
  let i = 0;
  for (const page of context.pages()) {
    i += 1;
    const name = new URL(page.url()).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
    await page
      .screenshot({ path: path.join(outDir, `${prefix}-${i}-${name || 'page'}.png`) })
      .catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
