/**
 * The headless demo's screenshots (scripts/demo.ts): every replica page with
 * the overlay, the popup, options and the companion, once scripts/demo-wait.ts
 * has seen every surface show its figures; and, when it has not, whatever each
 * open page showed, for the failure report.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { replicaUrls, type ReplicaVariant } from '../tests/fixtures/replica/render';

const digit = /\d/;

/** Screenshots of every surface; returns the files written. */
export async function capture(
  context: BrowserContext,
  extensionId: string,
  options: Page,
  outDir: string,
) {
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
    // A layout Uptake does not know: its content shows in the fallback panel after a grace period.
    if (variant === 'unknown-layout')
      await page
        .locator('[data-uptake="insights-panel"] [data-uptake="target-strip"]')
        .waitFor({ timeout: 15_000 });
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
  // The saved key's hint loads after the page: wait for it, not for the first paint.
  await options.getByTestId('key-state').getByText('Saved key').waitFor();
  await shoot(options, 'options', true);
  const companion = await context.newPage();
  await companion.goto(`chrome-extension://${extensionId}/companion.html`);
  await companion.getByTestId('monthly-rate').filter({ hasText: digit }).waitFor();
  // Tier 2 and the other digest-built parts arrive from the background after Tier 1: no spinner.
  await expectNoLoadingNote(companion);
  await shoot(companion, 'companion', true);
  // ChatGPT beside Claude, from the demo's ChatGPT exports (imported after the sync).
  await companion.goto(`chrome-extension://${extensionId}/companion.html#view=tools`);
  await companion
    .getByTestId('tools-row-org')
    .getByTestId('tools-combined')
    .filter({ hasText: digit })
    .waitFor();
  await expectNoLoadingNote(companion);
  await shoot(companion, 'companion-tools', true);
  return written;
}

/** Waits until the page shows no "loading" note (the companion's views say what they are reading). */
async function expectNoLoadingNote(page: Page) {
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="state-loading"]').length === 0,
  );
}

/** Every open page as it is now, for a failure report. */
export async function shootAll(context: BrowserContext, outDir: string, prefix: string) {
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
