/**
 * Parameter types shared by the endpoints, and their checks before anything is sent.
 *
 * A parameter that can never be valid (malformed day, `limit` outside 1–1000, more than 100
 * filters, both `date` and `starting_date`) throws a `RangeError` at the call site: it is a bug in
 * the caller, not an API failure, and no request is made. Rules the server owns (day not yet
 * available, range too long, dimension combinations) are left to the server.
 */
import { filterStrings, type Filter, type QueryParams } from '@/lib/api/query';
import { isDay, isTimestamp } from '@/lib/api/schemas/common';

export type Order = 'asc' | 'desc';

/**
 * Day selection of the engagement endpoints (reference §3.6): either one UTC day (`date`), or a
 * range (`starting_date` inclusive, `ending_date` exclusive, default "today") answered in rollup
 * mode — one row per entity for the whole window. Days are `YYYY-MM-DD`.
 */
export type DaySelection =
  | { date: string; starting_date?: undefined; ending_date?: undefined }
  | { starting_date: string; ending_date?: string; date?: undefined };

/** Cursor parameters shared by every list endpoint. */
export interface CursorParams {
  /** Page size, 1–1000. Always send it: the default differs between sources (20 or 100). */
  limit?: number;
  /** Cursor from a previous page's `nextPage`; omit (or null) for the first page. */
  page?: string | null;
}

/** Filtering, grouping and ordering of the engagement list endpoints. */
export interface EngagementListParams<
  FilterDim extends string,
  GroupBy extends string,
> extends CursorParams {
  /** `filter[]=dim:value`; same dimension twice = OR, different dimensions = AND; at most 100. */
  filter?: readonly Filter<FilterDim>[];
  /** `group_by[]`; at most 100. */
  group_by?: readonly GroupBy[];
  order?: Order;
  /** The natural sort column or a rankable metric (allowed set not published). */
  order_by?: string;
}

function fail(endpoint: string, what: string): never {
  throw new RangeError(`${endpoint}: ${what}`);
}

/** Checks `limit` (integer 1–1000) and returns it. */
export function checkLimit(endpoint: string, limit: number | undefined): number | undefined {
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
    fail(endpoint, 'limit must be an integer from 1 to 1000');
  }
  return limit;
}

/** Checks a list parameter has at most 100 entries. */
export function checkListLength(endpoint: string, name: string, list?: readonly unknown[]): void {
  if (list && list.length > 100) fail(endpoint, `${name} takes at most 100 entries`);
}

/** Checks an optional `YYYY-MM-DD` day. */
export function checkDay(endpoint: string, name: string, value: string | undefined): void {
  if (value !== undefined && !isDay(value))
    fail(endpoint, `${name} must be a day written YYYY-MM-DD`);
}

/** Checks an optional RFC 3339 timestamp with a time zone. */
export function checkTimestamp(endpoint: string, name: string, value: string | null | undefined) {
  if (value != null && !isTimestamp(value)) {
    fail(endpoint, `${name} must be an RFC 3339 timestamp such as 2026-11-01T00:00:00Z`);
  }
}

/** Query for a `DaySelection`; exactly one of `date` and `starting_date` must be given. */
export function daySelectionQuery(endpoint: string, selection: DaySelection): QueryParams {
  const { date, starting_date, ending_date } = selection;
  if ((date === undefined) === (starting_date === undefined)) {
    fail(endpoint, 'give either date or starting_date');
  }
  checkDay(endpoint, 'date', date);
  checkDay(endpoint, 'starting_date', starting_date);
  checkDay(endpoint, 'ending_date', ending_date);
  return { date, starting_date, ending_date };
}

/** Query for filters, grouping, ordering and cursor. */
export function listQuery(
  endpoint: string,
  params: EngagementListParams<string, string>,
): QueryParams {
  checkListLength(endpoint, 'filter', params.filter);
  checkListLength(endpoint, 'group_by', params.group_by);
  return {
    filter: filterStrings(params.filter),
    group_by: params.group_by,
    order: params.order,
    order_by: params.order_by,
    limit: checkLimit(endpoint, params.limit),
    page: params.page || undefined,
  };
}
