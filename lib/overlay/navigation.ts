/**
 * Following a single-page app's URL without a polling timer.
 *
 * claude.ai moves between chats, settings and Analytics with its own router
 * (`history.pushState`, no page load). `watchLocation` calls back with the new
 * URL after each such change:
 *
 * - where the browser has the Navigation API (Chromium 102+, Firefox 147+,
 *   Safari 26.2+): its `currententrychange` event, which fires once the URL
 *   has changed (push, replace, back/forward), and never for a page load;
 * - elsewhere: `popstate` (back/forward) and link clicks. A router may push
 *   the new URL a little after the click (it loads the route first), so a
 *   click checks the URL at once and a few times over the next 1.5 s: work
 *   bounded by what the user does, never a timer that runs on its own.
 *   A programmatic navigation with no click (a redirect) is then seen at the
 *   next click or back/forward.
 *
 * WXT's `wxt:locationchange` is not used: without the Navigation API it
 * polls the URL every second on every tab the script runs in.
 */

/** Where the fallback looks again after a click (ms). */
export const CLICK_RECHECK_MS = [0, 100, 500, 1500] as const;

/** The bits of `window` used here (a fake in unit tests). */
export interface LocationSource {
  location: { href: string; pathname: string };
  addEventListener: Window['addEventListener'];
  setTimeout: (fn: () => void, ms: number) => unknown;
  navigation?: EventTarget;
}

/** Has this window the Navigation API's events? */
export function hasNavigationApi(win: LocationSource): boolean {
  return typeof win.navigation?.addEventListener === 'function';
}

/**
 * Call `listener` with the new URL whenever the document's URL changes
 * (not for the URL it has now), until `signal` aborts.
 */
export function watchLocation(
  win: LocationSource,
  listener: (url: string) => void,
  signal: AbortSignal,
): void {
  let last = win.location.href;
  const check = () => {
    if (signal.aborted) return;
    const now = win.location.href;
    if (now === last) return;
    last = now;
    listener(now);
  };
  if (hasNavigationApi(win)) {
    win.navigation!.addEventListener('currententrychange', check, { signal });
    return;
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener(
    'click',
    () => {
      for (const ms of CLICK_RECHECK_MS) win.setTimeout(check, ms);
    },
    { capture: true, signal },
  );
}
