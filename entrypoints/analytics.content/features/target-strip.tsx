/**
 * target-strip: beside the org's adoption chart ("Active members and
 * assigned seats"; "Daily, weekly and monthly active users" in the early
 * layout) and each product tab's adoption chart: current value, target,
 * progress, people still needed, forecast, and a sparkline with the target.
 */
import {
  findHeadings,
  findLabelledRegions,
  headerRowOf,
  HEADING_SELECTOR,
} from '@/lib/claude/anchors';
import { activeMembersChart, aliasSet, productAdoptionCharts } from '@/lib/claude/labels';
import { isPageKind, productOfPage } from '@/lib/claude/pages';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { actionsOf, useData } from '@/lib/overlay/hooks';
import type { Island as Mounted } from '@/lib/overlay/mount';
import type { MetricProduct } from '@/lib/metrics/history';
import { TargetStrip, productNames } from '@/components/overlay/target-strip';

function Island({ ctx, product }: { ctx: FeatureContext; product: MetricProduct | null }) {
  const data = useData(ctx);
  if (!data.model?.adoption) return null;
  return (
    <TargetStrip
      model={data.model}
      product={product}
      demo={data.status?.mode === 'demo'}
      onOpenOptions={actionsOf(ctx, 'target-strip').openOptions}
    />
  );
}

export default defineFeature({
  id: 'target-strip',
  description: 'Adoption targets beside the native adoption charts (per product on product tabs).',
  include: [isPageKind('overview', 'chat', 'claude-code', 'cowork', 'design')],
  exclude: [],
  lookingFor: (page) => {
    const product = productOfPage(page);
    return product
      ? `the ${productNames[product]} adoption chart`
      : 'the “Active members and assigned seats” chart';
  },
  verify:
    'Overview replica: a band under the "Active members and assigned seats" title shows the monthly adoption %, "target 70%", a bar, "N more people needed", the forecast and a sparkline. Claude Code tab: the same under "Adoption", for Claude Code.',
  init(ctx) {
    const product = productOfPage(ctx.page);
    const labels = aliasSet(product ? productAdoptionCharts[product] : activeMembersChart);
    let current: Mounted | null = null;
    ctx.watch(
      // The chart's heading; failing that, the chart itself by its accessible label.
      (root) => {
        const headings = findHeadings(root, labels);
        if (headings.length) return headings;
        const charts = findLabelledRegions(root, labels);
        return charts.length && findHeadings(ctx.doc.body, labels).length === 0 ? charts : [];
      },
      (el) => {
        ctx.found();
        if (!ctx.store.get().model?.adoption) return;
        const isHeading = el.matches(HEADING_SELECTOR);
        const anchor = isHeading ? headerRowOf(el) : (el.closest('figure') ?? el);
        // One strip per page: keep the one in place while it is attached.
        if (current?.host.isConnected && current.anchor !== anchor) return;
        current =
          ctx.mount({
            anchor,
            where: isHeading ? 'afterend' : 'beforebegin',
            render: () => <Island ctx={ctx} product={product} />,
          }) ?? current;
      },
    );
  },
});
