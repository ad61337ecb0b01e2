// Date parameters of the engagement endpoints (§3.1, §3.6) and report endpoints (§6, §7).
import { dayString, parseDay } from '../dates';
import { ApiError, badRequest } from './errors';
import type { ParsedQuery } from './query';

/** Longest engagement range, in days. */
export const MAX_RANGE_DAYS = 366;

export interface DayWindow {
  mode: 'day' | 'range';
  /** First day index (inclusive). */
  from: number;
  /** Last day index + 1 (exclusive). */
  to: number;
  /** True when `ending_date` was not given (the end is pinned in the cursor). */
  defaultedEnd: boolean;
}

/** A 400 for a day after the latest available one; `createMockApi` may reword it (see `Faults`). */
export class NotYetAvailable extends ApiError {
  constructor(
    readonly param: string,
    readonly value: string,
    readonly latestDay: string,
  ) {
    super(
      400,
      'invalid_request_error',
      `${param} ${value} is not yet available; the most recent available date is ${latestDay}`,
    );
  }
}

function notYet(name: string, value: string, latest: number): Error {
  return new NotYetAvailable(name, value, dayString(latest));
}

/**
 * Parses a `YYYY-MM-DD` parameter: format, calendar validity, ≥ 2026-01-01, ≤ latest (≤ latest + 1
 * for an exclusive end such as `ending_date`). Errors are 400s; "not yet available" names the latest day.
 */
export function parseDayParam(
  name: string,
  value: string,
  latest: number,
  exclusiveEnd = false,
): number {
  const d = parseDay(value);
  if (d === null) throw badRequest(`${name} must be a date in YYYY-MM-DD format, got '${value}'`);
  if (d < 0)
    throw badRequest(`${name} ${value} is before 2026-01-01; no data exists before 2026-01-01`);
  if (exclusiveEnd ? d > latest + 1 : d > latest) throw notYet(name, value, latest);
  return d;
}

/**
 * Reads `date` XOR `starting_date`[/`ending_date`]. `ending_date` defaults to the latest
 * available day + 1 ("today"), or to `pinnedEnd` from the cursor. Errors (all 400): both or
 * neither given, `ending_date` without `starting_date`, bad format, before 2026-01-01, after the
 * latest available day (message names it), empty or > 366-day range.
 */
export function parseDayWindow(
  q: ParsedQuery,
  latest: number,
  opts: { allowRange: boolean; pinnedEnd?: number },
): DayWindow {
  const date = q.scalars.get('date');
  const start = q.scalars.get('starting_date');
  const end = q.scalars.get('ending_date');
  if (date !== undefined && start !== undefined)
    throw badRequest('Provide either date or starting_date, not both');
  if (end !== undefined && start === undefined)
    throw badRequest('ending_date can only be used together with starting_date');
  if (date !== undefined) {
    const d = parseDayParam('date', date, latest);
    return { mode: 'day', from: d, to: d + 1, defaultedEnd: false };
  }
  if (!opts.allowRange) {
    if (start !== undefined)
      throw badRequest('This endpoint supports single-day queries only; use date');
    throw badRequest('date is required');
  }
  if (start === undefined) throw badRequest('One of date or starting_date is required');
  const from = parseDayParam('starting_date', start, latest);
  let to: number;
  if (end !== undefined) {
    to = parseDayParam('ending_date', end, latest, true);
  } else {
    to = opts.pinnedEnd ?? latest + 1;
  }
  if (to <= from) throw badRequest('ending_date must be after starting_date');
  if (to - from > MAX_RANGE_DAYS)
    throw badRequest(`The date range may span at most ${MAX_RANGE_DAYS} days`);
  return { mode: 'range', from, to, defaultedEnd: end === undefined };
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 timestamp with a time zone to epoch ms; 400 otherwise. */
export function parseInstant(name: string, value: string): number {
  const m = RFC3339.exec(value);
  const ms = m ? Date.parse(value) : NaN;
  if (!m || Number.isNaN(ms) || parseDay(m[1]!) === null) {
    throw badRequest(
      `${name} must be an RFC 3339 timestamp with a time zone, e.g. 2026-11-01T00:00:00Z`,
    );
  }
  return ms;
}
