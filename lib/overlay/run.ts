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

/** Start every applicable feature on `page`; returns the ids started. */
export function runFeatures(
  features: readonly OverlayFeature[],
  page: AnalyticsPage,
  rt: PageRuntime,
  signal: AbortSignal,
): string[] {
  const started: string[] = [];
  const report: AnchorReport = {};
  for (const feature of features) {
    if (!appliesTo(feature, page, rt.store.get())) continue;
    const lookingFor = feature.lookingFor(page);
    if (lookingFor) report[feature.id] = { lookingFor, found: false };
  }
  rt.anchors.replace(report);

  for (const feature of features) {
    if (!appliesTo(feature, page, rt.store.get())) continue;
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
    };
    try {
      feature.init(ctx);
      started.push(feature.id);
    } catch (error) {
      fail(error);
      stop();
    }
  }
  return started;
}
