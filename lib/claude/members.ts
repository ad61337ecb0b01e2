/**
 * Host knowledge: where the native page lists members, and which member a
 * row is.
 *
 * A member row is a table row, ARIA row or list item that shows an email
 * address (as text, or in a link such as `?member=maya%40x.example`). The
 * name to put a badge beside is the link that carries the email, else the
 * first cell whose text is neither a number nor the email. Rows without an
 * email are matched by name only inside a known member list, and only to a
 * champion whose name key no other member of the org shares (see
 * lib/metrics/name-key.ts): names collide more often than emails.
 */
import { isOverlayNode } from '@/lib/claude/anchors';

const ROW_SELECTOR = 'tr, [role="row"], li';
const CELL_SELECTOR = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"]';
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Rows in `root` (itself, its descendants, or the row it sits in), skipping header rows and Uptake's hosts. */
export function rowsIn(root: Element): Element[] {
  const around = root.closest(ROW_SELECTOR);
  const rows = around ? [around] : [...root.querySelectorAll(ROW_SELECTOR)];
  return rows.filter((r) => !isOverlayNode(r) && !r.closest('thead'));
}

/** The email a row shows (text or link), lower-cased; null when it shows none. */
export function emailOfRow(row: Element): string | null {
  for (const a of row.querySelectorAll('a[href]')) {
    let href = a.getAttribute('href') ?? '';
    try {
      href = decodeURIComponent(href);
    } catch {
      // Keep the raw href.
    }
    const m = EMAIL.exec(href);
    if (m) return m[0].toLowerCase();
  }
  // Text node by text node: cells' texts run together in textContent.
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = EMAIL.exec(node.nodeValue ?? '');
    if (m) return m[0].toLowerCase();
  }
  return null;
}

/**
 * The element showing the member's name in `row`, to put a badge after it:
 * the link carrying the email, else the last visible text element of the
 * first cell whose text is not a number and not an email. Null when none.
 */
export function nameElementOfRow(row: Element, email: string | null): Element | null {
  if (email) {
    for (const a of row.querySelectorAll('a[href]')) {
      let href = a.getAttribute('href') ?? '';
      try {
        href = decodeURIComponent(href);
      } catch {
        // Keep the raw href.
      }
      if (href.toLowerCase().includes(email) && !EMAIL.test(a.textContent ?? '')) return a;
    }
  }
  const cells = row.querySelectorAll(CELL_SELECTOR);
  const candidates = cells.length > 0 ? [...cells] : [row];
  for (const cell of candidates) {
    const text = (cell.textContent ?? '').trim();
    if (text === '' || /^[#\d.,\s%$€£]+$/.test(text) || EMAIL.test(text)) continue;
    const leaves = [...cell.querySelectorAll('*')].filter(
      (el) =>
        el.childElementCount === 0 &&
        (el.textContent ?? '').trim() !== '' &&
        !el.closest('[aria-hidden="true"]') &&
        !isOverlayNode(el),
    );
    return leaves.at(-1) ?? cell;
  }
  return null;
}

/** The key of an email's local part (lib/metrics/name-key.ts: one definition for both sides). */
export { nameKeyOfEmail } from '@/lib/metrics/name-key';

/**
 * The same key from a displayed name: accents folded, punctuation dropped.
 *
 * @example nameKeyOfName('  Zoë  O’Neil ') // "zoe oneil"
 */
export function nameKeyOfName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
