/**
 * The overlay on every replica page variant, with a warm history of the
 * mock's organisation (300 members, 40 days). Every number asserted here is
 * computed in the test from the mock's own answers, not read from Uptake.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { activityMask, dayIndex } from '../../lib/demo';
import { createMockApi, type MockApi } from '../../lib/demo/mock-api';
import { launchWarm, overlayMockOptions, prepareWarmProfile, replicaPages } from '../bench/overlay';
import { replicaDataFromMock } from '../fixtures/demo-replica-data';
import { replicaUrls, type ReplicaData, type ReplicaVariant } from '../fixtures/replica/render';
import { apiLatestDay, browserNow } from './clock';
import { DEMO_KEY, expect, test as base } from './fixtures';

declare const chrome: any;

/** The overlay mock on the browser's clock, with the run's latest day (as the fixtures' mock). */
const onBrowserClock = {
  ...overlayMockOptions,
  now: browserNow,
  latestAvailableDay: apiLatestDay(),
};

export const test = base.extend<object, { warmProfile: string; overlayData: ReplicaData }>({
  warmProfile: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form.
    async ({}, use) => {
      const dir = await prepareWarmProfile(createMockApi(onBrowserClock));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  overlayData: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form.
    async ({}, use) => use(await replicaDataFromMock(createMockApi(onBrowserClock))),
    { scope: 'worker' },
  ],
  ext: async ({ warmProfile, overlayData, mock, replicaOptions }, use) => {
    const ext = await launchWarm(warmProfile, mock, replicaPages(overlayData, replicaOptions));
    await use(ext);
    await ext.close();
  },
});
test.use({ mockOptions: overlayMockOptions });

// ---- Figures computed from the mock, the way a person would from /summaries ----

const en = new Intl.NumberFormat('en-US');
const oneDecimal = (x: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const longDay = (d: string) =>
  `${Number(d.slice(8))} ${months[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

async function latestSummary(mock: MockApi) {
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/summaries?starting_date=${mock.latestAvailableDay()}`,
    headers: { 'x-api-key': DEMO_KEY },
  });
  const row = JSON.parse(res.body).data.at(-1);
  const seats: number = row.assigned_seat_count;
  const rate = (n: number) => `${oneDecimal((n / seats) * 100)}%`;
  // Default target: 70% of seats monthly active.
  const goal = Math.ceil(0.7 * seats);
  return {
    day: String(row.starting_at).slice(0, 10),
    seats,
    weekly: row.weekly_active_user_count as number,
    monthlyRate: rate(row.monthly_active_user_count),
    weeklyRate: rate(row.weekly_active_user_count),
    needed: Math.max(0, goal - row.monthly_active_user_count),
    chatRate: rate(row.chat_monthly_active_user_count),
    codeRate: rate(row.claude_code_monthly_active_user_count),
    designMonthly: row.claude_design_monthly_active_user_count as number,
  };
}

// ---- Page helpers ----

const host = (page: Page, id: string) => page.locator(`[data-uptake="${id}"]`);

async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll('[data-uptake]')) {
      const id = el.getAttribute('data-uptake')!;
      out[id] = (out[id] ?? 0) + 1;
    }
    return out;
  });
}

/** Is the page's `<main>` exactly its template once Uptake's hosts and anchor marks are set aside? */
async function hostPageIntact(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const clone = main.cloneNode(true) as Element;
    clone.querySelectorAll('[data-uptake]').forEach((e) => e.remove());
    clone
      .querySelectorAll('[data-uptake-anchor]')
      .forEach((e) => e.removeAttribute('data-uptake-anchor'));
    const route = location.pathname + location.search;
    const template = document.querySelector<HTMLTemplateElement>(
      `template[data-route="${route}"]`,
    )!;
    const original = document.createElement('main');
    original.append(template.content.cloneNode(true));
    return clone.innerHTML === original.innerHTML;
  });
}

async function open(page: Page, variant: ReplicaVariant) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(replicaUrls[variant]);
  await expect(host(page, 'freshness-badge')).toHaveCount(1);
  return errors;
}

// ---- Every variant ----

interface Expectation {
  /** Expected host counts (exact); champion badges are checked separately. */
  hosts: Record<string, number>;
  /** Where the strip sits (a heading text inside the same panel or section), and its figure. */
  strip?: { near: string; figure: 'monthlyRate' | 'chatRate' | 'codeRate' };
  card?: string;
}

const variants: Record<ReplicaVariant, Expectation> = {
  'overview-2026-mid': {
    hosts: { 'freshness-badge': 1, 'target-strip': 1, 'suggestion-card': 1, 'insights-panel': 0 },
    strip: { near: 'Active members and assigned seats', figure: 'monthlyRate' },
    card: 'How are they using Claude?',
  },
  'overview-2026-early': {
    hosts: { 'freshness-badge': 1, 'target-strip': 1, 'suggestion-card': 1, 'insights-panel': 0 },
    strip: { near: 'Daily, weekly and monthly active users', figure: 'monthlyRate' },
    card: 'Feature adoption',
  },
  chat: {
    hosts: { 'freshness-badge': 1, 'target-strip': 1, 'insights-panel': 0 },
    strip: { near: 'Chats', figure: 'chatRate' },
  },
  'claude-code': {
    hosts: { 'freshness-badge': 1, 'target-strip': 1, 'insights-panel': 0 },
    strip: { near: 'Adoption', figure: 'codeRate' },
  },
  members: {
    hosts: { 'freshness-badge': 1, 'target-strip': 0, 'suggestion-card': 0, 'insights-panel': 0 },
  },
  'unknown-layout': {
    hosts: { 'freshness-badge': 1, 'target-strip': 0, 'suggestion-card': 0, 'insights-panel': 1 },
  },
};

for (const [variant, want] of Object.entries(variants) as [ReplicaVariant, Expectation][]) {
  test(`${variant}: each feature where it belongs, once, with the mock's numbers; the page untouched`, async ({
    ext,
    mock,
  }) => {
    const figures = await latestSummary(mock);
    const page = await ext.context.newPage();
    const errors = await open(page, variant);
    // Past the insights panel's grace period, so "0" really means never.
    await page.waitForTimeout(3600);
    const got = await counts(page);
    for (const [id, n] of Object.entries(want.hosts)) expect(got[id] ?? 0, id).toBe(n);

    await expect(page.getByTestId('uptake-latest-day')).toContainText(
      `Data to ${longDay(figures.day)}`,
    );
    if (want.strip) {
      const strip = host(page, 'target-strip');
      // Inside the panel or section whose heading names the chart.
      const container = page
        .locator('section, div')
        .filter({ has: page.getByRole('heading', { name: want.strip.near, exact: true }) })
        .filter({ has: strip })
        .last();
      await expect(container).toHaveCount(1);
      const figure =
        want.strip.figure === 'monthlyRate' ? 'uptake-target-current' : 'uptake-product-rate';
      await expect(strip.getByTestId(figure)).toHaveText(figures[want.strip.figure]);
      if (want.strip.figure === 'monthlyRate') {
        await expect(strip.getByTestId('uptake-target-goal')).toHaveText('70%');
        await expect(strip.getByTestId('uptake-target-needed')).toHaveText(
          `${figures.needed} more ${figures.needed === 1 ? 'person' : 'people'} needed`,
        );
      }
    }
    if (want.card) {
      const section = page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: want.card, exact: true }) });
      await expect(section.locator('[data-uptake="suggestion-card"]')).toHaveCount(1);
      // The demo org barely uses Claude Design: that suggestion comes with the mock's numbers.
      const design = section.locator('[data-suggestion-id="product-uptake:org:design"]');
      await expect(design).toContainText(
        `${figures.designMonthly} of ${en.format(figures.seats)} seats used Claude Design`,
      );
    }
    if (variant === 'unknown-layout') {
      const panel = host(page, 'insights-panel');
      await expect(panel.getByTestId('uptake-panel-headline')).toContainText(
        `${figures.monthlyRate} vs 70% target`,
      );
      await expect(panel.getByTestId('uptake-target-needed')).toHaveText(
        `${figures.needed} more people needed`,
      );
      const missing = panel.getByTestId('uptake-missing');
      await expect(missing).toContainText('Target strip');
      await expect(missing).toContainText('Suggestions');
      await expect(missing).toContainText('Metric notes');
      await expect(missing).not.toContainText('Freshness badge');
    }
    expect(await hostPageIntact(page)).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('a metric note gives the definition and Uptake’s figure from the API', async ({
  ext,
  mock,
}) => {
  const figures = await latestSummary(mock);
  const page = await ext.context.newPage();
  await open(page, 'overview-2026-mid');
  const tile = page
    .locator('p:has(> [data-uptake="metric-tooltip"])')
    .filter({ hasText: /^Weekly active members/ });
  const info = tile.locator('[data-uptake="metric-tooltip"] button');
  await expect(info).toHaveAccessibleName('Uptake: about Weekly active members');
  await info.focus();
  const note = tile.locator('[data-uptake="metric-tooltip"] [role="tooltip"]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Members who used any Claude product in the last 7 days.');
  await expect(note.getByTestId('uptake-metric-figure')).toContainText(
    `${en.format(figures.weekly)} on ${longDay(figures.day)} (${figures.weeklyRate} of ${en.format(figures.seats)} seats)`,
  );
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
});

test('champion badges: beside champions only, why in the note, gone once a champion opts out', async ({
  ext,
  mock,
}) => {
  const figures = await latestSummary(mock);
  const page = await ext.context.newPage();
  await open(page, 'members');
  const rows = page.getByTestId('members-table').locator('tbody tr');
  const badged = rows.filter({ has: page.locator('[data-uptake="champion-badge"]') });
  await expect(badged.first()).toBeVisible();
  const nBadged = await badged.count();
  expect(nBadged).toBeGreaterThan(0);
  expect(nBadged).toBeLessThan(await rows.count());
  // Never twice on a row.
  for (let i = 0; i < nBadged; i++)
    await expect(badged.nth(i).locator('[data-uptake="champion-badge"]')).toHaveCount(1);

  // The note's active weekdays, counted from the demo org's activity over the 30-day window.
  const first = badged.first();
  const email = (await first.locator('td').nth(1).textContent())!.trim();
  const member = mock.org.members.find((m) => m.email === email)!;
  const last = dayIndex(figures.day);
  let weekdays = 0;
  let active = 0;
  for (let d = last - 29; d <= last; d++) {
    const weekday = new Date(
      Date.parse(`${figures.day}T00:00:00Z`) - (last - d) * 86_400_000,
    ).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    weekdays++;
    if (activityMask(mock.org, member, d)) active++;
  }
  const badge = first.locator('[data-uptake="champion-badge"] button');
  await badge.hover();
  await expect(first.locator('[role="tooltip"]')).toContainText(
    `active ${active} of ${weekdays} weekdays`,
  );

  // Opt that member out (as options would): the badge goes, the others stay.
  await ext.serviceWorker.evaluate(async (optOut) => {
    const { settings } = await chrome.storage.local.get('settings');
    const metrics = settings.metrics ?? {};
    metrics.champions = { ...(metrics.champions ?? {}), optOutEmails: [optOut] };
    await chrome.storage.local.set({ settings: { ...settings, metrics } });
  }, email);
  await page.reload();
  await expect(host(page, 'freshness-badge')).toHaveCount(1);
  const row = rows.filter({ hasText: email });
  await expect(page.locator('[data-uptake="champion-badge"]').first()).toBeVisible();
  await expect(row.locator('[data-uptake="champion-badge"]')).toHaveCount(0);
});

test('dismiss and snooze are remembered across reloads', async ({ ext }) => {
  const page = await ext.context.newPage();
  await open(page, 'overview-2026-mid');
  const card = host(page, 'suggestion-card');
  const items = card.getByTestId('uptake-suggestion');
  await expect(items.first()).toBeVisible();
  const firstId = await items.first().getAttribute('data-suggestion-id');
  const secondId = await items.nth(1).getAttribute('data-suggestion-id');
  await items
    .first()
    .getByRole('button', { name: /^Dismiss/ })
    .click();
  await expect(card.locator(`[data-suggestion-id="${firstId}"]`)).toHaveCount(0);
  await card
    .locator(`[data-suggestion-id="${secondId}"]`)
    .getByRole('button', { name: /^Snooze/ })
    .click();
  await expect(card.locator(`[data-suggestion-id="${secondId}"]`)).toHaveCount(0);
  await page.reload();
  await expect(card.getByTestId('uptake-suggestion').first()).toBeVisible();
  await expect(card.locator(`[data-suggestion-id="${firstId}"]`)).toHaveCount(0);
  await expect(card.locator(`[data-suggestion-id="${secondId}"]`)).toHaveCount(0);
  const stored = await ext.serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings.metrics.suggestions,
  );
  expect(stored.dismissed).toEqual([firstId]);
  expect(stored.snoozed.map((s: { id: string }) => s.id)).toEqual([secondId]);
});

test('navigating inside the app moves the overlay; leaving the analytics pages removes it all', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  const errors = await open(page, 'overview-2026-mid');
  await expect(host(page, 'target-strip')).toHaveCount(1);
  await page.getByRole('link', { name: 'Claude Chat' }).click();
  await expect(page).toHaveURL(replicaUrls.chat);
  await expect(host(page, 'target-strip').getByTestId('uptake-product-figure')).toHaveCount(1);
  expect((await counts(page))['target-strip']).toBe(1);
  // The Overview's suggestion card went with the Overview.
  await expect(page.locator('[data-suggestion-id^="lagging-team"]')).toHaveCount(0);
  await page.goBack();
  await expect(host(page, 'target-strip').getByTestId('uptake-target-current')).toHaveCount(1);
  // The SPA leaves the analytics pages (same document): nothing of Uptake stays, not even a mark.
  await page.evaluate(() => history.pushState({}, '', '/new'));
  await expect(page.locator('[data-uptake]')).toHaveCount(0);
  await expect(page.locator('[data-uptake-anchor]')).toHaveCount(0);
  expect(errors).toEqual([]);
  // Outside claude.ai's analytics pages the content script never runs.
  for (const url of ['https://claude.ai/new', 'https://other.example/analytics/activity']) {
    await page.goto(url);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-uptake]')).toHaveCount(0);
  }
});

test('a chart whose title lost its heading markup is still found, by its accessible label', async ({
  ext,
  mock,
}) => {
  const figures = await latestSummary(mock);
  const page = await ext.context.newPage();
  await open(page, 'overview-2026-mid');
  await expect(host(page, 'target-strip')).toHaveCount(1);
  // The app re-renders with the panel title as a plain <div> (no heading anywhere for it).
  await page.evaluate(() => {
    const tpl = document.querySelector<HTMLTemplateElement>(
      'template[data-route="/analytics/activity"]',
    )!;
    const fresh = tpl.content.cloneNode(true) as DocumentFragment;
    for (const h of fresh.querySelectorAll('h3'))
      if (h.textContent === 'Active members and assigned seats') {
        const div = document.createElement('div');
        div.className = h.className;
        div.textContent = h.textContent;
        h.replaceWith(div);
      }
    document.querySelector('main')!.replaceChildren(fresh);
  });
  const strip = host(page, 'target-strip');
  await expect(strip).toHaveCount(1);
  // Placed right before the chart, inside the same panel.
  const next = await strip.evaluate((el) =>
    el.nextElementSibling?.querySelector('[role="img"]')?.getAttribute('aria-label'),
  );
  expect(next).toBe('Active members and assigned seats, last 30 days');
  await expect(strip.getByTestId('uptake-target-current')).toHaveText(figures.monthlyRate);
  await page.waitForTimeout(3500);
  await expect(host(page, 'insights-panel')).toHaveCount(0);
});

test('a switched-off feature does not run', async ({ ext }) => {
  await ext.serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...settings, features: { 'champion-badge': false, 'metric-tooltip': false } },
    });
  });
  const page = await ext.context.newPage();
  await open(page, 'overview-2026-mid');
  await expect(host(page, 'target-strip')).toHaveCount(1);
  expect(await counts(page)).not.toHaveProperty('champion-badge');
  expect(await counts(page)).not.toHaveProperty('metric-tooltip');
});

for (const [what, replicaOptions] of [
  ['anchors rendered 2 s late', { lateAnchorsMs: 2000 }],
  ['a page its framework re-renders every 500 ms', { rerenderEveryMs: 500 }],
] as const) {
  test.describe(what, () => {
    test.use({ replicaOptions });
    test('still exactly one copy of each feature, and no fallback panel', async ({ ext }) => {
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(replicaUrls['overview-2026-mid']);
      await expect(host(page, 'target-strip')).toHaveCount(1, { timeout: 10_000 });
      // Sample through several re-renders and past the panel's grace period.
      for (let i = 0; i < 8; i++) {
        const got = await counts(page);
        expect(got['freshness-badge']).toBe(1);
        expect(got['target-strip']).toBe(1);
        expect(got['suggestion-card']).toBe(1);
        expect(got['insights-panel'] ?? 0).toBe(0);
        // One note per metric, one badge per champion row.
        const perAnchor = await page.evaluate(() =>
          [...document.querySelectorAll('[data-uptake-anchor]')].every(
            (a) =>
              new Set(a.getAttribute('data-uptake-anchor')!.split(' ')).size ===
              a.getAttribute('data-uptake-anchor')!.split(' ').length,
          ),
        );
        expect(perAnchor).toBe(true);
        await page.waitForTimeout(450);
      }
      if ('rerenderEveryMs' in replicaOptions) {
        expect(await page.evaluate(() => (window as any).__replicaRenderCount)).toBeGreaterThan(5);
        // No flicker: in every frame painted over 3 s of re-renders, the strip and badges are there.
        const frames = await page.evaluate(
          () =>
            new Promise<{ frames: number; bare: number; renders: number }>((resolve) => {
              const start = performance.now();
              const before = (window as any).__replicaRenderCount;
              let frames = 0;
              let bare = 0;
              const tick = () => {
                frames++;
                const strip = document.querySelector('main [data-uptake="target-strip"]');
                const badge = document.querySelector('main [data-uptake="champion-badge"]');
                if (!strip || !badge) bare++;
                if (performance.now() - start < 3000) requestAnimationFrame(tick);
                else
                  resolve({ frames, bare, renders: (window as any).__replicaRenderCount - before });
              };
              requestAnimationFrame(tick);
            }),
        );
        expect(frames.renders).toBeGreaterThanOrEqual(5);
        expect(frames.frames).toBeGreaterThan(30);
        expect(frames.bare).toBe(0);
      }
      expect(await hostPageIntact(page)).toBe(true);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('screenshots, light and dark (written to .tmp/shots/overlay/)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(theme, () => {
      test.use({ replicaOptions: { theme } });
      test(`every page in the ${theme} theme, overlay in the same theme`, async ({ ext }) => {
        test.setTimeout(90_000);
        const page = await ext.context.newPage();
        for (const variant of Object.keys(variants) as ReplicaVariant[]) {
          await open(page, variant);
          if (variant === 'unknown-layout')
            await expect(host(page, 'insights-panel')).toHaveCount(1, { timeout: 8000 });
          else await page.waitForTimeout(300);
          // The overlay follows the page's theme: its surfaces are dark on a dark page.
          const background = await host(page, 'freshness-badge').evaluate((el) => {
            const pill = el.shadowRoot!.querySelector('.pill')!;
            return getComputedStyle(pill).backgroundColor;
          });
          const [r, g, b] = background.match(/\d+/g)!.map(Number);
          expect((r! + g! + b!) / 3 < 128, `${variant} ${background}`).toBe(theme === 'dark');
          await page.screenshot({
            path: `.tmp/shots/overlay/${variant}-${theme}.png`,
            fullPage: true,
          });
        }
        await open(page, 'members');
        await page.locator('[data-uptake="champion-badge"] button').first().hover();
        await page.screenshot({ path: `.tmp/shots/overlay/champion-note-${theme}.png` });
      });
    });
  }
});
