/**
 * Conversions between the simple per-member form the sync layer produces and
 * the columnar records the history keeps (pure functions, no IndexedDB).
 */
import { userDayColumns, type UserDayColumn, type UserDayColumns } from '@/lib/store/records';
import type { StoredColumn, UserDayRow } from '@/lib/store/schema';

/** Largest value a Uint32Array cell holds (2^32 − 1). */
export const maxCount = 0xffff_ffff;

/**
 * A counter as stored: non-finite, negative or non-numeric → 0; fractions
 * floored; above 2^32 − 1 → 2^32 − 1. (Plain Uint32Array assignment would wrap
 * −1 to 4294967295 and 2^32 to 0; this clamps instead.)
 */
export function clampCount(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(Math.floor(value), maxCount);
}

/**
 * The columnar record of one day from per-member rows. A member listed twice
 * (overlapping pages) keeps its last row; a missing value counts 0; values are
 * clamped (see clampCount). Members with all-zero values stay in the record:
 * they held a seat that day. The record is marked complete (the caller passes
 * every row of the day). Example: `toUserDayColumns('2026-11-20', [{ memberId:
 * 'user_a', email: 'a@x', values: { chatMessages: 3 } }], 0).columns.chatMessages`
 * is `Uint32Array [3]`.
 */
export function toUserDayColumns(
  day: string,
  rows: readonly UserDayRow[],
  fetchedAt: number,
): UserDayColumns {
  const last = new Map<string, UserDayRow>();
  for (const row of rows) {
    last.delete(row.memberId); // re-insert so order follows the last occurrence
    last.set(row.memberId, row);
  }
  const memberIds = [...last.keys()];
  const columns = emptyColumns(userDayColumns, memberIds.length);
  let i = 0;
  for (const row of last.values()) {
    for (const name of userDayColumns) columns[name][i] = clampCount(row.values[name]);
    i++;
  }
  return { day, memberIds, columns, complete: true, fetchedAt };
}

/** Per-member values of a columnar day, every column present (the inverse of toUserDayColumns, without emails). */
export function userDayRows(
  record: Pick<UserDayColumns, 'memberIds' | 'columns'>,
): { memberId: string; values: Record<UserDayColumn, number> }[] {
  return record.memberIds.map((memberId, i) => {
    const values = {} as Record<UserDayColumn, number>;
    for (const name of userDayColumns) values[name] = record.columns[name][i] ?? 0;
    return { memberId, values };
  });
}

/** True when member `i` has any counted activity (any column above 0). */
export function isActiveAt(columns: Record<string, Uint32Array>, i: number): boolean {
  for (const column of Object.values(columns)) if ((column[i] ?? 0) > 0) return true;
  return false;
}

/** Zeroed Uint32Array columns named `names`, each `length` long. */
export function emptyColumns<N extends string>(
  names: readonly N[],
  length: number,
): Record<N, Uint32Array> {
  const columns = {} as Record<N, Uint32Array>;
  for (const name of names) columns[name] = new Uint32Array(length);
  return columns;
}

/**
 * The narrowest array holding every value of `column` (Uint8, Uint16 or
 * Uint32), or undefined when all are zero (stored as an absent column).
 */
export function narrow(column: Uint32Array): StoredColumn | undefined {
  let max = 0;
  for (const v of column) if (v > max) max = v;
  if (max === 0) return undefined;
  if (max <= 0xff) return Uint8Array.from(column);
  if (max <= 0xffff) return Uint16Array.from(column);
  return Uint32Array.from(column);
}

/** A stored column back as a fresh Uint32Array of `length` (absent → zeros). */
export function widen(column: StoredColumn | undefined, length: number): Uint32Array {
  if (!column) return new Uint32Array(length);
  return column instanceof Uint32Array ? column.slice() : Uint32Array.from(column);
}

/** Ordinals stored as the narrowest array (an empty list stays an empty Uint8Array). */
export function narrowOrdinals(ordinals: Uint32Array): StoredColumn {
  return narrow(ordinals) ?? new Uint8Array(ordinals.length);
}

/** Bytes taken by the typed arrays of a stored record (its members plus present columns). */
export function storedBytes(
  members: StoredColumn,
  columns: Partial<Record<string, StoredColumn>>,
): number {
  let bytes = members.byteLength;
  for (const column of Object.values(columns)) bytes += column?.byteLength ?? 0;
  return bytes;
}
