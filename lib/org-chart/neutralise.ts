/**
 * Spreadsheet formula injection (CSV injection): a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return may run as a formula when
 * the text is later opened in a spreadsheet. Uptake keeps such a cell as
 * text by prefixing a single quote (OWASP's advice), and says so.
 */

const formulaStart = /^[=+\-@\t\r]/;

/** True when `cell` begins like a spreadsheet formula. */
export function looksLikeFormula(cell: string): boolean {
  return formulaStart.test(cell);
}

/**
 * `cell` made inert: prefixed with `'` when it begins like a formula,
 * unchanged otherwise. Example: `=HYPERLINK("x")` → `'=HYPERLINK("x")`; `Sales` → `Sales`.
 */
export function neutralise(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}
