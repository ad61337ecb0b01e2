/**
 * target-strip: beside the org's adoption chart ("Active members and
 * assigned seats"; "Daily, weekly and monthly active users" in the early
 * layout) and each product tab's adoption chart: current value, target,
 * progress, people still needed, forecast, and a sparkline with the target.
 * The chart is found by its title (heading or plain text) or its accessible
 * label; failing both, the strip goes to the fallback place.
 */
import { findLabelledRegions, headerRowOf } from '@/lib/claude/anchors';
import { findTitles } from '@/lib/claude/titles';
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
    const charts = new WeakSet<Element>();
    ctx.fallback(() => <Island ctx={ctx} product={product} />);
    ctx.watch(
      // The chart's title (a heading, else a title in plain text); failing that, the chart
      // itself by its accessible label.
      (root) => {
        const titles = findTitles(root, labels);
        if (titles.length) return titles;
        const found = findLabelledRegions(root, labels);
        if (!found.length || findTitles(ctx.doc.body, labels).length) return [];
        for (const chart of found) charts.add(chart);
        return found;
      },
      (el) => {
        ctx.found();
        if (!ctx.store.get().model?.adoption) return;
        const isChart = charts.has(el);
        const anchor = isChart ? (el.closest('figure') ?? el) : headerRowOf(el);
        // One strip per page: keep the one in place while it is attached.
        if (current?.host.isConnected && current.anchor !== anchor) return;
        current =
          ctx.mount({
            anchor,
            where: isChart ? 'beforebegin' : 'afterend',
            render: () => <Island ctx={ctx} product={product} />,
          }) ?? current;
      },
    );
  },
});
