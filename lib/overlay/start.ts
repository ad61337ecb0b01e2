/**
 * The overlay's lifecycle in one claude.ai document (design note):
 *
 * 1. It starts either at document start, injected by the manifest on a
 *    direct load of an analytics or spend page, or later, injected by the
 *    background when the app navigated there without a page load (see
 *    bootstrap.ts). It registers itself in the isolated world (presence.ts):
 *    a second copy in the same document defers to the first.
 * 2. Every URL change reaches `evaluate` (from the bootstrap). Entering the
 *    enhanced pages starts a visit: the data loader asks the background for
 *    status, overlay settings and the org's model (in parallel with the
 *    page's own loading on a direct load), and the host's theme is followed.
 *    For each recognised page the applicable features start once the data is
 *    in and the document is parsed; leaving the page aborts them, which
 *    unmounts all they mounted.
 * 3. Leaving the enhanced pages (a chat, settings) ends the visit: nothing of
 *    Uptake stays in the page, and the overlay keeps no observer, listener
 *    or timer of its own until the bootstrap hands it an analytics URL again.
 *    The next visit shows the last answers at once and asks again.
 * 4. One MutationObserver (observe.ts, connected only while features watch)
 *    serves every feature; islands (mount.ts) are idempotent and re-mounted
 *    when the page re-renders. Features start one per task so the page never
 *    gets a long task from Uptake; data changes re-render islands in place
 *    and rescan, so a feature that had nothing to show can mount once the
 *    first sync lands.
 * 5. When the content script is invalidated (extension reloaded or updated)
 *    everything is unmounted, the observers stop and it unregisters.
 */
import { detectAnalyticsPage, isEnhancedPage, type AnalyticsPage } from '@/lib/claude/pages';
import { detectTheme, type HostTheme } from '@/lib/claude/theme';
import type { AnchorReport, OverlayFeature } from '@/lib/overlay/feature';
import { logFeatureError } from '@/lib/overlay/log';
import type { Transport } from '@/lib/overlay/messages';
import { createIslands } from '@/lib/overlay/mount';
import { createWatcher } from '@/lib/overlay/observe';
import { registerOverlay, runningOverlay, unregisterOverlay } from '@/lib/overlay/presence';
import { runFeaturesPaced, type PageRuntime } from '@/lib/overlay/run';
import { createStore, initialData, type OverlayData } from '@/lib/overlay/store';
import { createVisits } from '@/lib/overlay/visit';

/** A performance mark on the page's timeline (for the benchmark and DevTools); never throws. */
function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // No user timing here.
  }
}

export interface OverlayHost {
  doc: Document;
  /** Aborts when the content script is invalidated. */
  signal: AbortSignal;
  transport: Transport;
  css: string;
  /** The isolated world's global object, where the overlay registers (globalThis by default). */
  world?: object;
}

export interface RunningOverlay {
  runtime: PageRuntime;
  /** The page currently enhanced (null when none). */
  page(): AnalyticsPage | null;
  /** Re-evaluate for a URL (as on navigation); nothing happens for the page already shown. */
  evaluate(url: string | URL): void;
  /** Is a visit running (data loader, theme follower)? False on pages Uptake does not enhance. */
  visiting(): boolean;
}

/** A URL without its fragment: the identity of a page here. */
function pageKey(url: string | URL): string {
  return String(url).split('#')[0]!;
}

/**
 * Start the overlay for the current document; see the module note. Returns
 * null when another overlay already runs in this document (it was handed
 * `url` instead).
 */
export function startOverlay(
  host: OverlayHost,
  features: readonly OverlayFeature[],
  url: string | URL,
): RunningOverlay | null {
  const { doc, signal } = host;
  const other = runningOverlay(host.world);
  if (other) {
    other.evaluate(String(url));
    return null;
  }
  mark('uptake:start');
  const store = createStore<OverlayData>(initialData);
  const anchors = createStore<AnchorReport>({});
  // Detected when first needed (the page's styles are not in yet at document start).
  let theme: HostTheme | null = null;
  const currentTheme = () => (theme ??= detectTheme(doc));
  const islands = createIslands(doc, host.css, currentTheme, logFeatureError);
  const watcher = createWatcher(doc, islands.sweep);
  const visits = createVisits(doc, store, host.transport, {
    followTheme: () => {
      if (theme === null) return;
      const next = detectTheme(doc);
      if (next !== theme) islands.setTheme((theme = next));
    },
  });
  const runtime: PageRuntime = {
    doc,
    store,
    loader: visits.loader,
    anchors,
    watcher,
    islands,
    theme: currentTheme,
  };

  // New data can make a feature mount where it showed nothing: rescan.
  let shape = '';
  store.subscribe((d) => {
    const c = d.model?.champions;
    const next = `${d.phase}|${d.model?.freshness.latestDay ?? ''}|${c ? c.champions.length + (c.rowsLeftOut ?? 0) : ''}|${d.error ?? ''}`;
    if (next !== shape) {
      shape = next;
      watcher.rescan();
    }
  });

  // Features start once the document is parsed: one scan of the whole page
  // rather than many while the parser adds it (a framework's later renders are
  // still caught as they come).
  const parsed =
    doc.readyState === 'loading'
      ? new Promise<void>((r) =>
          doc.addEventListener('DOMContentLoaded', () => r(), { once: true }),
        )
      : Promise.resolve();

  let current: { page: AnalyticsPage; key: string; controller: AbortController } | null = null;
  const evaluate = (where: string | URL) => {
    if (signal.aborted || current?.key === pageKey(where)) return;
    current?.controller.abort();
    current = null;
    anchors.replace({});
    const page = detectAnalyticsPage(where);
    if (!isEnhancedPage(page)) return visits.end();
    const controller = new AbortController();
    current = { page, key: pageKey(where), controller };
    // A second visit starts from the last answers at once; the visit's fresh ones re-render in place.
    const asked = visits.begin();
    const ready = store.get().phase === 'ready' ? Promise.resolve() : asked;
    host
      .transport({ type: 'to-background:page-recognised', pageKind: page.kind })
      .catch(() => undefined);
    void Promise.all([ready, parsed])
      .then(() => {
        mark('uptake:data');
        return controller.signal.aborted
          ? null
          : runFeaturesPaced(features, page, runtime, controller.signal);
      })
      .then(() => mark('uptake:features'));
  };

  const handle = { evaluate: (next: string) => evaluate(next) };
  registerOverlay(handle, host.world);
  signal.addEventListener(
    'abort',
    () => {
      unregisterOverlay(handle, host.world);
      current?.controller.abort();
      visits.end();
      watcher.stop();
      islands.unmountAll();
    },
    { once: true },
  );
  evaluate(url);
  return {
    runtime,
    page: () => current?.page ?? null,
    evaluate,
    visiting: visits.active,
  };
}
