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
 * what it lacked, and exits 1. `--no-build` skips the build. `--org-size N` makes the demo
 * organisation N members (20 to 100,000; default 2,000) in 12, 25 or 50 groups
 * (scripts/demo-args.ts); a bad N stops before anything starts, with a sentence.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createMockApi, DEMO_KEY } from '../lib/demo/mock-api';
import { startMockServer } from '../tests/mock-api/server';
import { replicaDataFromMock } from '../tests/fixtures/demo-replica-data';
import { renderReplica, replicaUrls } from '../tests/fixtures/replica/render';
import { launchExtension } from '../tests/e2e/launch';
import { serveMockApi, servePages } from '../tests/e2e/serve';
import { variantFor } from '../tests/e2e/variant-for';
import { DemoArgsError, parseDemoArgs } from './demo-args';
import { capture, shootAll } from './demo-capture';
import { importDemoChatgptFiles } from './demo-chatgpt';
import { deadlineIn, DemoNotReady, showsTheProduct, waitForModel } from './demo-wait';

const parsed = (() => {
  try {
    return parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof DemoArgsError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
})();
const headless = parsed.headless || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
/** The demo organisation: `--org-size` members (default 2,000) in the groups that size gets. */
const org = { members: parsed.orgSize, groups: parsed.groups };
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

async function main() {
  if (parsed.build) {
    console.log('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }

  // The demo organisation's API, answered in-process for the browser…
  const api = createMockApi({ rateLimitPerMinute: demoRatePerMinute, org });
  // …and on loopback, to poke at with curl.
  const server = await startMockServer({ rateLimitPerMinute: demoRatePerMinute, org });
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
    // The demo organisation's ChatGPT exports, imported in options as an admin would (issue 13),
    // once the key's history is settled (the first picture).
    await waitForModel(
      options,
      deadline,
      (m) => m.adoption?.monthly?.actives != null,
      () => 'any adoption figure',
    );
    await importDemoChatgptFiles(options, org);
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
    await importDemoChatgptFiles(options, org);
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
    await shootAll(ext.context, outDir, 'not-ready');
    console.error(`The demo did not show the product in time. ${error.message}`);
    console.error(`What each page showed then: ${outDir}/not-ready-*.png`);
    await ext.close();
    await server.close();
    process.exit(1);
  }

  const written = await capture(ext.context, ext.extensionId, options, outDir);
  await ext.close();
  await server.close();
  console.log('Screenshots:');
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
