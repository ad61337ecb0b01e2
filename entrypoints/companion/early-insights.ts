/**
 * The companion's first question to the background, asked as soon as the
 * page's script starts (main.tsx imports this module first), not after the
 * app's code has been evaluated and rendered once: the scope's model is what
 * the first numbers wait for (issue 12 item 5, `companion.first_render_ms_100k`).
 * The app takes the answer for its first load of the same scope and lean
 * (use-data.ts `useInsights`) and checks it against the message contract
 * there, as `sendToBackground` would; any other load asks afresh.
 *
 * Reads the URL hash as hash-state.ts `parseHash` does, without its imports
 * (so nothing else is evaluated first); a hash this reads otherwise only
 * costs the early question (its key does not match and it is dropped).
 */

/** Views that list members (dormant, never activated) need the full model, not the lean one. */
export const viewsWithSeatLists: ReadonlySet<string> = new Set(['seats', 'exports']);

/** The key of an insights load: scope and lean (the first load's data version is always "0"). */
export const earlyKey = (scope: string, lean: boolean) => `${scope}|${lean}`;

function firstAsk(): { key: string; answer: Promise<unknown> } | null {
  try {
    return ask();
  } catch {
    return null; // no extension messaging here (a unit test): the app asks as usual
  }
}

function ask(): { key: string; answer: Promise<unknown> } {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const raw = params.get('scope');
  const scope = raw && raw.length <= 200 ? raw : 'org';
  const lean = !viewsWithSeatLists.has(params.get('view') ?? '');
  const request = { type: 'to-background:get-insights', scope, lean, championRows: false };
  // Settles either way: a failure reaches the app as the answer's error.
  const answer = browser.runtime.sendMessage(request).catch((error: unknown) => ({
    error: error instanceof Error ? error.message : String(error),
  }));
  return { key: earlyKey(scope, lean), answer };
}

let early = firstAsk();

/** The early answer (unchecked) if it was asked for `key`; only once, then null. */
export function takeEarlyAnswer(key: string): Promise<unknown> | null {
  const taken = early?.key === key ? early.answer : null;
  early = null;
  return taken;
}
