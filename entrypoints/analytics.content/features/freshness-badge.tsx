/**
 * freshness-badge: a pill under the page title with whose data Uptake shows,
 * the latest day in the local history, the last sync and why native and API
 * figures can differ; it carries the no-key, first-sync, failed and stale
 * states in words (it replaces the foundation's "page mark"). The title is
 * found by several cues (lib/claude/titles.ts); failing all, the pill goes
 * to the fallback place.
 */
import { isEnhancedPage, type AnalyticsPage } from '@/lib/claude/pages';
import { headerRowOf } from '@/lib/claude/anchors';
import { pageTitleOf } from '@/lib/claude/titles';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { actionsOf, useData, useNow } from '@/lib/overlay/hooks';
import { overlayState } from '@/lib/overlay/state';
import { FreshnessBadge } from '@/components/overlay/freshness-badge';

function Island({ ctx, page }: { ctx: FeatureContext; page: AnalyticsPage }) {
  const data = useData(ctx);
  const now = useNow();
  const actions = actionsOf(ctx, 'freshness-badge');
  return (
    <FreshnessBadge
      pageKind={page.kind}
      status={data.status}
      freshness={data.model?.freshness ?? null}
      state={overlayState(data)}
      now={now}
      onOpenOptions={actions.openOptions}
    />
  );
}

export default defineFeature({
  id: 'freshness-badge',
  description: 'Under the page title: latest day, last sync, data source and sync state.',
  include: [isEnhancedPage],
  exclude: [],
  lookingFor: () => 'the page title (a heading, the active tab’s name or the document title)',
  verify:
    'Open the Overview replica: under "Overview" a pill reads "Uptake · <org> · Data to <latest day> · Synced …"; its "?" explains why figures differ. With no key it says "Add your Analytics API key…".',
  init(ctx) {
    ctx.fallback(() => <Island ctx={ctx} page={ctx.page} />);
    ctx.watch(
      (root) => {
        const title = pageTitleOf(ctx.doc, ctx.page);
        return title && (root.contains(title) || title.contains(root)) ? [title] : [];
      },
      (title) => {
        ctx.found();
        // Inside the title's own block when it has one (title + subtitle), else right after it.
        const block = title.parentElement;
        const inBlock = block !== null && headerRowOf(title) !== title;
        ctx.mount({
          anchor: inBlock ? block : title,
          where: inBlock ? 'beforeend' : 'afterend',
          render: () => <Island ctx={ctx} page={ctx.page} />,
        });
      },
    );
  },
});
