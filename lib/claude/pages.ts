/**
 * Host knowledge: which claude.ai page is this?
 *
 * Detection is by URL path first (labels drift, paths drifted once and are
 * listed here old and new side by side). Anchors inside a page are matched
 * by label aliases elsewhere in lib/claude; this module never reads the DOM.
 */

export type AnalyticsPageKind =
  | 'overview'
  | 'chat'
  | 'claude-code'
  | 'cowork'
  | 'design'
  | 'members'
  | 'api-keys'
  | 'spend-settings';

export interface AnalyticsPage {
  kind: AnalyticsPageKind;
  /** Claude Code sub-tab when the URL names one (`productivity`, `usage`, `value`). */
  subTab?: string;
}

interface PathRule {
  kind: AnalyticsPageKind;
  /** Path prefixes, without trailing slash. Old and new paths side by side. */
  paths: string[];
}

const rules: PathRule[] = [
  // "Overview" (mid-2026 help-center link) and "All activity" (early 2026); a
  // third-party tool cites /analytics/overview, and /analytics alone redirects here.
  { kind: 'overview', paths: ['/analytics/activity', '/analytics/overview', '/analytics'] },
  // "Claude Chat" tab, earlier named "Claude.ai".
  { kind: 'chat', paths: ['/analytics/usage'] },
  { kind: 'claude-code', paths: ['/analytics/claude-code'] },
  { kind: 'cowork', paths: ['/analytics/cowork'] },
  { kind: 'design', paths: ['/analytics/claude-design'] },
  { kind: 'members', paths: ['/analytics/members'] },
  // Analytics API keys (Primary Owner); nothing to enhance, but it is ours to recognise.
  { kind: 'api-keys', paths: ['/analytics/api-keys'] },
  // Spend limits by org, group and person (and the Claude Tag spend limit below it).
  { kind: 'spend-settings', paths: ['/admin-settings/usage'] },
];

const claudeCodeSubTabs = new Set(['productivity', 'usage', 'value']);

function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.toLowerCase();
}

function matchesPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

/** The most specific rule whose prefix the (normalised) path has. */
function ruleFor(path: string): { rule: PathRule; prefix: string } | null {
  let best: { rule: PathRule; prefix: string } | null = null;
  for (const rule of rules)
    for (const prefix of rule.paths)
      if (matchesPrefix(path, prefix) && (!best || prefix.length > best.prefix.length))
        best = { rule, prefix };
  return best;
}

/**
 * Is this path of claude.ai one of the pages Uptake enhances? The same
 * answer as `isEnhancedPage(detectAnalyticsPage(url))` for a claude.ai URL,
 * from the path alone (no URL parsing: the claude.ai bootstrap asks this on
 * every in-app navigation).
 *
 * @example isEnhancedPath('/analytics/usage') // true
 * @example isEnhancedPath('/chat/4f1c') // false
 */
export function isEnhancedPath(pathname: string): boolean {
  const kind = ruleFor(normalisePath(pathname))?.rule.kind;
  return kind !== undefined && kind !== 'api-keys';
}

/**
 * Recognise a claude.ai analytics page from its URL.
 *
 * Returns null for any other host or path (the content script then does
 * nothing). The most specific rule wins, so `/analytics/usage` is the Chat
 * tab even though `/analytics` is a prefix of it.
 *
 * @example detectAnalyticsPage('https://claude.ai/analytics/claude-code/value') // { kind: 'claude-code', subTab: 'value' }
 */
export function detectAnalyticsPage(url: string | URL): AnalyticsPage | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'claude.ai') return null;
  const path = normalisePath(parsed.pathname);
  const best = ruleFor(path);
  if (!best) return null;

  const page: AnalyticsPage = { kind: best.rule.kind };
  if (page.kind === 'claude-code') {
    const rest = path.slice(best.prefix.length + 1).split('/')[0];
    const tab = rest || parsed.searchParams.get('tab')?.toLowerCase() || '';
    if (claudeCodeSubTabs.has(tab)) page.subTab = tab;
  }
  return page;
}

/** Is this one of the analytics pages Uptake enhances (everything it recognises but the API-keys page)? */
export function isEnhancedPage(page: AnalyticsPage | null): page is AnalyticsPage {
  return page !== null && page.kind !== 'api-keys';
}

/** Products as lib/metrics names them (`MetricProduct`), for the product tabs. */
export type PageProduct = 'chat' | 'claude_code' | 'cowork' | 'design';

const productOfKind: Partial<Record<AnalyticsPageKind, PageProduct>> = {
  chat: 'chat',
  'claude-code': 'claude_code',
  cowork: 'cowork',
  design: 'design',
};

/** The product a product tab is about; null for every other page. */
export function productOfPage(page: AnalyticsPage): PageProduct | null {
  return productOfKind[page.kind] ?? null;
}

/** A predicate: is the page one of these kinds? */
export function isPageKind(...kinds: AnalyticsPageKind[]): (page: AnalyticsPage) => boolean {
  return (page) => kinds.includes(page.kind);
}
