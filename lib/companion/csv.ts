/**
 * CSV for every companion table, written by papaparse (quoting, embedded
 * commas, quotes and newlines handled by a real CSV library). Every text
 * cell, header included, goes through `neutralise` (lib/csv/neutralise.ts):
 * a cell or any line of a multi-line cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe. Numbers
 * are written as numbers (`-3` stays a number).
 *
 * **Pseudonymised** exports replace every column marked `personal` (emails)
 * with a stable pseudonym `member-` + 12 hex digits of a salted hash: the
 * same person gets the same pseudonym in every export made with the same
 * salt (kept on this device), so files can be joined without naming anyone.
 * It is pseudonymisation, not anonymisation: whoever holds the salt and a
 * list of emails can re-identify.
 */
import Papa from 'papaparse';
import { neutralise } from '@/lib/csv/neutralise';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Holds a person's identifier (email): replaced when pseudonymising. */
  personal?: boolean;
}

/** cyrb53-style 53-bit string hash (fast, well mixed; not cryptographic). */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The pseudonym of `value` under `salt` (case-insensitive, trimmed).
 * Example: `pseudonym('Ana@x.example', 's') === pseudonym('ana@x.example ', 's')`.
 */
export function pseudonym(value: string, salt: string): string {
  const v = `${salt}\u0000${value.trim().toLowerCase()}`;
  const hex = hash53(v).toString(16).padStart(14, '0').slice(-12);
  return `member-${hex}`;
}

export interface CsvOptions {
  /** Salt for pseudonyms; null = write personal columns as they are. */
  pseudonymiseWith: string | null;
}

/**
 * A CSV document (header row + one line per row, CRLF line ends). Null
 * cells are empty. Example: columns Team, Rate; rows [{Sales, 41.5}] →
 * "Team,Rate\r\nSales,41.5".
 */
export function toCsv<T>(
  columns: readonly CsvColumn<T>[],
  rows: readonly T[],
  options: CsvOptions,
): string {
  const data = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      if (v === null) return '';
      if (c.personal && options.pseudonymiseWith !== null && typeof v === 'string' && v !== '')
        return pseudonym(v, options.pseudonymiseWith);
      return typeof v === 'string' ? neutralise(v) : v;
    }),
  );
  // papaparse's own escapeFormulae misses a formula after a line break (issue 11, item 4).
  return Papa.unparse(
    { fields: columns.map((c) => neutralise(c.header)), data },
    { escapeFormulae: false, newline: '\r\n' },
  );
}

/** A file name for an export: `uptake-<what>-<day>.csv`, lower case, safe characters only. */
export function exportFileName(what: string, day: string, ext = 'csv'): string {
  const slug =
    what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `uptake-${slug}-${day}.${ext}`;
}
