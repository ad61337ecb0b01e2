/**
 * Host knowledge: the visible labels Uptake anchors on, old and new wording
 * side by side (../../shared/reference/native-dashboard.md §1.9).
 *
 * No public document describes the native DOM, and generated class names
 * change with every deployment, so anchors are found by label text first
 * (this file) and by structure second (anchors.ts). Each alias says where
 * and when it was seen; wording that has been replaced carries the month
 * after which it may be removed, once no tenant is known to show it.
 */
import type { AnalyticsPageKind } from '@/lib/claude/pages';

export interface LabelAlias {
  /** The visible text, as the page shows it. */
  text: string;
  /** Where and when this wording was seen. */
  seen: string;
  /** Old wording: remove after this month (YYYY-MM) if no tenant still shows it. */
  removeAfter?: string;
}

/**
 * A label as compared: trimmed, inner whitespace collapsed, lower case,
 * curly quotes and apostrophes straightened, a trailing colon dropped.
 *
 * @example normaliseLabel('  Who’s using\n Claude? ') // "who's using claude?"
 */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:$/, '')
    .toLowerCase();
}

/** The normalised texts of a list of aliases, for set lookups. */
export function aliasSet(aliases: readonly LabelAlias[]): Set<string> {
  return new Set(aliases.map((a) => normaliseLabel(a.text)));
}

/** The chart of active members against seats on the Overview (org adoption). */
export const activeMembersChart: LabelAlias[] = [
  { text: 'Active members and assigned seats', seen: 'Overview, mid-2026 [S2]' },
  {
    text: 'Daily, weekly and monthly active users',
    seen: 'All activity, early 2026 (DAU/WAU/MAU panel) [S1]',
    removeAfter: '2027-06',
  },
  { text: 'DAU/WAU/MAU', seen: 'All activity, early 2026 [S1]', removeAfter: '2027-06' },
];

/** Adoption charts of the product tabs, by product. */
export const productAdoptionCharts = {
  chat: [
    { text: 'Chats', seen: 'Claude Chat tab, section heading, 2026 [S2]' },
    { text: 'Chats per day', seen: 'Claude Chat tab, 2026 [S2]' },
  ],
  claude_code: [{ text: 'Adoption', seen: 'Claude Code › Productivity, 2026 [S7]' }],
  cowork: [
    { text: 'Sessions per day', seen: 'Cowork tab, mid-2026 [S2]' },
    { text: 'DAU/WAU/MAU', seen: 'Cowork tab, mid-2026 [S2]' },
  ],
  design: [
    { text: 'Active users', seen: 'Claude Design tab, mid-2026 [S2]' },
    { text: 'DAU/WAU/MAU', seen: 'Claude Design tab, mid-2026 [S2]' },
  ],
} satisfies Record<string, LabelAlias[]>;

/** The section about how Claude is used, where suggestions belong. */
export const usageSection: LabelAlias[] = [
  { text: 'How are they using Claude?', seen: 'Overview, mid-2026 [S2]' },
  { text: 'Feature adoption', seen: 'All activity, early 2026 [S1]', removeAfter: '2027-06' },
];

/** Panels that list members by name (champion badges go beside the names). */
export const memberLists: LabelAlias[] = [
  { text: 'Members', seen: 'Overview › Who’s using Claude?, mid-2026 [S2]' },
  { text: 'All members', seen: 'Members list ("See all"), 2026' },
  { text: 'Top members by chats', seen: 'Claude Chat tab, 2026 [S2]' },
  { text: 'Top members by project usage', seen: 'Claude Chat tab, 2026 [S2]' },
  { text: 'Top 10 by artifacts', seen: 'Claude Chat tab, 2026 [S2]' },
  { text: 'Leaderboard', seen: 'Claude Code › Productivity, 2026 [S7]' },
  { text: 'Top spenders', seen: 'Claude Code › Value, mid-2026 [S2]' },
  {
    text: 'Top 10 users by spend',
    seen: 'All activity › Spend, early 2026 [S6]',
    removeAfter: '2027-06',
  },
  {
    text: 'Top 10 users by projects',
    seen: 'All activity › Feature adoption, early 2026 [S1]',
    removeAfter: '2027-06',
  },
  {
    text: 'Top 10 users by artifacts',
    seen: 'All activity › Feature adoption, early 2026 [S1]',
    removeAfter: '2027-06',
  },
];

/**
 * Page titles of the analytics pages, old and new, by page: one cue among
 * several for finding the title when it is not marked up as a heading
 * (lib/claude/titles.ts).
 */
export const pageTitles: Record<AnalyticsPageKind, LabelAlias[]> = {
  overview: [
    { text: 'Overview', seen: 'mid-2026 [S2]' },
    { text: 'All activity', seen: 'early 2026 [S1]', removeAfter: '2027-06' },
  ],
  chat: [
    { text: 'Claude Chat', seen: 'mid-2026 [S2]' },
    { text: 'Claude.ai', seen: 'early 2026 [S1]', removeAfter: '2027-06' },
  ],
  'claude-code': [{ text: 'Claude Code', seen: '2026 [S7]' }],
  cowork: [{ text: 'Cowork', seen: 'mid-2026 [S2]' }],
  design: [{ text: 'Claude Design', seen: 'mid-2026 [S2]' }],
  members: [{ text: 'Members', seen: 'members list, 2026' }],
  'api-keys': [{ text: 'API keys', seen: 'Analytics › API keys, 2026 [S4] (the page’s name)' }],
  'spend-settings': [{ text: 'Usage', seen: 'admin settings › usage, 2026 [S11]' }],
};
