/**
 * Reading one CSV cell of a ChatGPT export into a record field. Each reader
 * takes the raw cell text and returns the value, or throws a CellError whose
 * message completes "…in column X" for the row-level error list.
 *
 * Blank cells are common (pending users have almost nothing; inactive users
 * have no active days): blank counts are 0, blank dates, flags and texts null,
 * blank lists empty.
 */
import type { ChatgptCadence, ChatgptUserStatus } from '@/lib/chatgpt/records';
import { LiteralError, parseLiteral } from '@/lib/chatgpt/literals';

export class CellError extends Error {
  override readonly name = 'CellError';
}

const quoteOf = (cell: string) => `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`;

/** Trimmed text, or null when blank. */
export function readText(cell: string): string | null {
  const text = cell.trim();
  return text ? text : null;
}

/**
 * A count: a whole number ≥ 0; blank is 0. `12.0` (a spreadsheet's resave)
 * reads as 12; `-1`, `2.5` or `abc` are errors.
 */
export function readCount(cell: string): number {
  const text = cell.trim();
  if (!text) return 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new CellError(`${quoteOf(text)} is not a whole number`);
  return n;
}

const flags: Record<string, boolean> = {
  '1': true,
  '0': false,
  true: true,
  false: false,
  '1.0': true,
  '0.0': false,
};

/** `is_active`: `1`/`0` (also `true`/`false`); null when blank (pending users). */
export function readFlag(cell: string): boolean | null {
  const text = cell.trim().toLowerCase();
  if (!text) return null;
  const flag = flags[text];
  if (flag === undefined) throw new CellError(`${quoteOf(text)} is not 1 or 0`);
  return flag;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/;
const usDay = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Days already read (an export repeats a few dozen distinct dates across every row). */
const dayCache = new Map<string, string>();

/**
 * A calendar day as `YYYY-MM-DD`; null when blank. Accepts `2026-03-01`,
 * `2026-03-01 00:00:00` and a spreadsheet's `3/1/2026` (month first, as
 * US-locale spreadsheets resave). An impossible date (`2026-02-30`) is an error.
 */
export function readDay(cell: string): string | null {
  const text = cell.trim();
  if (!text) return null;
  const hit = dayCache.get(text);
  if (hit !== undefined) return hit;
  let y: number, m: number, d: number;
  const iso = isoDay.exec(text);
  const us = iso ? null : usDay.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else throw new CellError(`${quoteOf(text)} is not a date (YYYY-MM-DD)`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    throw new CellError(`${quoteOf(text)} is not a real date`);
  const day = date.toISOString().slice(0, 10);
  if (dayCache.size > 5000) dayCache.clear();
  dayCache.set(text, day);
  return day;
}

/** `cadence` in any case: `Weekly`, `monthly`, `Date Range` (→ `range`). */
export function readCadence(cell: string): ChatgptCadence {
  const text = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (text === 'weekly' || text === 'week') return 'weekly';
  if (text === 'monthly' || text === 'month') return 'monthly';
  if (text === 'date range' || text === 'range' || text === 'custom') return 'range';
  throw new CellError(`${quoteOf(cell.trim())} is not Weekly, Monthly or Date Range`);
}

/** `user_status`: `enabled`, `pending` or `deleted`, in any case. */
export function readUserStatus(cell: string): ChatgptUserStatus {
  const text = cell.trim().toLowerCase();
  if (text === 'enabled' || text === 'pending' || text === 'deleted') return text;
  throw new CellError(`${quoteOf(cell.trim())} is not enabled, pending or deleted`);
}

function literalOf(cell: string) {
  try {
    return parseLiteral(cell);
  } catch (error) {
    if (error instanceof LiteralError) throw new CellError(`cannot be read (${error.message})`);
    throw error;
  }
}

const asText = (value: unknown) =>
  value === null || typeof value === 'object' ? null : String(value).trim() || null;

/**
 * `read` remembered by cell text (an export repeats a few dozen distinct
 * `groups` and `department` cells across every row: parsing each literal
 * once per file, not once per row, halves a 100,000-row parse). Each call
 * gets its own copy of the list; errors are not remembered.
 */
function remembered(read: (text: string) => string[]): (cell: string) => string[] {
  const seen = new Map<string, readonly string[]>();
  return (cell) => {
    const hit = seen.get(cell);
    if (hit) return hit.slice();
    const value = read(cell);
    if (seen.size > 5000) seen.clear();
    seen.set(cell, value.slice());
    return value;
  };
}

/**
 * `department`: a JSON array (`["it","ops"]`; a Python list is read too);
 * a bare word is one department; blank is empty.
 */
export const readList = remembered((cell: string): string[] => {
  const text = cell.trim();
  if (!text) return [];
  if (!/^[[(]/.test(text)) return [text];
  const value = literalOf(text);
  if (!Array.isArray(value)) throw new CellError('is not a list');
  return value.map(asText).filter((v): v is string => v !== null);
});

/**
 * `groups`: a Python dict literal of group id → group name
 * (`{'36b3…': 'SG-ChatGPT-Sales'}`); returns the names. Blank is empty.
 */
export const readDictValues = remembered((cell: string): string[] => {
  const text = cell.trim();
  if (!text) return [];
  const value = literalOf(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new CellError('is not a dictionary');
  return Object.values(value)
    .map(asText)
    .filter((v): v is string => v !== null);
});
