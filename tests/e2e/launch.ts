import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../chromium-path';
import { chromiumClockEnv } from './clock';

export const extensionDir = path.resolve('.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Requests the browser sent to api.anthropic.com (set when the mock is routed). */
  traffic?: import('./serve').ApiTraffic;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Launch the built extension in Chromium (headless unless `headed`), in a
 * fresh or given profile. The host-resolver rule keeps the browser off the
 * network: every host fails to resolve except loopback, and routed hosts
 * (claude.ai, api.anthropic.com) are answered by the test's route handlers.
 */
/**
 * Before a restart on the same profile: every page closed, then a pause.
 * Headless Chromium closed at once after a write was seen (in CI, on a
 * loaded machine) to start again on a profile without that write: an
 * upgrade test's old build saved a key and synced, and the next start found
 * neither the key in IndexedDB nor the settings written with it in
 * storage.local (3 of 4 runs with another spec beside it). A browser a
 * person closes has long written what it acknowledged; this gives the test
 * browser the same chance, so a restart tests Uptake and not the shutdown.
 */
async function settleBeforeRestart(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((page) => page.close().catch(() => undefined)));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

export async function launchExtension(
  options: {
    userDataDir?: string;
    headed?: boolean;
    viewport?: { width: number; height: number };
    /** The unpacked build to load (default `.output/chrome-mv3`); see upgrade-harness.ts. */
    extensionDir?: string;
  } = {},
): Promise<LaunchedExtension> {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'uptake-profile-'));
  const extension = options.extensionDir ?? extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: !options.headed,
    // UPTAKE_CLOCK_OFFSET_DAYS: the browser runs on a later clock (see clock.ts).
    env: chromiumClockEnv(),
    viewport: options.viewport ?? { width: 1400, height: 1000 },
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      if (keepProfile) await settleBeforeRestart(context);
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
