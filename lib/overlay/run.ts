/**
 * Runs the features that apply to one recognised page, each isolated: a
 * feature whose `init`, watch or render throws is logged (logFeatureError)
 * and stopped after repeated failures, and never stops the others or throws
 * into the page. Everything a feature mounted goes when the page's signal
 * aborts (navigation, teardown).
 */
import type { AnalyticsPage } from '@/lib/claude/pages';
import type { HostTheme } from '@/lib/claude/theme';
import { isSwitchedOn, type DataLoader } from '@/lib/overlay/data';
import type { AnchorReport, FeatureContext, OverlayFeature } from '@/lib/overlay/feature';
import { logFeatureError } from '@/lib/overlay/log';
import type { Islands } from '@/lib/overlay/mount';
import type { Watcher } from '@/lib/overlay/observe';
import type { OverlayData, Store } from '@/lib/overlay/store';

/** A feature that failed this many times on a page is stopped there. */
const MAX_FAILURES = 5;

export interface PageRuntime {
  doc: Document;
  store: Store<OverlayData>;
  loader: DataLoader;
  anchors: Store<AnchorReport>;
  watcher: Watcher;
  islands: Islands;
  theme(): HostTheme;
}

/** Does `feature` run on `page` (its predicates) and is it switched on (settings)? */
export function appliesTo(
  feature: OverlayFeature,
  page: AnalyticsPage,
  data: OverlayData,
): boolean {
  return (
    feature.include.some((p) => p(page)) &&
    !feature.exclude.some((p) => p(page)) &&
    isSwitchedOn(data.settings, feature.id)
  );
}

/** The anchor report for `page`: every applicable feature that says what it looks for. */
function reportFor(features: readonly OverlayFeature[], page: AnalyticsPage, rt: PageRuntime) {
  const report: AnchorReport = {};
  for (const feature of features) {
    if (!appliesTo(feature, page, rt.store.get())) continue;
    const lookingFor = feature.lookingFor(page);
    if (lookingFor) report[feature.id] = { lookingFor, found: false };
  }
  return report;
}

/** Start one feature, isolated; false when its `init` threw (it is then stopped). */
function startFeature(
  feature: OverlayFeature,
  page: AnalyticsPage,
  rt: PageRuntime,
  signal: AbortSignal,
): boolean {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  controller.signal.addEventListener('abort', () => rt.islands.unmountAll(feature.id), {
    once: true,
  });
  let failures = 0;
  const fail = (error: unknown) => {
    logFeatureError(feature.id, error);
    failures += 1;
    if (failures >= MAX_FAILURES) stop();
  };
  const ctx: FeatureContext = {
    page,
    signal: controller.signal,
    doc: rt.doc,
    store: rt.store,
    loader: rt.loader,
    anchors: rt.anchors,
    theme: rt.theme,
    watch: (find, onFound) =>
      rt.watcher.watch({ find, found: onFound, onError: fail }, controller.signal),
    mount: (options) =>
      controller.signal.aborted ? null : rt.islands.mount({ ...options, feature: feature.id }),
    found: () => {
      const entry = rt.anchors.get()[feature.id];
      if (entry && !entry.found)
        rt.anchors.set({ [feature.id]: { ...entry, found: true } } as Partial<AnchorReport>);
    },
    fallback: (render) => {
      const entry = rt.anchors.get()[feature.id];
      if (!entry) return;
      const fallback = (slot: Element) =>
        controller.signal.aborted
          ? null
          : rt.islands.mount({
              feature: feature.id,
              anchor: slot,
              where: 'beforeend',
              key: 'fallback',
              render,
            });
      rt.anchors.set({ [feature.id]: { ...entry, fallback } } as Partial<AnchorReport>);
    },
  };
  try {
    feature.init(ctx);
    return true;
  } catch (error) {
    fail(error);
    stop();
    return false;
  }
}

/** Start every applicable feature on `page` at once; returns the ids started. */
export function runFeatures(
  features: readonly OverlayFeature[],
  page: AnalyticsPage,
  rt: PageRuntime,
  signal: AbortSignal,
): string[] {
  rt.anchors.replace(reportFor(features, page, rt));
  return features
    .filter((f) => appliesTo(f, page, rt.store.get()) && startFeature(f, page, rt, signal))
    .map((f) => f.id);
}

/** Yield to the page's event loop: `scheduler.yield()` where it exists, else a new task. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same, one feature per task (yielding in between), so starting a page's
 * features never makes one long task of the host page's main thread.
 * Resolves with the ids started.
 */
export async function runFeaturesPaced(
  features: readonly OverlayFeature[],
  page: AnalyticsPage,
  rt: PageRuntime,
  signal: AbortSignal,
  pause: () => Promise<void> = yieldToPage,
): Promise<string[]> {
  rt.anchors.replace(reportFor(features, page, rt));
  const started: string[] = [];
  let first = true;
  for (const feature of features) {
    if (signal.aborted) break;
    if (!appliesTo(feature, page, rt.store.get())) continue;
    if (!first) await pause();
    first = false;
    if (signal.aborted) break;
    if (startFeature(feature, page, rt, signal)) started.push(feature.id);
  }
  return started;
}
