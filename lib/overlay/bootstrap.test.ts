import { describe, expect, it, vi } from 'vitest';
import { startBootstrap } from './bootstrap';
import type { LocationSource } from './navigation';
import { registerOverlay, runningOverlay, type OverlayHandle } from './presence';

const chat = 'https://claude.ai/new';
const overview = 'https://claude.ai/analytics/activity';
const usage = 'https://claude.ai/analytics/usage';
const spend = 'https://claude.ai/admin-settings/usage';
const apiKeys = 'https://claude.ai/analytics/api-keys';

const flush = () => new Promise((r) => setTimeout(r, 0));

/**
 * A claude.ai tab: a window with the Navigation API, a document, an isolated
 * world, and a background that "injects" an overlay recording what it is handed.
 */
function tab(start: string, { readyState = 'complete' as DocumentReadyState } = {}) {
  const navigation = new EventTarget();
  const docEvents = new EventTarget();
  const win = {
    location: {
      href: start,
      get pathname() {
        return new URL(this.href).pathname;
      },
    },
    addEventListener: () => undefined,
    setTimeout: () => 0,
    navigation,
  } as unknown as LocationSource;
  const doc = { readyState, addEventListener: docEvents.addEventListener.bind(docEvents) };
  const world = {};
  const handed: string[] = [];
  const overlay: OverlayHandle = { evaluate: (url) => handed.push(url) };
  const requests = vi.fn(async () => {
    // The injected overlay registers and starts on the URL it finds.
    registerOverlay(overlay, world);
    handed.push(win.location.href);
    return { outcome: 'injected' };
  });
  return {
    win,
    doc,
    world,
    handed,
    requests,
    go(url: string) {
      win.location.href = url;
      navigation.dispatchEvent(new Event('currententrychange'));
    },
    parsed() {
      doc.readyState = 'interactive';
      docEvents.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

function boot(t: ReturnType<typeof tab>, requestOverlay: () => Promise<unknown> = t.requests) {
  return startBootstrap({
    win: t.win,
    doc: t.doc,
    world: t.world,
    requestOverlay,
    signal: new AbortController().signal,
  });
}

describe('startBootstrap', () => {
  it('does nothing on chat pages, however much the app navigates', async () => {
    const t = tab(chat);
    boot(t);
    for (const url of ['https://claude.ai/chat/1', 'https://claude.ai/settings', apiKeys, chat])
      t.go(url);
    await flush();
    expect(t.requests).not.toHaveBeenCalled();
    expect(runningOverlay(t.world)).toBeNull();
  });

  it('asks once for the overlay when the app navigates to Analytics, then hands it every URL', async () => {
    const t = tab(chat);
    boot(t);
    t.go(overview);
    await flush();
    expect(t.requests).toHaveBeenCalledTimes(1);
    t.go(usage);
    t.go(chat);
    t.go(spend);
    await flush();
    expect(t.requests).toHaveBeenCalledTimes(1);
    // The overlay started on the Overview (once: the bootstrap's second look hands the same URL).
    expect(t.handed).toEqual([overview, overview, usage, chat, spend]);
  });

  it('asks only once while a request is on its way, however many URL changes come', async () => {
    const t = tab(chat);
    let release!: () => void;
    const slow = vi.fn(
      () =>
        new Promise((resolve) => {
          release = () => resolve(t.requests());
        }),
    );
    boot(t, slow);
    t.go(overview);
    t.go(usage);
    t.go(overview);
    expect(slow).toHaveBeenCalledTimes(1);
    release();
    await flush();
    await flush();
    expect(slow).toHaveBeenCalledTimes(1);
    expect(t.handed.at(-1)).toBe(overview);
  });

  it('on a direct load of an analytics page, leaves it to the overlay the manifest injected', async () => {
    const t = tab(overview, { readyState: 'loading' });
    boot(t);
    // The manifest's overlay starts at document start and registers before the document is parsed.
    registerOverlay({ evaluate: (url) => t.handed.push(url) }, t.world);
    t.parsed();
    await flush();
    expect(t.requests).not.toHaveBeenCalled();
    expect(t.handed).toEqual([overview]);
  });

  it('asks for a page loaded at an analytics URL the manifest does not match (/analytics)', async () => {
    const t = tab('https://claude.ai/analytics');
    boot(t);
    await flush();
    expect(t.requests).toHaveBeenCalledTimes(1);
  });

  it('does not ask again for a URL where injection was refused, until the URL changes', async () => {
    const t = tab(chat);
    const refused = vi.fn(async () => ({ outcome: 'not-a-top-frame' }));
    const b = boot(t, refused);
    t.go(overview);
    await flush();
    b.sync();
    await flush();
    expect(refused).toHaveBeenCalledTimes(1);
    t.go(usage);
    await flush();
    expect(refused).toHaveBeenCalledTimes(2);
  });

  it('does not ask in a loop when the background cannot be reached', async () => {
    const t = tab(chat);
    const gone = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    boot(t, gone);
    t.go(overview);
    await flush();
    t.go(overview + '#x');
    await flush();
    expect(gone).toHaveBeenCalledTimes(2);
    expect(runningOverlay(t.world)).toBeNull();
  });
});
