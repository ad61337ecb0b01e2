import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLICK_RECHECK_MS, watchLocation, type LocationSource } from './navigation';

/** A window with a settable URL, optionally with the Navigation API. */
function fakeWindow(withNavigationApi: boolean) {
  const target = new EventTarget();
  const navigation = withNavigationApi ? new EventTarget() : undefined;
  const win = {
    location: { href: 'https://claude.ai/new' },
    addEventListener: target.addEventListener.bind(target),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    navigation,
  } as unknown as LocationSource;
  return {
    win,
    /** What history.pushState does: the URL changes, the Navigation API (if any) says so. */
    push(url: string) {
      win.location.href = url;
      navigation?.dispatchEvent(new Event('currententrychange'));
    },
    fire: (type: string) => target.dispatchEvent(new Event(type)),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('watchLocation with the Navigation API', () => {
  it('reports each new URL once, after it changed, and nothing after abort', () => {
    const { win, push } = fakeWindow(true);
    const seen: string[] = [];
    const controller = new AbortController();
    watchLocation(win, (url) => seen.push(url), controller.signal);
    push('https://claude.ai/analytics/activity');
    push('https://claude.ai/analytics/activity'); // same URL (a replaceState): not again
    push('https://claude.ai/new');
    controller.abort();
    push('https://claude.ai/analytics/usage');
    expect(seen).toEqual(['https://claude.ai/analytics/activity', 'https://claude.ai/new']);
  });

  it('sets no timer, even after clicks', () => {
    vi.useFakeTimers();
    const { win, fire } = fakeWindow(true);
    watchLocation(win, () => undefined, new AbortController().signal);
    fire('click');
    fire('popstate');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('watchLocation without the Navigation API', () => {
  it('sees back/forward at once and a click’s navigation within 1.5 s; no timer otherwise', () => {
    vi.useFakeTimers();
    const { win, fire } = fakeWindow(false);
    const seen: string[] = [];
    watchLocation(win, (url) => seen.push(url), new AbortController().signal);
    expect(vi.getTimerCount()).toBe(0);
    win.location.href = 'https://claude.ai/chat/1';
    fire('popstate');
    expect(seen).toEqual(['https://claude.ai/chat/1']);
    // A router that pushes the URL 400 ms after the click (it loaded the route first).
    fire('click');
    expect(vi.getTimerCount()).toBe(CLICK_RECHECK_MS.length);
    vi.advanceTimersByTime(400);
    win.location.href = 'https://claude.ai/analytics/activity';
    vi.advanceTimersByTime(1100);
    expect(seen).toEqual(['https://claude.ai/chat/1', 'https://claude.ai/analytics/activity']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
