/**
 * One observer for the whole page, shared by every feature: finds anchors
 * that are there now and those the page renders later.
 *
 * A feature registers `find(root)` (anchors inside a subtree) and `found(el)`.
 * `find` runs over the document once, then over each subtree the page adds
 * (and the parent of any text it changes). When the page removed one of
 * Uptake's hosts (a framework re-render), every `find` runs over the whole
 * document again, in the MutationObserver callback: a microtask after the
 * page's own change and before the next paint, so a re-rendered anchor never
 * shows without its overlay (no flicker). Subtrees the page adds without
 * removing a host (content rendered late, an in-app route) are new to the
 * admin too: the first watch runs over them in that microtask and each other
 * watch in a task of its own (`pause`), so mounting every feature never
 * makes the page's own render task a long one (issue 12: at 20,000 members
 * it grew from under 50 ms to 145–230 ms on a loaded machine).
 *
 * The observer is connected only while at least one watch is registered.
 * `found` is called for every match each time; idempotency is mount.ts's job.
 * Errors in one watch are reported and never stop the others.
 */
import { isOverlayNode } from '@/lib/claude/anchors';
import { yieldToPage } from '@/lib/overlay/run';

export interface Watch {
  find(root: Element): Iterable<Element>;
  found(el: Element): void;
  /** Called when find/found throws; the watch stays registered. */
  onError(error: unknown): void;
}

export interface Watcher {
  /** Register a watch until `signal` aborts; runs it over the document at once. */
  watch(watch: Watch, signal: AbortSignal): void;
  /** Run every watch over the whole document. */
  rescan(): void;
  /** Is the MutationObserver connected (some feature watching)? */
  observing(): boolean;
  stop(): void;
}

/** More added subtrees than this in one batch: scan the whole document once instead. */
const MAX_ROOTS = 400;

function run(watch: Watch, root: Element) {
  try {
    for (const el of watch.find(root)) watch.found(el);
  } catch (error) {
    watch.onError(error);
  }
}

/**
 * Create the page's watcher.
 * @param sweep called first in every batch; returns true when it removed
 *   overlays whose host the page had detached (then everything is rescanned).
 * @param pause what runs between two watches over added subtrees (a new task).
 */
export function createWatcher(
  doc: Document,
  sweep: () => boolean,
  pause: () => Promise<void> = yieldToPage,
): Watcher {
  const watches = new Set<Watch>();
  const whole = () => doc.body ?? doc.documentElement;
  // Watches still to run over subtrees the page added, one per task (see the module note).
  let queued: { watch: Watch; roots: Element[] }[] = [];
  let draining = false;
  const drain = async () => {
    draining = true;
    while (queued.length > 0) {
      await pause();
      const next = queued.shift();
      if (!next || !watches.has(next.watch)) continue;
      for (const root of next.roots) if (root.isConnected) run(next.watch, root);
    }
    draining = false;
  };

  const rootsOf = (records: MutationRecord[]): Element[] | 'all' => {
    const roots = new Set<Element>();
    const add = (el: Element | null) => {
      if (!el || !el.isConnected || roots.has(el) || isOverlayNode(el)) return;
      roots.add(el);
    };
    for (const r of records) {
      if (r.type === 'characterData') add(r.target.parentElement);
      else
        for (const node of r.addedNodes)
          add(node.nodeType === 1 ? (node as Element) : node.parentElement);
      if (roots.size > MAX_ROOTS) return 'all';
    }
    // Keep only the outermost roots: walk each one's ancestors (O(roots × depth)).
    return [...roots].filter((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
      return true;
    });
  };

  const observer = new MutationObserver((records) => {
    if (watches.size === 0) return;
    if (sweep()) return rescan();
    const roots = rootsOf(records);
    if (roots === 'all') return rescan();
    if (roots.length === 0) return;
    const [first, ...rest] = watches;
    for (const root of roots) run(first!, root);
    for (const watch of rest) queued.push({ watch, roots });
    if (!draining && queued.length > 0) void drain();
  });
  // Observing only while some feature watches: on pages Uptake leaves alone, no observer.
  let observing = false;
  let stopped = false;
  const follow = (on: boolean) => {
    if (on === observing || stopped) return;
    observing = on;
    if (on)
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    else observer.disconnect();
  };

  function rescan() {
    queued = []; // the whole document, now: nothing left to run over parts of it
    const root = whole();
    for (const w of watches) run(w, root);
  }

  return {
    watch(w, signal) {
      if (signal.aborted || stopped) return;
      watches.add(w);
      follow(true);
      signal.addEventListener(
        'abort',
        () => {
          watches.delete(w);
          // Pending records belong to pages gone; the next watch scans the whole document.
          if (watches.size === 0) follow(false);
        },
        { once: true },
      );
      run(w, whole());
    },
    rescan,
    observing: () => observing,
    stop() {
      queued = [];
      observer.disconnect();
      observing = false;
      stopped = true;
      watches.clear();
    },
  };
}
