/**
 * insights-panel: the fallback place. On a recognised analytics page where
 * some feature could not find its anchor (a changed layout), a panel at the
 * top of the main content (after the page title) that names what was not
 * found and holds those features' content, each on its own host. It waits a
 * grace period (longer while the page says it is busy) so late anchors do
 * not flash it; a feature whose anchor appears later moves there, and the
 * panel goes once every feature has found its place. It is in the page's
 * flow: it never covers native content.
 */
import { fallbackPlace, type Place } from '@/lib/claude/titles';
import { isEnhancedPage } from '@/lib/claude/pages';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { actionsOf, useData } from '@/lib/overlay/hooks';
import type { Island as Mounted } from '@/lib/overlay/mount';
import { useStore } from '@/lib/overlay/store';
import { InsightsPanel, type MissingFeature } from '@/components/overlay/insights-panel';

/** Wait this long for anchors before showing the panel (ms)… */
export const GRACE_MS = 3000;
/** …and at most this long while `main` is `aria-busy`. */
export const BUSY_MAX_MS = 10_000;

export const featureNames: Record<string, string> = {
  'freshness-badge': 'Freshness badge',
  'target-strip': 'Target strip',
  'suggestion-card': 'Suggestions',
  'champion-badge': 'Champion badges',
  'metric-tooltip': 'Metric notes',
};

let rememberedOpen = true;

function Island({ ctx }: { ctx: FeatureContext }) {
  const data = useData(ctx);
  const report = useStore(ctx.anchors);
  const missing: MissingFeature[] = Object.entries(report)
    .filter(([, r]) => !r.found)
    .map(([id, r]) => ({ name: featureNames[id] ?? id, lookingFor: r.lookingFor }));
  return (
    <InsightsPanel
      missing={missing}
      demo={data.status?.mode === 'demo'}
      initiallyOpen={rememberedOpen}
      onToggle={(open) => (rememberedOpen = open)}
      onOpenCompanion={actionsOf(ctx, 'insights-panel').openCompanion}
    />
  );
}

export default defineFeature({
  id: 'insights-panel',
  description: 'The fallback place for features whose anchor is missing, at the top of the page.',
  include: [isEnhancedPage],
  exclude: [],
  lookingFor: () => null,
  verify:
    'Open https://claude.ai/analytics/activity?layout=next (the unknown-layout replica): after ~3 s a panel under the page title lists what was not found, with the target strip, suggestions and metric notes inside it; nothing on the page is covered. On the normal Overview no panel appears.',
  init(ctx) {
    const started = Date.now();
    let armed = false;
    let panel: Mounted | null = null;
    const placed = new Map<string, Mounted>();
    const missing = () => Object.values(ctx.anchors.get()).some((r) => !r.found);

    // Each missing feature's content inside the panel; gone once its anchor is found.
    const fill = () => {
      for (const [id, entry] of Object.entries(ctx.anchors.get())) {
        const there = placed.get(id);
        if (entry.found || !panel?.host.isConnected) {
          there?.unmount();
          placed.delete(id);
        } else if (!there?.host.isConnected) {
          const island = entry.fallback?.(panel.host);
          if (island) placed.set(id, island);
        }
      }
    };
    const show = (place: Place) => {
      if (!armed || ctx.signal.aborted || !missing()) return;
      if (panel?.host.isConnected && panel.anchor === place.anchor) return fill();
      panel?.unmount();
      panel = ctx.mount({ ...place, render: () => <Island ctx={ctx} /> });
      fill();
    };
    const update = () => {
      if (!armed || ctx.signal.aborted) return;
      if (missing()) return show(fallbackPlace(ctx.doc, ctx.page));
      for (const island of placed.values()) island.unmount();
      placed.clear();
      panel?.unmount();
      panel = null;
    };
    // After a re-render of the page, in its new place.
    let place: Place | null = null;
    ctx.watch(
      () => {
        if (!armed || !missing()) return [];
        place = fallbackPlace(ctx.doc, ctx.page);
        return [place.anchor];
      },
      () => place && show(place),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    ctx.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    const wait = () => {
      if (ctx.signal.aborted) return;
      const busy = ctx.doc.querySelector('main[aria-busy="true"], [role="main"][aria-busy="true"]');
      if (busy && Date.now() - started < BUSY_MAX_MS) {
        timer = setTimeout(wait, 250);
        return;
      }
      armed = true;
      const unsubscribe = ctx.anchors.subscribe(update);
      ctx.signal.addEventListener('abort', unsubscribe, { once: true });
      update();
    };
    timer = setTimeout(wait, GRACE_MS);
  },
});
