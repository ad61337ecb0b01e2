/**
 * The overlay and the app's own navigation, measured in real Chromium with
 * the built extension on a warm profile (see overlay.ts).
 *
 * - overlay.chat_page_script_ms: the extension's main-thread script time on
 *   a chat page, from a DevTools protocol trace (Tracing domain), attributed
 *   by script URL (chrome-extension://<id>/…) and the calls into its world
 *   (see trace.ts), in thread time: the page loaded, a conversation opened in
 *   the app, a prompt sent and its answer streamed in, then "New chat". Mean
 *   over the runs; the max and the wall-time mean are reported too.
 * - overlay.chat_page_long_tasks: main-thread tasks of 50 ms or more in which
 *   the extension's scripts ran, over all those runs (goal 0).
 * - overlay.spa_render_ms_p95: from the in-app URL change (the page's own
 *   `currententrychange` event as the chat app pushes /analytics/activity) to
 *   the target strip in the document, in a fresh tab each run (the overlay is
 *   injected then); p95 over the runs. overlay.spa_reentry_ms_p95: the same
 *   for a second visit in the same tab (the overlay is already there).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { replicaUrls } from '../fixtures/replica/render';
import { pageMainThread, scriptTime, type TraceEvent } from './trace';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
];

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The chat app at work: a conversation, a prompt with its streamed answer, a new chat. */
async function useChat(page: Page) {
  await page.goto(replicaUrls['chat-app']);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await page.getByRole('link', { name: 'SQL for churn cohort' }).click();
  await page.getByRole('textbox', { name: 'Write your prompt to Claude' }).fill('Hello');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('[data-author="claude"]').filter({ hasText: 'written.' }).waitFor();
  await page.getByRole('link', { name: 'New chat' }).click();
  await page.waitForTimeout(300);
}

/** Extension script time and long tasks on a chat page; see the module note. */
export async function chatPageBench(context: BrowserContext, extensionId: string, runs: number) {
  const times: number[] = [];
  const walls: number[] = [];
  let longTasks = 0;
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const recorded = await trace(cdp, () => useChat(page));
    const threads = pageMainThread(recorded, (u) => u.startsWith('https://claude.ai/'));
    const t = scriptTime(recorded, `chrome-extension://${extensionId}/`, threads);
    times.push(t.ms);
    walls.push(t.wallMs);
    longTasks += t.longTasks;
    events += t.events;
    await cdp.detach();
    await page.close();
  }
  if (events === 0)
    throw new Error(
      'The trace shows no extension script on the chat page: the bootstrap did not run.',
    );
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return { meanMs: mean(times), maxMs: Math.max(...times), wallMs: mean(walls), longTasks };
}

/** In the page, before its own scripts: when the URL became an analytics one, and when the strip appeared. */
function installSpaProbe() {
  const w = window as any;
  w.__spa = { url: [] as number[], strip: [] as number[] };
  const nav = (globalThis as any).navigation;
  nav?.addEventListener('currententrychange', () => {
    if (location.pathname.startsWith('/analytics/')) w.__spa.url.push(performance.now());
  });
  let shown = false;
  new MutationObserver(() => {
    const now = !!document.querySelector('[data-uptake="target-strip"]');
    if (now && !shown) w.__spa.strip.push(performance.now());
    shown = now;
  }).observe(document, { childList: true, subtree: true });
}

async function toAnalytics(page: Page) {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Analytics' }).click();
  await page.locator('[data-uptake="target-strip"]').waitFor({ timeout: 15_000 });
}

/** From the in-app URL change to the target strip; see the module note. */
export async function spaRenderBench(context: BrowserContext, runs: number) {
  const first: number[] = [];
  const again: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.addInitScript(installSpaProbe);
    await page.goto(replicaUrls['chat-app']);
    await page.waitForLoadState('load');
    await page.waitForTimeout(200);
    await toAnalytics(page);
    await page.goBack();
    await page.locator('[data-uptake]').first().waitFor({ state: 'detached' });
    await toAnalytics(page);
    const spa = await page.evaluate(() => (window as any).__spa);
    if (spa.url.length < 2 || spa.strip.length < 2)
      throw new Error(`In-app navigation not seen: ${JSON.stringify(spa)}`);
    first.push(spa.strip[0] - spa.url[0]);
    again.push(spa.strip[1] - spa.url[1]);
    await page.close();
  }
  return { first, again };
}
