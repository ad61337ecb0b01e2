/**
 * The overlay's lifecycle on one claude.ai tab (design note):
 *
 * 1. At document start the data loader asks the background for status,
 *    overlay settings and the org's model, in parallel with the page's own
 *    loading, so the data is usually there before the anchors are.
 * 2. For each recognised page (first load, then every `wxt:locationchange`)
 *    the applicable features start once the data is in and the document is
 *    parsed (one scan, not one per parser chunk); leaving the page
 *    aborts them, which unmounts all they mounted. An unrecognised URL (the
 *    SPA left the analytics pages) leaves nothing behind.
 * 3. One MutationObserver (observe.ts) serves every feature; islands
 *    (mount.ts) are idempotent and re-mounted when the page re-renders.
 * 4. The host's theme is read when the first island mounts, then followed
 *    (attributes on `<html>`, the system preference); features start one per
 *    task so the page never gets a long task from Uptake; data changes
 *    re-render islands in place and rescan, so a
 *    feature that had nothing to show can mount once the first sync lands.
 * 5. When the content script is invalidated (extension reloaded or updated)
 *    everything is unmounted and the observers stop.
 */
import { detectAnalyticsPage, isEnhancedPage, type AnalyticsPage } from '@/lib/claude/pages';
import { detectTheme, THEME_ATTRIBUTES, type HostTheme } from '@/lib/claude/theme';
import { startDataLoader } from '@/lib/overlay/data';
import type { AnchorReport, OverlayFeature } from '@/lib/overlay/feature';
import { logFeatureError } from '@/lib/overlay/log';
import type { Transport } from '@/lib/overlay/messages';
import { createIslands } from '@/lib/overlay/mount';
import { createWatcher } from '@/lib/overlay/observe';
import { runFeaturesPaced, type PageRuntime } from '@/lib/overlay/run';
import { createStore, initialData, type OverlayData } from '@/lib/overlay/store';

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
  /** Subscribe to SPA navigations with the new URL. */
  onLocationChange(listener: (url: URL) => void): void;
}

export interface RunningOverlay {
  runtime: PageRuntime;
  /** The page currently enhanced (null when none). */
  page(): AnalyticsPage | null;
  /** Re-evaluate for a URL (as on navigation). */
  evaluate(url: string | URL): void;
}

/** Start the overlay for the current document; see the module note. */
export function startOverlay(
  host: OverlayHost,
  features: readonly OverlayFeature[],
  url: string | URL,
): RunningOverlay {
  const { doc, signal } = host;
  mark('uptake:start');
  const store = createStore<OverlayData>(initialData);
  const anchors = createStore<AnchorReport>({});
  const loader = startDataLoader(store, host.transport, { signal });
  // Detected when first needed (the page's styles are not in yet at document start).
  let theme: HostTheme | null = null;
  const currentTheme = () => (theme ??= detectTheme(doc));
  const islands = createIslands(doc, host.css, currentTheme, logFeatureError);
  const watcher = createWatcher(doc, islands.sweep);
  const runtime: PageRuntime = {
    doc,
    store,
    loader,
    anchors,
    watcher,
    islands,
    theme: currentTheme,
  };

  const followTheme = () => {
    if (theme === null) return;
    const next = detectTheme(doc);
    if (next !== theme) islands.setTheme((theme = next));
  };
  const themeObserver = new MutationObserver(followTheme);
  themeObserver.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: THEME_ATTRIBUTES,
  });
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', followTheme);

  // New data can make a feature mount where it showed nothing: rescan.
  let shape = '';
  store.subscribe((d) => {
    const next = `${d.phase}|${d.model?.freshness.latestDay ?? ''}|${d.model?.champions.champions.length ?? ''}|${d.error ?? ''}`;
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

  let current: { page: AnalyticsPage; controller: AbortController } | null = null;
  const evaluate = (where: string | URL) => {
    current?.controller.abort();
    current = null;
    anchors.replace({});
    const page = detectAnalyticsPage(where);
    if (!isEnhancedPage(page) || signal.aborted) return;
    const controller = new AbortController();
    current = { page, controller };
    host
      .transport({ type: 'to-background:page-recognised', pageKind: page.kind })
      .catch(() => undefined);
    void Promise.all([loader.ready, parsed])
      .then(() => {
        mark('uptake:data');
        return controller.signal.aborted
          ? null
          : runFeaturesPaced(features, page, runtime, controller.signal);
      })
      .then(() => mark('uptake:features'));
  };

  host.onLocationChange((next) => evaluate(next));
  signal.addEventListener(
    'abort',
    () => {
      current?.controller.abort();
      watcher.stop();
      themeObserver.disconnect();
      media?.removeEventListener('change', followTheme);
      islands.unmountAll();
    },
    { once: true },
  );
  evaluate(url);
  return { runtime, page: () => current?.page ?? null, evaluate };
}
