// Query-string parsing: bracket arrays (`filter[]=a&filter[]=b`, also percent-encoded
// `filter%5B%5D`), scalars, and the normalised form cursors are bound to.
import { badRequest } from './errors';

export interface ParsedQuery {
  path: string;
  scalars: Map<string, string>;
  arrays: Map<string, string[]>;
  /** Canonical text of every parameter except `page` and `limit` (cursor binding). */
  normalized: string;
}

/**
 * Parses a request URL. Array parameters must use brackets (a bare `filter=` for an array
 * parameter is a 400, so client bugs show up). A repeated scalar is a 400. Unknown scalar
 * parameters are ignored like the real API (they still bind cursors).
 */
export function parseQuery(url: string, arrayParams: ReadonlySet<string>): ParsedQuery {
  const u = new URL(url, 'http://mock.invalid');
  const scalars = new Map<string, string>();
  const arrays = new Map<string, string[]>();
  const entries: string[] = [];
  for (const [rawKey, value] of u.searchParams) {
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    if (isArray) {
      arrays.set(key, [...(arrays.get(key) ?? []), value]);
    } else if (arrayParams.has(key)) {
      throw badRequest(`${key} must be sent as an array parameter (${key}[]=…)`);
    } else {
      if (scalars.has(key)) throw badRequest(`${key} was given more than once`);
      scalars.set(key, value);
    }
    if (key !== 'page' && key !== 'limit') entries.push(`${key}${isArray ? '[]' : ''}=${value}`);
  }
  entries.sort();
  return {
    path: u.pathname.replace(/\/+$/, ''),
    scalars,
    arrays,
    normalized: `${u.pathname}?${entries.join('&')}`,
  };
}

/** 32-bit FNV-1a hash of a string, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * `limit` as an integer in [1, max] (default `def`); anything else is a 400.
 * Example: `parseLimit('1000', 100, 1000) === 1000`, `parseLimit('0', …)` throws.
 */
export function parseLimit(raw: string | undefined, def: number, max = 1000): number {
  if (raw === undefined) return def;
  if (!/^\d+$/.test(raw)) throw badRequest(`limit must be an integer between 1 and ${max}`);
  const n = Number(raw);
  if (n < 1 || n > max) throw badRequest(`limit must be an integer between 1 and ${max}`);
  return n;
}

/** `order` as asc/desc, or `def` when absent. */
export function parseOrder(raw: string | undefined, def: 'asc' | 'desc'): 'asc' | 'desc' {
  if (raw === undefined) return def;
  if (raw !== 'asc' && raw !== 'desc') throw badRequest(`order must be one of 'asc', 'desc'`);
  return raw;
}
