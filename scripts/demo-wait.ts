/**
 * What the headless demo waits for before it takes a picture: the first
 * picture of the sync in the background, then every surface showing the
 * product — the overlay's target strip, suggestions and champion badges, the
 * popup's and the companion's figures. Everything shares one deadline; a
 * surface still missing something when it passes fails the demo with a
 * sentence naming the surface and what it lacked.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { replicaUrls } from '../tests/fixtures/replica/render';

declare const chrome: any;

/** A surface missing something at the deadline (the message says which and what). */
export class DemoNotReady extends Error {
  override name = 'DemoNotReady';
}

/** One thing a surface must show: in words, and where to find it. */
export interface Expectation {
  what: string;
  locator: (page: Page) => Locator;
  /** Text the element must match (e.g. a digit: a figure, not a dash or a spinner). */
  text?: RegExp;
}

export interface Deadline {
  startedAt: number;
  endsAt: number;
}

export const deadlineIn = (ms: number): Deadline => {
  const now = performance.now();
  return { startedAt: now, endsAt: now + ms };
};

const seconds = (d: Deadline) => ((performance.now() - d.startedAt) / 1000).toFixed(1);
const left = (d: Deadline) => Math.max(0, d.endsAt - performance.now());
const budget = (d: Deadline) => Math.round((d.endsAt - d.startedAt) / 1000);

interface Progress {
  state: string;
  phase: string;
  pagesDone: number;
  pagesPlanned: number;
}

async function syncProgress(page: Page): Promise<Progress | null> {
  const status = await page
    .evaluate(() => chrome.runtime.sendMessage({ type: 'to-background:get-status' }))
    .catch(() => null);
  return (status?.sync as Progress | null) ?? null;
}

const progressWords = (p: Progress | null) =>
  p
    ? `sync ${p.state}, ${p.phase} phase, ${p.pagesDone} of ${p.pagesPlanned} steps`
    : 'no sync running';

/**
 * Polls the org's insight model (from an extension page) until `ready` says
 * it is; returns the seconds it took. Throws DemoNotReady with `missing(model)`
 * and the sync's progress at the deadline.
 */
export async function waitForModel(
  page: Page,
  deadline: Deadline,
  ready: (model: any) => boolean,
  missing: (model: any) => string,
): Promise<number> {
  let model: any = null;
  let told = performance.now();
  while (left(deadline) > 0) {
    // Say how the sync is going now and then, so a slow machine is seen to be working.
    if (performance.now() - told > 10_000) {
      told = performance.now();
      console.log(`  ${seconds(deadline)} s: ${progressWords(await syncProgress(page))}`);
    }
    const answer = await page
      .evaluate(() =>
        chrome.runtime.sendMessage({ type: 'to-background:get-insights', scope: 'org' }),
      )
      .catch(() => null);
    model = answer?.model ?? null;
    if (model && ready(model)) return Number(seconds(deadline));
    // Not too often: each answer may rebuild every model in the busy background.
    await page.waitForTimeout(1500);
  }
  throw new DemoNotReady(
    `After ${budget(deadline)} s the background's picture of the organisation still lacked ${missing(model)} (${progressWords(await syncProgress(page))}).`,
  );
}

/**
 * Waits until `page` shows every expectation, reloading it now and then (a
 * surface may have rendered before the background had the figures). Throws
 * DemoNotReady naming the surface and what it lacked.
 */
export async function waitForSurface(
  page: Page,
  surface: string,
  expectations: readonly Expectation[],
  deadline: Deadline,
): Promise<void> {
  const lacking = async () => {
    const out: string[] = [];
    for (const e of expectations) {
      const found = e.locator(page).first();
      const ok =
        (await found.count()) > 0 &&
        (!e.text || e.text.test((await found.textContent().catch(() => '')) ?? ''));
      if (!ok) out.push(e.what);
    }
    return out;
  };
  let missing = await lacking();
  let lastReload = performance.now();
  while (missing.length > 0 && left(deadline) > 0) {
    await page.waitForTimeout(500);
    if (performance.now() - lastReload > 5000) {
      await page.reload().catch(() => undefined);
      lastReload = performance.now();
      await page.waitForTimeout(1000);
    }
    missing = await lacking();
  }
  if (missing.length > 0)
    throw new DemoNotReady(
      `After ${budget(deadline)} s the ${surface} still showed no ${missing.join(', no ')}.`,
    );
}

const digit = /\d/;
const overlay = (id: string) => (page: Page) => page.locator(`[data-uptake="${id}"]`);

/** Waits until the overlay, the popup and the companion show their figures (or throws DemoNotReady). */
export async function showsTheProduct(
  context: BrowserContext,
  extensionId: string,
  overview: Page,
  deadline: Deadline,
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
