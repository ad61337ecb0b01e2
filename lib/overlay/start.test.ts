// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineFeature } from './feature';
import { runningOverlay } from './presence';
import { startOverlay, type RunningOverlay } from './start';
import { testModel } from './test-model';

const overview = 'https://claude.ai/analytics/activity';
const usage = 'https://claude.ai/analytics/usage';
const chat = 'https://claude.ai/new';

/** The background's answers to the overlay's requests (a warm history, no sync running). */
function transport() {
  const sent: string[] = [];
  const fn = vi.fn(async (message: unknown) => {
    const { type } = message as { type: string };
    sent.push(type);
    if (type === 'to-background:get-status')
      return { orgName: 'Acme', mode: 'live', latestDay: '2026-11-24', lastSync: null, sync: null };
    if (type === 'to-background:get-insights') return { model: testModel(), scopes: [] };
    if (type === 'to-background:get-overlay-settings')
      return { features: {}, dismissed: [], snoozed: [] };
    return { ok: true };
  });
  return { fn, sent };
}

/** One feature: a mark after each `<h1>`. */
const titleMark = defineFeature({
  id: 'freshness-badge',
  description: 'A mark after the page title, for tests.',
  include: [() => true],
  exclude: [],
  lookingFor: () => 'the page title',
  verify: 'test',
  init(ctx) {
    ctx.watch(
      (root) => (root.matches('h1') ? [root] : [...root.querySelectorAll('h1')]),
      (el) => {
        ctx.found();
        ctx.mount({ anchor: el, where: 'afterend', render: () => h('i', null, 'mark') });
      },
    );
  },
});

const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0));
};
const hosts = () => document.querySelectorAll('[data-uptake]').length;

let world: object;
let content: AbortController;
let started: RunningOverlay[];
beforeEach(() => {
  document.body.innerHTML = '<main><h1>Overview</h1></main>';
  world = {};
  content = new AbortController();
  started = [];
});
afterEach(() => content.abort());

function start(url: string, t = transport()) {
  const overlay = startOverlay(
    { doc: document, signal: content.signal, transport: t.fn, css: '', world },
    [titleMark],
    url,
  );
  if (overlay) started.push(overlay);
  return overlay;
}

describe('startOverlay', () => {
  it('shows its features on an analytics page and registers as this document’s overlay', async () => {
    const overlay = start(overview)!;
    await settle();
    expect(hosts()).toBe(1);
    expect(overlay.visiting()).toBe(true);
    expect(overlay.runtime.watcher.observing()).toBe(true);
    expect(runningOverlay(world)).not.toBeNull();
  });

  it('leaves nothing on a chat page: no host, no mark, no observer, no visit, no timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      const t = transport();
      const overlay = start(overview, t)!;
      await vi.runAllTimersAsync();
      overlay.evaluate(chat);
      expect(hosts()).toBe(0);
      expect(document.querySelector('[data-uptake-anchor]')).toBeNull();
      expect(overlay.visiting()).toBe(false);
      expect(overlay.runtime.watcher.observing()).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('comes back on the next analytics URL and asks the background again', async () => {
    const t = transport();
    const overlay = start(overview, t)!;
    await settle();
    overlay.evaluate(chat);
    const asked = t.sent.filter((s) => s === 'to-background:get-insights').length;
    document.body.innerHTML = '<main><h1>Claude Chat</h1></main>';
    overlay.evaluate(usage);
    await settle();
    expect(hosts()).toBe(1);
    expect(t.sent.filter((s) => s === 'to-background:get-insights').length).toBe(asked + 1);
  });

  it('does nothing for the page it already shows (the bootstrap hands it the same URL again)', async () => {
    const t = transport();
    const overlay = start(overview, t)!;
    await settle();
    const host = document.querySelector('[data-uptake]');
    overlay.evaluate(overview);
    overlay.evaluate(overview + '#members');
    await settle();
    expect(document.querySelector('[data-uptake]')).toBe(host);
    expect(t.sent.filter((s) => s === 'to-background:page-recognised')).toHaveLength(1);
  });

  it('a second copy in the same document defers to the first (no double start)', async () => {
    start(overview);
    const second = transport();
    expect(start(usage, second)).toBeNull();
    await settle();
    expect(second.fn).not.toHaveBeenCalled();
    expect(hosts()).toBe(1);
    // The URL it was started with went to the first copy.
    expect(started[0]!.page()).toEqual({ kind: 'chat' });
  });

  it('unregisters and removes everything when its content script is invalidated', async () => {
    start(overview);
    await settle();
    content.abort();
    expect(hosts()).toBe(0);
    expect(runningOverlay(world)).toBeNull();
  });
});

describe('a second visit', () => {
  it('shows the last answers at once, without waiting for the background', async () => {
    let answer: (() => void) | null = null;
    const t = transport();
    const overlay = start(overview, t)!;
    await settle();
    overlay.evaluate(chat);
    // From now on the background is slow to answer.
    const slow = t.fn.getMockImplementation()!;
    t.fn.mockImplementation(
      (message) =>
        new Promise((resolve) => {
          answer = () => resolve(slow(message));
        }),
    );
    overlay.evaluate(overview);
    await settle();
    expect(hosts()).toBe(1);
    expect(answer).not.toBeNull();
  });
});
