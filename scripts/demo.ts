/**
 * `npm run demo`: the extension against the built-in demo organisation.
 *
 * Builds the extension, starts the mock Analytics API (on loopback, for
 * curious people, and in-process for the browser) and the replica claude.ai
 * analytics pages, then opens Chromium with the extension loaded on the demo
 * organisation's analytics Overview, with the demo key saved through the
 * options page exactly as an admin would.
 *
 * Headed when a display exists; with `--headless` (or no display) it writes a
 * screenshot of every surface to demo-screenshots/ and prints their paths.
 * `--no-build` skips the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createMockApi, DEMO_KEY } from '../lib/demo/mock-api';
import { startMockServer } from '../tests/mock-api/server';
import { replicaDataFromMock } from '../tests/fixtures/demo-replica-data';
import { renderReplica, replicaUrls, type ReplicaVariant } from '../tests/fixtures/replica/render';
import { launchExtension } from '../tests/e2e/launch';
import { serveMockApi, servePages } from '../tests/e2e/serve';
import { variantFor } from '../tests/e2e/variant-for';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = path.resolve('demo-screenshots');

async function main() {
  if (!args.has('--no-build')) {
    console.log('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }

  // The demo organisation's API, answered in-process for the browser…
  const api = createMockApi({});
  // …and on loopback, to poke at with curl.
  const server = await startMockServer({});
  console.log(
    `Mock Analytics API: ${server.url}/v1/organizations/analytics/summaries?starting_date=${server.api.latestAvailableDay()}`,
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
  await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
  await options.getByRole('button', { name: 'Save' }).first().click();
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

  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const shoot = async (page: Page, name: string, fullPage = false) => {
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    written.push(file);
  };
  // Let the first sync put something on screen.
  await overview.waitForTimeout(4000);
  const variants: ReplicaVariant[] = [
    'overview-2026-mid',
    'overview-2026-early',
    'chat',
    'claude-code',
    'members',
    'unknown-layout',
  ];
  for (const variant of variants) {
    const page = await ext.context.newPage();
    await page.goto(replicaUrls[variant]);
    await page
      .locator('[data-uptake]')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    await shoot(page, `page-${variant}`);
    await page.close();
  }
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForTimeout(800);
  await shoot(popup, 'popup');
  await options.bringToFront();
  await options.reload();
  await options.waitForTimeout(800);
  await shoot(options, 'options', true);
  const companion = await ext.context.newPage();
  await companion.goto(`chrome-extension://${ext.extensionId}/companion.html`);
  await companion.waitForTimeout(800);
  await shoot(companion, 'companion', true);

  await ext.close();
  await server.close();
  console.log('Screenshots:');
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
