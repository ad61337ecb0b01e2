/**
 * champion-badge: "Champion" beside each champion's name wherever the page
 * lists members (members panel and list, leaderboards), with a note on why.
 * Matched by the email the row shows; by name only inside a known member
 * list, and only when no other member of the org has that name. Opted-out members are never champions (lib/metrics), and nothing is
 * shown when champions may not be (team-grain-only privacy, no data). On a
 * page with no member list Uptake can find, the top champions are listed in
 * the fallback place.
 *
 * The overlay's model carries only those top champions' rows (issue 12: a
 * large organisation has thousands): the rows of the other members a page
 * shows are asked of the background by email or name key as rows are found
 * (lib/overlay/champion-lookup.ts), and their badges come with the answer.
 */
import { headerRowOf } from '@/lib/claude/anchors';
import { findTitles } from '@/lib/claude/titles';
import { aliasSet, memberLists } from '@/lib/claude/labels';
import { emailOfRow, nameElementOfRow, nameKeyOfName, rowsIn } from '@/lib/claude/members';
import { isEnhancedPage, isPageKind } from '@/lib/claude/pages';
import type { Champion, InsightModel } from '@/lib/metrics/insight-types';
import { overlayListedChampions } from '@/lib/messages/content-script';
import { createChampionLookup, type ChampionLookup } from '@/lib/overlay/champion-lookup';
import { defineFeature, type FeatureContext } from '@/lib/overlay/feature';
import { useData } from '@/lib/overlay/hooks';
import { logFeatureError } from '@/lib/overlay/log';
import { CHAMPION_QUERY_LIMIT } from '@/lib/overlay/messages';
import { createRecheck } from '@/lib/overlay/recheck';
import { useStore } from '@/lib/overlay/store';
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

/**
 * The lookups of the rows the model carries (its best few; the others come
 * from the background): exact email, else a name unique in the org.
 */
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
      limit={overlayListedChampions}
    />
  );
}

function Island({
  ctx,
  lookup,
  memberId,
}: {
  ctx: FeatureContext;
  lookup: ChampionLookup;
  memberId: string;
}) {
  const data = useData(ctx);
  const { rows } = useStore(lookup.state);
  const champions = data.model?.champions;
  const champion = champions?.shown
    ? (champions.champions.find((c) => c.memberId === memberId) ?? rows.get(memberId))
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
    const lookup = createChampionLookup((query) => ctx.loader.championRows(query), {
      signal: ctx.signal,
      batch: CHAMPION_QUERY_LIMIT,
    });
    // A model read again (a sync ended, a suggestion dismissed): the rows are asked again.
    let seenModel = ctx.store.get().model;
    const unsubscribe = ctx.store.subscribe(({ model }) => {
      if (model === seenModel) return;
      const before = seenModel;
      seenModel = model;
      if (before && model?.champions.shown) lookup.refresh();
    });
    ctx.signal.addEventListener('abort', unsubscribe, { once: true });
    ctx.fallback(() => <List ctx={ctx} />);
    // Member-list panels, worked out once per scan and only when a row needs them.
    let panels: Element[] | null = null;
    // Rows matched so far: matched again when the background's answer comes.
    const seen = createRecheck();
    /** The champion of this email or name key: the model's rows, else asked of the background. */
    const championOf = (idx: ChampionIndex, kind: 'email' | 'name', key: string) =>
      (kind === 'email' ? idx.byEmail.get(key) : idx.byName.get(key)) ??
      lookup.findOrAsk(kind, key) ??
      undefined;
    const match = (row: Element) => {
      const email = emailOfRow(row);
      if (email) ctx.found();
      const idx = current();
      if (!idx) return;
      let champion = email ? championOf(idx, 'email', email) : undefined;
      let nameEl: Element | null = null;
      const inList = () => (panels ??= memberListPanels(ctx.doc)).some((p) => p.contains(row));
      if (!email && inList()) {
        nameEl = nameElementOfRow(row, null);
        const key = nameEl ? nameKeyOfName(nameEl.textContent ?? '') : '';
        champion = key ? championOf(idx, 'name', key) : undefined;
      }
      if (email || nameEl) seen.add(row);
      if (!champion) return;
      nameEl ??= nameElementOfRow(row, email);
      if (!nameEl) return;
      const memberId = champion.memberId;
      ctx.mount({
        anchor: nameEl,
        where: 'afterend',
        inline: true,
        key: memberId,
        render: () => <Island ctx={ctx} lookup={lookup} memberId={memberId} />,
      });
    };
    const unsubscribeLookup = lookup.state.subscribe(() => {
      if (ctx.signal.aborted) return;
      panels = null;
      seen.each((row) => {
        try {
          match(row);
        } catch (error) {
          logFeatureError('champion-badge', error);
        }
      });
    });
    ctx.signal.addEventListener('abort', unsubscribeLookup, { once: true });
    ctx.watch((root) => {
      panels = null;
      if (findTitles(root, listLabels).length > 0) ctx.found();
      return rowsIn(root);
    }, match);
  },
});
