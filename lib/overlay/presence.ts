/**
 * Which overlay runs in this document, shared by Uptake's two content
 * scripts (the bootstrap on every claude.ai page and the overlay itself).
 *
 * Content scripts of one extension share one isolated world per frame, and
 * scripts the background injects with `scripting.executeScript` run there
 * too; its global object is not the page's, so nothing here is visible to
 * claude.ai. The overlay registers itself when it starts (and unregisters
 * when its context is invalidated); the bootstrap hands it every URL change,
 * or asks the background to inject it when none is registered. One overlay
 * per document: a second copy finds the first and defers to it.
 */

/** What the bootstrap needs of a running overlay. */
export interface OverlayHandle {
  /** Show the overlay for this URL (its features), or nothing when it is not an enhanced page. */
  evaluate(url: string): void;
}

const KEY = Symbol.for('uptake:overlay');

type Holder = { [KEY]?: OverlayHandle };

/** The overlay running in this document's isolated world, if any. */
export function runningOverlay(world: object = globalThis): OverlayHandle | null {
  return (world as Holder)[KEY] ?? null;
}

/**
 * Register `handle` as this document's overlay. Returns false (and changes
 * nothing) when another one is registered already.
 */
export function registerOverlay(handle: OverlayHandle, world: object = globalThis): boolean {
  const holder = world as Holder;
  if (holder[KEY] && holder[KEY] !== handle) return false;
  holder[KEY] = handle;
  return true;
}

/** Unregister `handle` (only if it is the one registered). */
export function unregisterOverlay(handle: OverlayHandle, world: object = globalThis): void {
  const holder = world as Holder;
  if (holder[KEY] === handle) delete holder[KEY];
}
