/**
 * Host knowledge: finding anchors in the native page by structure.
 *
 * Labels come from labels.ts; this module turns a label into a place: the
 * heading that shows it, the header row around that heading, the panel it
 * heads. It relies only on semantics (`h1`–`h6`, `role="heading"`, tables,
 * rows) and on how much text a wrapper holds, never on class names.
 * Overlay hosts (`[data-uptake]`) are ignored wherever they appear.
 */
import { normaliseLabel } from '@/lib/claude/labels';

/** Headings as the page marks them up. */
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Elements that hold a panel's content rather than its title. */
const CONTENT_SELECTOR =
  'table, figure, canvas, img, ul, ol, [role="img"], [role="table"], [role="grid"], [role="tabpanel"], [role="list"], [role="status"]';

/** An icon, not a chart: hidden from assistive technology, or at most 32 × 32. */
function isIcon(svg: Element): boolean {
  if (svg.getAttribute('aria-hidden') === 'true') return true;
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  return w > 0 && h > 0 && w <= 32 && h <= 32;
}

/** Does `el` hold content (a chart, table, list…) rather than only a title and actions? */
function holdsContent(el: Element): boolean {
  if (el.querySelector(CONTENT_SELECTOR)) return true;
  return [...el.querySelectorAll('svg')].some((svg) => !isIcon(svg));
}

/** How much text beyond the heading's own a header row may hold (actions, subtitles). */
const HEADER_TEXT_SLACK = 120;

/** Is `el` one of Uptake's hosts, or inside one? */
export function isOverlayNode(el: Element): boolean {
  return el.closest('[data-uptake]') !== null;
}

/** The text of `el` as a label (normalised), ignoring Uptake's hosts (they hold no light-DOM text). */
export function labelOf(el: Element): string {
  return normaliseLabel(el.textContent ?? '');
}

/**
 * Headings in `root` (itself included, and the heading `root` sits in)
 * whose label is one of `labels` (normalised, see labels.ts).
 */
export function findHeadings(root: Element, labels: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const consider = (el: Element) => {
    if (!isOverlayNode(el) && labels.has(labelOf(el))) found.push(el);
  };
  const around = root.closest(HEADING_SELECTOR);
  if (around) consider(around);
  else root.querySelectorAll(HEADING_SELECTOR).forEach(consider);
  return found;
}

/**
 * The header row of a heading: the largest wrapper around it that holds only
 * the title and small things beside it (actions, a subtitle), and no content
 * (chart, table, list, another heading). The heading itself when its parent
 * already holds content. Never climbs past `main`, `section`, `article` or `body`.
 *
 * Example: `<div panel><div header><h3>Members</h3><a>See all</a></div><table/></div>`
 * gives the `header` div; inserting after it puts an element between title and table.
 */
export function headerRowOf(heading: Element): Element {
  const budget = labelOf(heading).length + HEADER_TEXT_SLACK;
  let row = heading;
  for (let parent = heading.parentElement; parent; parent = parent.parentElement) {
    if (/^(MAIN|SECTION|ARTICLE|BODY|HTML)$/.test(parent.tagName)) break;
    if (holdsContent(parent)) break;
    const headings = parent.querySelectorAll(HEADING_SELECTOR);
    if (headings.length > 1) break;
    if (labelOf(parent).length > budget) break;
    row = parent;
  }
  return row;
}

/**
 * Structural fallback for a chart or region whose heading is not marked up
 * as one: elements in `root` with an `aria-label` that starts with one of
 * `labels` (charts as `role="img"`, regions, figures), e.g. a chart labelled
 * "Active members and assigned seats, last 30 days".
 */
export function findLabelledRegions(root: Element, labels: ReadonlySet<string>): Element[] {
  const selector =
    '[role="img"][aria-label], [role="region"][aria-label], figure[aria-label], section[aria-label]';
  const candidates = [
    ...(root.matches(selector) ? [root] : []),
    ...root.querySelectorAll(selector),
  ];
  return candidates.filter((el) => {
    if (isOverlayNode(el)) return false;
    const label = normaliseLabel(el.getAttribute('aria-label') ?? '');
    for (const l of labels) if (label === l || label.startsWith(`${l},`)) return true;
    return false;
  });
}

/**
 * Elements in `root` whose whole text is one of the given labels: tile
 * labels, column headers, headings. Returns each with the normalised label.
 * The label must be one text node of the element (as the native pages
 * render labels); only short texts (≤ 80 characters) are compared; text
 * inside Uptake's hosts, scripts and styles is skipped.
 */
export function findLabelled(
  root: Element,
  labels: ReadonlySet<string>,
): { el: Element; label: string }[] {
  const out: { el: Element; label: string }[] = [];
  const seen = new Set<Element>();
  const doc = root.ownerDocument;
  const consider = (el: Element | null) => {
    if (!el || seen.has(el)) return;
    seen.add(el);
    if (/^(SCRIPT|STYLE|TEMPLATE|BUTTON|A|OPTION)$/.test(el.tagName) || isOverlayNode(el)) return;
    const label = labelOf(el);
    if (label.length <= 80 && labels.has(label)) out.push({ el, label });
  };
  let shortest = Infinity;
  for (const l of labels) shortest = Math.min(shortest, l.length);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    // Cheap tests first: most texts are numbers or sentences, and a label is
    // almost always one text node; its element's whole text is checked after.
    if (text.length > 120 || text.length < Math.min(shortest, 80)) continue;
    if (labels.has(normaliseLabel(text))) consider(node.parentElement);
  }
  return out;
}
