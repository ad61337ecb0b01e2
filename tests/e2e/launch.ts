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
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
