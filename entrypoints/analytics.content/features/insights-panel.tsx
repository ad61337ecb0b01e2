/**
 * insights-panel: on a recognised analytics page where some feature could
 * not find its anchor (an unknown or changed layout), a collapsible floating
 * panel with the same insights (targets, suggestions, champions, freshness
 * and state) and the list of features that could not be placed. It waits a
 * grace period (longer while the page says it is busy) so late anchors do
 * not flash it, and goes as soon as every feature has found its place.
 */
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { isEnhancedPage } from '@/lib/claude/pages';
import { actionsOf, useData, visibleSuggestions } from '@/lib/overlay/hooks';
import type { Island as Mounted } from '@/lib/overlay/mount';
import { overlayState } from '@/lib/overlay/state';
import { useStore } from '@/lib/overlay/store';
import { InsightsPanel, type MissingFeature } from '@/components/overlay/insights-panel';

/** Wait this long for anchors before showing the panel (ms)… */
export const GRACE_MS = 3000;
/** …and at most this long while `main` is `aria-busy`. */
export const BUSY_MAX_MS = 10_000;

const featureNames: Record<string, string> = {
  'target-strip': 'Target strip',
  'champion-badge': 'Champion badges',
  'suggestion-card': 'Suggestions',
  'freshness-badge': 'Freshness badge',
  'metric-tooltip': 'Metric notes',
};

let rememberedOpen = true;

function Island({ ctx }: { ctx: FeatureContext }) {
  const data = useData(ctx);
  const report = useStore(ctx.anchors);
  const actions = actionsOf(ctx, 'insights-panel');
  const missing: MissingFeature[] = Object.entries(report)
    .filter(([, r]) => !r.found)
    .map(([id, r]) => ({ name: featureNames[id] ?? id, lookingFor: r.lookingFor }));
  return (
    <InsightsPanel
      model={data.model}
      suggestions={visibleSuggestions(data)}
      state={overlayState(data)}
      demo={data.status?.mode === 'demo'}
      missing={missing}
      initiallyOpen={rememberedOpen}
      onToggle={(open) => (rememberedOpen = open)}
      onAction={actions.updateSuggestion}
      onOpenOptions={actions.openOptions}
      onOpenCompanion={actions.openCompanion}
    />
  );
}

export default defineFeature({
  id: 'insights-panel',
  description: 'A floating panel with the same insights when the page layout is not recognised.',
  include: [isEnhancedPage],
  exclude: [],
  lookingFor: () => null,
  verify:
    'Open https://claude.ai/analytics/activity?layout=next (the unknown-layout replica): after ~3 s a panel at the bottom right shows the target, suggestions and champions, and lists the features it could not place. On the normal Overview no panel appears.',
  init(ctx) {
    const started = Date.now();
    let island: Mounted | null = null;
    const update = () => {
      if (ctx.signal.aborted) return;
      const missing = Object.values(ctx.anchors.get()).some((r) => !r.found);
      if (!missing) {
        island?.unmount();
        island = null;
        return;
      }
      if (island?.host.isConnected) return;
      island = ctx.mount({
        anchor: ctx.doc.body,
        where: 'beforeend',
        render: () => <Island ctx={ctx} />,
      });
    };
    const wait = () => {
      if (ctx.signal.aborted) return;
      const busy = ctx.doc.querySelector('main[aria-busy="true"], [role="main"][aria-busy="true"]');
      if (busy && Date.now() - started < BUSY_MAX_MS) {
        setTimeout(wait, 250);
        return;
      }
      const unsubscribe = ctx.anchors.subscribe(update);
      ctx.signal.addEventListener('abort', unsubscribe, { once: true });
      update();
    };
    setTimeout(wait, GRACE_MS);
  },
});
