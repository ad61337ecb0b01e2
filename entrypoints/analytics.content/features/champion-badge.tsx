/**
 * champion-badge: "Champion" beside each champion's name wherever the page
 * lists members (members panel and list, leaderboards), with a note on why.
 * Matched by the email the row shows; by name only inside a known member
 * list, and only when no other member of the org has that name. Opted-out members are never champions (lib/metrics), and nothing is
 * shown when champions may not be (team-grain-only privacy, no data). On a
 * page with no member list Uptake can find, the top champions are listed in
 * the fallback place.
 */
import { headerRowOf } from '@/lib/claude/anchors';
import { findTitles } from '@/lib/claude/titles';
import { aliasSet, memberLists } from '@/lib/claude/labels';
import { emailOfRow, nameElementOfRow, nameKeyOfName, rowsIn } from '@/lib/claude/members';
import { isEnhancedPage, isPageKind } from '@/lib/claude/pages';
import type { Champion, InsightModel } from '@/lib/metrics/insight-types';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { useData } from '@/lib/overlay/hooks';
import { ChampionBadge } from '@/components/overlay/champion-badge';
import { ChampionList } from '@/components/overlay/champion-list';

const listLabels = aliasSet(memberLists);

export interface ChampionIndex {
  model: InsightModel;
  byEmail: Map<string, Champion>;
  /**
   * Name key → champion, only for champions whose name key no other member
   * of the org holds (`Champion.nameKey`, computed over every member in the
   * background): a different "John Smith" never gets the badge.
   */
  byName: Map<string, Champion>;
}

/** The lookups a member row is matched with: exact email, else a name unique in the org. */
export function championIndex(model: InsightModel): ChampionIndex {
  const byEmail = new Map<string, Champion>();
  const byName = new Map<string, Champion>();
  for (const c of model.champions.champions) {
    if (c.email) byEmail.set(c.email.toLowerCase(), c);
    if (c.nameKey) byName.set(c.nameKey, c);
  }
  return { model, byEmail, byName };
}

/** The panels titled as member lists (the title's header row's parent). */
function memberListPanels(doc: Document): Element[] {
  return findTitles(doc.body, listLabels).map((h) => headerRowOf(h).parentElement ?? h);
}

/** The fallback: the top champions listed, when the page shows no member list Uptake can find. */
function List({ ctx }: { ctx: FeatureContext }) {
  const data = useData(ctx);
  const champions = data.model?.champions;
  if (!champions?.shown) return null;
  return (
    <ChampionList
      champions={champions.champions}
      eligible={champions.eligible}
      windowDays={champions.windowDays}
      demo={data.status?.mode === 'demo'}
      limit={5}
    />
  );
}

function Island({ ctx, memberId }: { ctx: FeatureContext; memberId: string }) {
  const data = useData(ctx);
  const champions = data.model?.champions;
  const champion = champions?.shown
    ? champions.champions.find((c) => c.memberId === memberId)
    : undefined;
  if (!champions || !champion) return null;
  return (
    <ChampionBadge
      champion={champion}
      eligible={champions.eligible}
      windowDays={champions.windowDays}
      demo={data.status?.mode === 'demo'}
    />
  );
}

export default defineFeature({
  id: 'champion-badge',
  description: 'A "Champion" badge beside champions’ names wherever members are listed.',
  include: [isEnhancedPage],
  exclude: [],
  lookingFor: (page) =>
    isPageKind('overview', 'chat', 'claude-code', 'members')(page) ? 'a list of members' : null,
  verify:
    'Members replica (or the Overview "Members" panel, Claude Code "Leaderboard"): champions carry a "Champion" badge after their name; hovering it lists consistency, breadth and depth. Add a champion\'s email to the opt-out list in options: the badge goes.',
  init(ctx) {
    let index: ChampionIndex | null = null;
    const current = () => {
      const model = ctx.store.get().model;
      if (!model?.champions.shown) return null;
      if (index?.model !== model) index = championIndex(model);
      return index;
    };
    ctx.fallback(() => <List ctx={ctx} />);
    // Member-list panels, worked out once per scan and only when a row needs them.
    let panels: Element[] | null = null;
    ctx.watch(
      (root) => {
        panels = null;
        if (findTitles(root, listLabels).length > 0) ctx.found();
        return rowsIn(root);
      },
      (row) => {
        const email = emailOfRow(row);
        if (email) ctx.found();
        const idx = current();
        if (!idx) return;
        let champion = email ? idx.byEmail.get(email) : undefined;
        let nameEl: Element | null = null;
        const inList = () => (panels ??= memberListPanels(ctx.doc)).some((p) => p.contains(row));
        if (!email && idx.byName.size > 0 && inList()) {
          nameEl = nameElementOfRow(row, null);
          champion = nameEl ? idx.byName.get(nameKeyOfName(nameEl.textContent ?? '')) : undefined;
        }
        if (!champion) return;
        nameEl ??= nameElementOfRow(row, email);
        if (!nameEl) return;
        const memberId = champion.memberId;
        ctx.mount({
          anchor: nameEl,
          where: 'afterend',
          inline: true,
          key: memberId,
          render: () => <Island ctx={ctx} memberId={memberId} />,
        });
      },
    );
  },
});
