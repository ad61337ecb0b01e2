/**
 * Overlay benchmark, in real Chromium with the built extension (run
 * `npx wxt build` first), plus the warm-profile helpers the overlay's e2e
 * specs share.
 *
 * - overlay.first_render_ms_p95: warm history and warm model cache, the
 *   Overview replica with its anchors in the HTML; per load, the time from
 *   DOMContentLoaded to the moment every expected feature's host is in the
 *   page (freshness badge, target strip, suggestion card, champion badge,
 *   metric note), measured in the page; p95 over RUNS loads after WARMUP.
 * - overlay.long_tasks_added: long tasks (≥ 50 ms, PerformanceObserver
 *   `longtask`, buffered) on the same page during the 1.5 s after
 *   DOMContentLoaded, mean per load with the extension minus mean per load
 *   in the same browser with the content script unable to run (the page
 *   served at a URL outside its matches), rounded to 0.1.
 * Goals: ≤ 100 ms and 0.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  createMockApi,
  DEMO_KEY,
  type MockApi,
  type MockApiOptions,
} from '../../lib/demo/mock-api';
import { replicaDataFromMock } from '../fixtures/demo-replica-data';
import {
  renderReplica,
  replicaUrls,
  type ReplicaData,
  type ReplicaOptions,
} from '../fixtures/replica/render';
import { launchExtension, type LaunchedExtension } from '../e2e/launch';
import { serveMockApi, servePages } from '../e2e/serve';
import { variantFor } from '../e2e/variant-for';

declare const chrome: any;

/** A small organisation and a raised rate limit: a 40-day history syncs in seconds. */
export const overlayMockOptions: MockApiOptions = {
  org: { members: 300, groups: 6, seed: 7 },
  rateLimitPerMinute: 3000,
};
/** 40 days of per-member history: champions need 30 days of tenure and a 30-day window. */
export const overlaySyncSettings = {
  sync: { historyDepthDays: 40, rateLimitPerMinute: 3000, scheduleHours: 6 },
};

/**
 * Sync the mock's organisation into a fresh profile through the options
 * page (as an admin would), stop the scheduled alarms so no sync starts
 * during a test, and return the closed profile's folder.
 */
export async function prepareWarmProfile(
  mock: MockApi,
  settings: Record<string, unknown> = {},
): Promise<string> {
  const ext = await launchExtension();
  try {
    await serveMockApi(ext.context, mock);
    await ext.serviceWorker.evaluate((s) => chrome.storage.local.set({ settings: s }), {
      ...overlaySyncSettings,
      ...settings,
    });
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('textbox', { name: 'API key' }).fill(DEMO_KEY);
    await options.getByRole('button', { name: 'Save', exact: true }).first().click();
    await options
      .getByTestId('last-sync')
      .filter({ hasText: 'Synced to' })
      .waitFor({ timeout: 90_000 });
    await ext.serviceWorker.evaluate(() => chrome.alarms.clearAll());
    await ext.close({ keepProfile: true });
    return ext.userDataDir;
  } catch (error) {
    await ext.close();
    throw error;
  }
}

/** Serve the replica pages of `data` at their claude.ai URLs (and a plain page at /new). */
export function replicaPages(data: ReplicaData, options: ReplicaOptions = {}) {
  return (url: URL) => {
    const variant = variantFor(url);
    if (variant) return renderReplica(variant, data, options);
    if (url.pathname === '/new' || url.pathname === '/')
      return '<!doctype html><title>Claude</title><main><h1>How can I help you today?</h1></main>';
    return null;
  };
}

/** The replica pages of the mock's own organisation (so names on the page are its members). */
export async function replicaPagesFor(mock: MockApi, options: ReplicaOptions = {}) {
  return replicaPages(await replicaDataFromMock(mock), options);
}

/** Launch the extension on a copy of a warm profile, with claude.ai and the API routed. */
export async function launchWarm(
  profileDir: string,
  mock: MockApi,
  pageFor: (url: URL) => string | null,
): Promise<LaunchedExtension> {
  const copy = mkdtempSync(path.join(tmpdir(), 'uptake-warm-'));
  cpSync(profileDir, copy, { recursive: true });
  const ext = await launchExtension({ userDataDir: copy });
  await servePages(ext.context, pageFor);
  ext.traffic = await serveMockApi(ext.context, mock);
  return ext;
}

const EXPECTED = [
  'freshness-badge',
  'target-strip',
  'suggestion-card',
  'champion-badge',
  'metric-tooltip',
];

/** In the page, before anything else: note when each overlay host first appears, and long tasks. */
function installProbe(expected: string[]) {
  const w = window as any;
  w.__probe = { seen: {} as Record<string, number>, long: [] as number[], dcl: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__probe.long.push(e.startTime);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  document.addEventListener('DOMContentLoaded', () => (w.__probe.dcl = performance.now()));
  new MutationObserver(() => {
    for (const id of expected)
      if (!(id in w.__probe.seen) && document.querySelector(`[data-uptake="${id}"]`))
        w.__probe.seen[id] = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function load(context: BrowserContext, url: string, waitAll: boolean) {
  const page: Page = await context.newPage();
  await page.addInitScript(installProbe, EXPECTED);
  await page.goto(url);
  if (waitAll)
    await page.waitForFunction(
      (n) => Object.keys((window as any).__probe.seen).length === n,
      EXPECTED.length,
      { timeout: 15_000 },
    );
  await page.waitForTimeout(1500);
  const probe = await page.evaluate(() => (window as any).__probe);
  await page.close();
  const last = Math.max(...Object.values(probe.seen as Record<string, number>));
  const long = (probe.long as number[]).filter((t) => t >= probe.dcl - 50).length;
  return { renderMs: last - probe.dcl, long };
}

function p95(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** See the module note. */
export async function overlayBench(): Promise<Record<string, number>> {
  const WARMUP = 3;
  const RUNS = 20;
  const mock = createMockApi(overlayMockOptions);
  const profile = await prepareWarmProfile(mock);
  const pages = await replicaPagesFor(mock);
  // The same replica at a path the content script does not match: the page without Uptake.
  const ext = await launchWarm(profile, mock, (url) =>
    url.pathname === '/bench/plain' ? pages(new URL(replicaUrls['overview-2026-mid'])) : pages(url),
  );
  try {
    const withUptake = replicaUrls['overview-2026-mid'];
    const without = 'https://claude.ai/bench/plain';
    for (let i = 0; i < WARMUP; i++) await load(ext.context, withUptake, true);
    const render: number[] = [];
    const longWith: number[] = [];
    const longWithout: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await load(ext.context, withUptake, true);
      render.push(a.renderMs);
      longWith.push(a.long);
      longWithout.push((await load(ext.context, without, false)).long);
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    return {
      'overlay.first_render_ms_p95': Math.round(p95(render) * 10) / 10,
      'overlay.long_tasks_added': Math.round((mean(longWith) - mean(longWithout)) * 10) / 10,
    };
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
