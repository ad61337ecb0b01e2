/**
 * suggestion-card: the top enablement suggestions, with their numbers and
 * action, in the "How are they using Claude?" section ("Feature adoption"
 * in the early layout); on a product tab, that product's suggestions under
 * the page header. Dismiss and snooze are remembered by the background.
 */
import { headerRowOf } from '@/lib/claude/anchors';
import { findTitles, pageTitleOf } from '@/lib/claude/titles';
import { aliasSet, usageSection } from '@/lib/claude/labels';
import { isPageKind, productOfPage, type PageProduct } from '@/lib/claude/pages';
import type { Suggestion } from '@/lib/metrics/insight-types';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { actionsOf, useData, visibleSuggestions } from '@/lib/overlay/hooks';
import { SuggestionCard } from '@/components/overlay/suggestion-card';
import { productNames } from '@/components/overlay/target-strip';

const LIMIT = 3;
const sectionLabels = aliasSet(usageSection);

/** The product a suggestion is about (null: org-wide, such as lagging teams or seats). */
export function productOfSuggestion(s: Suggestion): PageProduct | null {
  const subject = s.id.split(':').at(-1) ?? '';
  if (s.rule === 'product-uptake')
    return (
      (['chat', 'claude_code', 'cowork', 'design'] as const).find((p) => p === subject) ?? null
    );
  if (s.rule === 'feature-gap') {
    if (subject === 'cowork') return 'cowork';
    if (subject === 'projects' || subject === 'connectors' || subject === 'skills') return 'chat';
  }
  return null;
}

function Island({ ctx, product }: { ctx: FeatureContext; product: PageProduct | null }) {
  const data = useData(ctx);
  const actions = actionsOf(ctx, 'suggestion-card');
  const all = visibleSuggestions(data);
  const list = product ? all.filter((s) => productOfSuggestion(s) === product) : all;
  return (
    <SuggestionCard
      suggestions={list}
      limit={LIMIT}
      scopeWords={product ? `for ${productNames[product]}` : ''}
      demo={data.status?.mode === 'demo'}
      onAction={actions.updateSuggestion}
      onOpenCompanion={actions.openCompanion}
    />
  );
}

export default defineFeature({
  id: 'suggestion-card',
  description: 'Top enablement suggestions with dismiss and snooze, in the usage section.',
  include: [isPageKind('overview', 'chat', 'claude-code', 'cowork', 'design')],
  exclude: [],
  lookingFor: (page) =>
    productOfPage(page) ? 'the page header' : 'the “How are they using Claude?” section',
  verify:
    'Overview replica: under "How are they using Claude?" a card lists up to 3 suggestions with their numbers; "Dismiss" removes one and it stays gone after a reload. Claude Chat tab: suggestions about projects, connectors, skills or Chat only.',
  init(ctx) {
    const product = productOfPage(ctx.page);
    ctx.fallback(() => <Island ctx={ctx} product={product} />);
    const find = (root: Element): Element[] => {
      if (!product) return findTitles(root, sectionLabels);
      const title = pageTitleOf(ctx.doc, ctx.page);
      return title && (root.contains(title) || title.contains(root)) ? [title] : [];
    };
    ctx.watch(find, (heading) => {
      ctx.found();
      if (!ctx.store.get().model) return;
      ctx.mount({
        anchor: headerRowOf(heading),
        where: 'afterend',
        render: () => <Island ctx={ctx} product={product} />,
      });
    });
  },
});
