/**
 * Spreadsheet formula injection (CSV injection, OWASP): a text cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return may run as a
 * formula when the file is opened in a spreadsheet. Some readers also split
 * a quoted multi-line cell into lines, so a formula can hide after a line
 * break (`"Sales\n=HYPERLINK(…)"`).
 *
 * Definitions used here:
 * - a **line** of a cell is a piece between line breaks (CRLF, LF or CR);
 * - a line **looks like a formula** when it begins with `=`, `+`, `-`, `@`
 *   or a tab; a cell also does when it begins with a carriage return.
 *
 * Every such line is kept as text by a leading single quote (OWASP's advice).
 * This is the one function every CSV Uptake writes goes through
 * (lib/companion/csv.ts `toCsv`), and the org-chart import uses it for
 * cells it echoes back.
 */

const formulaChars = /^[=+\-@\t]/;
const lineBreak = /(\r\n|\n|\r)/;
const anyFormulaLine = /(^|[\r\n])[=+\-@\t]|^\r/;

/**
 * True when any line of `cell` begins like a spreadsheet formula.
 * Examples: `=1+1` → true; `Sales\n@cmd` → true; `Sales` → false; `a-b` → false.
 */
export function looksLikeFormula(cell: string): boolean {
  return anyFormulaLine.test(cell);
}

/**
 * `cell` made inert: each line that begins like a formula gets a leading `'`,
 * and so does a cell that begins with a carriage return; other text is
 * unchanged. Examples: `=HYPERLINK("x")` → `'=HYPERLINK("x")`;
 * `Sales\n=1+1` → `Sales\n'=1+1`; `\r=1` → `'\r'=1`; `Sales` → `Sales`; `` → ``.
 */
export function neutralise(cell: string): string {
  if (!looksLikeFormula(cell)) return cell;
  const parts = cell.split(lineBreak); // [line, break, line, break, …]
  const lines = parts.map((p, i) => (i % 2 === 0 && formulaChars.test(p) ? `'${p}` : p));
  const out = lines.join('');
  return out.startsWith('\r') ? `'${out}` : out;
}
