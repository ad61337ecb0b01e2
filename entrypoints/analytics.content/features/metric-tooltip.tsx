/**
 * metric-tooltip: an "i" beside native metrics Uptake understands (tile,
 * legend and bar labels, column headers; never inside a heading): the
 * page's definition, Uptake's figure from the API and why they can differ.
 * One per metric per page. When none of the labels is found, the page's
 * metrics are listed by name, each with its note, in the fallback place.
 */
import { findLabelled, HEADING_SELECTOR, labelOf } from '@/lib/claude/anchors';
import { aliasSet } from '@/lib/claude/labels';
import { metricGlossary, type MetricGloss, type MetricKey } from '@/lib/claude/metric-glossary';
import { isEnhancedPage, isPageKind, type AnalyticsPage } from '@/lib/claude/pages';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { useData } from '@/lib/overlay/hooks';
import { metricFigure } from '@/lib/overlay/metric-figures';
import type { Island as Mounted } from '@/lib/overlay/mount';
import { MetricNote } from '@/components/overlay/metric-note';
import { MetricNotes } from '@/components/overlay/metric-notes';

/** Label → metric, for the glossary entries that apply on `page`. */
export function glossaryFor(page: AnalyticsPage): Map<string, MetricGloss> {
  const map = new Map<string, MetricGloss>();
  for (const gloss of metricGlossary) {
    if (gloss.pages && !gloss.pages.includes(page.kind)) continue;
    for (const label of aliasSet(gloss.labels)) if (!map.has(label)) map.set(label, gloss);
  }
  return map;
}

/** The fallback: the page's metrics by name, each with its note, when none of their labels is found. */
function Notes({ ctx, glosses }: { ctx: FeatureContext; glosses: MetricGloss[] }) {
  const data = useData(ctx);
  return (
    <MetricNotes
      notes={glosses.map((gloss) => ({ gloss, figure: metricFigure(gloss.key, data.model) }))}
      demo={data.status?.mode === 'demo'}
    />
  );
}

function Island({ ctx, gloss }: { ctx: FeatureContext; gloss: MetricGloss }) {
  const data = useData(ctx);
  return (
    <MetricNote
      gloss={gloss}
      figure={metricFigure(gloss.key, data.model)}
      demo={data.status?.mode === 'demo'}
    />
  );
}

export default defineFeature({
  id: 'metric-tooltip',
  description: 'Definitions of native metrics and how they reconcile with the API figures.',
  include: [isEnhancedPage],
  exclude: [],
  lookingFor: (page) =>
    isPageKind('overview', 'chat', 'claude-code')(page)
      ? 'the metric labels it explains (such as “Weekly active members”)'
      : null,
  verify:
    'Overview replica: an "i" follows "Weekly active members"; hovering or focusing it shows what the page counts, Uptake\'s figure ("1,028 on 24 Nov 2026 (51.4% of 2,000 seats)") and why they can differ.',
  init(ctx) {
    const glossary = glossaryFor(ctx.page);
    const labels = new Set(glossary.keys());
    const glosses = [...new Set(glossary.values())];
    ctx.fallback(() => <Notes ctx={ctx} glosses={glosses} />);
    const placed = new Map<MetricKey, Mounted>();
    ctx.watch(
      (root) =>
        findLabelled(root, labels)
          .map((x) => x.el)
          .filter(
            (el) =>
              !el.closest(`a, button, label, [role="tab"], [role="button"], ${HEADING_SELECTOR}`),
          ),
      (el) => {
        const gloss = glossary.get(labelOf(el));
        if (!gloss) return;
        ctx.found();
        const there = placed.get(gloss.key);
        if (there?.host.isConnected && there.anchor !== el) return;
        const island = ctx.mount({
          anchor: el,
          where: 'beforeend',
          inline: true,
          render: () => <Island ctx={ctx} gloss={gloss} />,
        });
        if (island) placed.set(gloss.key, island);
      },
    );
  },
});
