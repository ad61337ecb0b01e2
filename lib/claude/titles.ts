/**
 * Host knowledge: page and panel titles found by more than one cue, so a
 * front-end rewrite that drops heading markup does not lose them.
 *
 * - The page title: a level-1 heading (`<h1>`, `role="heading"` with
 *   `aria-level="1"`); else, in the main content, a heading (any level)
 *   and then any short text element whose whole text is one of the page's
 *   names: the active tab's (the nav link marked `aria-current="page"`),
 *   the document title's first part ("Overview · Analytics · Claude"), or
 *   the page's known titles (labels.ts, old and new).
 * - Panel and section titles: headings with the label; else, when no
 *   heading in the document has it, text elements with exactly that label.
 *
 * A title is never inside a control (link, button, tab, menu item, option),
 * navigation, a table cell, a list item, a chart or one of Uptake's hosts.
 */
import {
  findHeadings,
  findLabelled,
  headerRowOf,
  HEADING_SELECTOR,
  isOverlayNode,
  labelOf,
} from '@/lib/claude/anchors';
import { aliasSet, normaliseLabel, pageTitles } from '@/lib/claude/labels';
import type { AnalyticsPage } from '@/lib/claude/pages';

const NOT_TITLE =
  'a, button, label, option, select, textarea, nav, th, td, li, svg, [role="tab"], [role="button"], [role="link"], [role="menuitem"], [role="option"], [role="cell"], [role="gridcell"], [role="columnheader"], [role="img"]';

const LEVEL_ONE = 'h1, [role="heading"][aria-level="1"]';

/** The main content: `main` (or `[role="main"]`), else the body. */
export function mainOf(doc: Document): Element {
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

/** Could `el` be a title (not a control, cell, list item, chart or one of Uptake's hosts)? */
export function isTitleLike(el: Element): boolean {
  return el.closest(NOT_TITLE) === null && !isOverlayNode(el);
}

/**
 * Panel or section titles in `root` with one of `labels`: headings first;
 * when no heading in the whole document carries one of the labels, elements
 * whose whole text is the label (a title rendered as a plain `div`).
 */
export function findTitles(root: Element, labels: ReadonlySet<string>): Element[] {
  const headings = findHeadings(root, labels);
  if (headings.length) return headings;
  const body = root.ownerDocument.body ?? root;
  if (body !== root && findHeadings(body, labels).length) return [];
  return findLabelled(root, labels)
    .map((x) => x.el)
    .filter(isTitleLike);
}

/** The document title's first part: "Overview · Analytics · Claude" → "Overview". */
export function documentTitleName(doc: Document): string {
  return (doc.title ?? '').split(/\s+[·|•—–-]\s+/)[0]!.trim();
}

/** The names the page may carry as its title, normalised (see the module note). */
export function pageNames(doc: Document, page?: AnalyticsPage | null): Set<string> {
  const names = new Set<string>();
  const add = (text: string | null | undefined) => {
    const n = normaliseLabel(text ?? '');
    if (n) names.add(n);
  };
  for (const current of doc.querySelectorAll('nav [aria-current="page"]')) add(current.textContent);
  add(documentTitleName(doc));
  if (page) for (const n of aliasSet(pageTitles[page.kind])) names.add(n);
  return names;
}

/** The page title (see the module note); null when no cue finds it. */
export function pageTitleOf(doc: Document, page?: AnalyticsPage | null): Element | null {
  const main = mainOf(doc);
  const isOurs = (el: Element) => !isOverlayNode(el);
  const marked =
    [...main.querySelectorAll(LEVEL_ONE)].find(isOurs) ??
    [...doc.querySelectorAll(LEVEL_ONE)].find(isOurs);
  if (marked) return marked;
  const names = pageNames(doc, page);
  if (names.size === 0) return null;
  const heading = [...main.querySelectorAll(HEADING_SELECTOR)].find(
    (h) => names.has(labelOf(h)) && isTitleLike(h),
  );
  return heading ?? findTitles(main, names)[0] ?? null;
}

export interface Place {
  anchor: Element;
  where: 'afterend' | 'afterbegin';
}

/**
 * The top of the main content, where content whose own anchor is missing
 * goes: right after the page title's header row; without a title, the
 * start of `main`; without `main`, the start of the body. In the flow of
 * the page, so it pushes native content down and never covers it.
 */
export function fallbackPlace(doc: Document, page?: AnalyticsPage | null): Place {
  const main = mainOf(doc);
  const title = pageTitleOf(doc, page);
  if (title && title !== main && main.contains(title))
    return { anchor: headerRowOf(title), where: 'afterend' };
  return { anchor: main, where: 'afterbegin' };
}
