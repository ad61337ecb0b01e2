/**
 * The overlay and the app's own navigation (no page load): from a chat to
 * Analytics and back, between analytics pages, and what runs on a chat page
 * that never goes there. "Which scripts ran" is read from the DevTools
 * protocol (Debugger.scriptParsed lists content scripts too), "no reload"
 * from a value the page keeps in its own JavaScript.
 */
import type { Page } from '@playwright/test';
import { replicaUrls } from '../fixtures/replica/render';
import { expect } from './fixtures';
import { counts, host, latestSummary, test } from './overlay-warm';

const BOOTSTRAP = '/claude-bootstrap.js';
const OVERLAY = '/content-scripts/analytics.js';

interface Watched {
  page: Page;
  /** Extension scripts evaluated in the page (file paths), in order. */
  scripts: string[];
  /** Window messages the page received, and page errors. */
  messages: string[];
  errors: string[];
}

/** A new tab whose extension scripts, window messages and errors are recorded from the start. */
async function watchedPage(ext: { context: import('@playwright/test').BrowserContext }) {
  const page = await ext.context.newPage();
  const w: Watched = { page, scripts: [], messages: [], errors: [] };
  const cdp = await ext.context.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
    if (e.url.startsWith('chrome-extension://')) w.scripts.push(new URL(e.url).pathname);
  });
  await cdp.send('Debugger.enable');
  page.on('pageerror', (e) => w.errors.push(e.message));
  await page.exposeFunction('__recordMessage', (m: string) => w.messages.push(m));
  await page.addInitScript(() =>
    window.addEventListener('message', (e) =>
      (window as any).__recordMessage(JSON.stringify(e.data)),
    ),
  );
  return w;
}

/** The chat app's way to Analytics: the account button in the lower-left corner, then "Analytics". */
async function openAnalyticsFromChat(page: Page) {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Analytics' }).click();
  await expect(page).toHaveURL(replicaUrls['overview-2026-mid']);
}

/** Marks the page's JavaScript world: the mark survives in-app navigation, not a reload. */
const markDocument = (page: Page) => page.evaluate(() => ((window as any).__sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as any).__sameDocument === true);

test('from a chat to Analytics in the app: the overlay appears without a reload', async ({
  ext,
  mock,
}) => {
  const figures = await latestSummary(mock);
  const w = await watchedPage(ext);
  const { page } = w;
  await page.goto(replicaUrls['chat-app']);
  await markDocument(page);
  await openAnalyticsFromChat(page);

  const strip = host(page, 'target-strip');
  await expect(strip.getByTestId('uptake-target-current')).toHaveText(figures.monthlyRate);
  await expect(host(page, 'freshness-badge')).toHaveCount(1);
  await expect(host(page, 'suggestion-card')).toHaveCount(1);
  await expect(host(page, 'champion-badge').first()).toBeVisible();
  expect(await sameDocument(page)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  // One copy of each block feature, and the overlay's script ran once in this document.
  const got = await counts(page);
  expect([got['freshness-badge'], got['target-strip'], got['suggestion-card']]).toEqual([1, 1, 1]);
  expect(w.scripts.filter((s) => s === OVERLAY)).toHaveLength(1);
  expect(w.errors).toEqual([]);
});

test('back to the chat: nothing of Uptake stays; again to Analytics: the same overlay, once', async ({
  ext,
}) => {
  const w = await watchedPage(ext);
  const { page } = w;
  await page.goto(replicaUrls['chat-app']);
  await markDocument(page);
  await openAnalyticsFromChat(page);
  await expect(host(page, 'target-strip')).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(replicaUrls['chat-app']);
  await expect(page.getByRole('heading', { name: 'How can I help you today?' })).toBeVisible();
  await expect(page.locator('[data-uptake]')).toHaveCount(0);
  await expect(page.locator('[data-uptake-anchor]')).toHaveCount(0);
  // Past the fallback panel's grace period: still nothing.
  await page.waitForTimeout(3500);
  await expect(page.locator('[data-uptake], [data-uptake-anchor]')).toHaveCount(0);

  // A conversation, then Analytics again (in-app): no second injection.
  await page.getByRole('link', { name: 'Q3 pipeline summary' }).click();
  await expect(page).toHaveURL(/\/chat\//);
  await openAnalyticsFromChat(page);
  await expect(host(page, 'target-strip')).toHaveCount(1);
  expect((await counts(page))['freshness-badge']).toBe(1);
  expect(await sameDocument(page)).toBe(true);
  expect(w.scripts.filter((s) => s === OVERLAY)).toHaveLength(1);
  expect(w.errors).toEqual([]);
});

test('a direct load of an analytics page, then in-app to a chat and back: never injected twice', async ({
  ext,
}) => {
  const w = await watchedPage(ext);
  const { page } = w;
  await page.goto(replicaUrls['overview-2026-mid']);
  await expect(host(page, 'target-strip')).toHaveCount(1);
  await markDocument(page);
  await page.getByRole('link', { name: 'Claude Chat' }).click();
  await expect(page).toHaveURL(replicaUrls.chat);
  await expect(host(page, 'target-strip').getByTestId('uptake-product-figure')).toHaveCount(1);
  expect((await counts(page))['target-strip']).toBe(1);
  // The Overview's suggestion card went with the Overview.
  await expect(page.locator('[data-suggestion-id^="lagging-team"]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Claude', exact: true }).click();
  await expect(page).toHaveURL(replicaUrls['chat-app']);
  await expect(page.locator('[data-uptake], [data-uptake-anchor]')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(replicaUrls.chat);
  await expect(host(page, 'target-strip').getByTestId('uptake-product-figure')).toHaveCount(1);
  expect(await sameDocument(page)).toBe(true);
  expect(w.scripts.filter((s) => s === OVERLAY)).toHaveLength(1);
  expect(w.errors).toEqual([]);
});

test('a chat page alone: no Uptake element, no overlay script, nothing said to the page', async ({
  ext,
}) => {
  const w = await watchedPage(ext);
  const { page } = w;
  await page.goto(replicaUrls['chat-app']);
  // The app at work: a conversation opened, a prompt sent and its answer streamed in.
  await page.getByRole('link', { name: 'SQL for churn cohort' }).click();
  await page.getByRole('textbox', { name: 'Write your prompt to Claude' }).fill('Hello');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('[data-author="claude"]')).toContainText('streamed a word');
  await page.getByRole('link', { name: 'New chat' }).click();
  await page.waitForTimeout(500);
  await expect(page.locator('[data-uptake], [data-uptake-anchor], uptake-overlay')).toHaveCount(0);
  expect(w.scripts).toEqual([BOOTSTRAP]);
  // No window message (WXT's "content script started" would carry the extension's id).
  expect(w.messages).toEqual([]);
  expect(w.errors).toEqual([]);
  // Other sites get nothing at all.
  const other = await watchedPage(ext);
  await other.page.goto('https://other.example/analytics/activity');
  await other.page.waitForTimeout(300);
  expect(other.scripts).toEqual([]);
  await expect(other.page.locator('[data-uptake]')).toHaveCount(0);
});

test('on analytics pages too, Uptake posts no window message to the page', async ({ ext }) => {
  const w = await watchedPage(ext);
  await w.page.goto(replicaUrls['chat-app']);
  await openAnalyticsFromChat(w.page);
  await expect(host(w.page, 'target-strip')).toHaveCount(1);
  await w.page.goto(replicaUrls['overview-2026-mid']);
  await expect(host(w.page, 'target-strip')).toHaveCount(1);
  expect(w.messages).toEqual([]);
});
