/**
 * "Test connection" for the options page: checks the key with one cheap request and reports the
 * latest day the Analytics API has published.
 */
import type { AnalyticsClient } from '@/lib/api/client';
import { ApiError, isApiError } from '@/lib/api/errors';
import type { RequestOptions } from '@/lib/api/transport';

export type ConnectionResult =
  | { ok: true; latestAvailableDay: string | null; message: string }
  | { ok: false; error: ApiError; message: string };

/** No engagement data exists before this day; a `starting_date` before it is refused. */
const FLOOR_DAY = '2026-01-01';
/** How far back "Test connection" asks: room for a pipeline that is a few weeks late. */
export const LOOKBACK_DAYS = 31;
/** The second look, when nothing was published in the first: a year (a range spans ≤ 366 days). */
const YEAR_BACK_DAYS = 365;

/** The UTC day `days` days after `day` (`YYYY-MM-DD`); negative goes back. */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Checks the key with one request and learns the latest day the Analytics API has published: asks
 * `/summaries` from `LOOKBACK_DAYS` before today (UTC, relative to `now`; never before 2026-01-01)
 * with no `ending_date`, which the API answers up to its latest available day; that day is the
 * last row's. Nothing depends on the wording of an error message.
 *
 * A 400 to that request most likely means nothing was published since then (a stalled pipeline, a
 * demo organisation in the past): whatever its wording, a second request looks back a year.
 *
 * Returns `{ ok: true, latestAvailableDay, message }` when the key works (`latestAvailableDay` null
 * when nothing was published in that window), else `{ ok: false, error, message }` where `message`
 * is the error's sentence for a person. Throws only when `signal` is aborted (its reason).
 */
export async function testConnection(
  client: AnalyticsClient,
  options: RequestOptions & { now?: Date } = {},
): Promise<ConnectionResult> {
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const since = (days: number) => {
    const day = addDays(today, -days);
    return day < FLOOR_DAY ? FLOOR_DAY : day;
  };
  const requestOptions: RequestOptions = options.signal ? { signal: options.signal } : {};
  const ask = (startingDate: string) =>
    client.listSummaries({ starting_date: startingDate }, requestOptions);
  let startingDate = since(LOOKBACK_DAYS);
  try {
    let page;
    try {
      page = await ask(startingDate);
    } catch (error) {
      const fartherBack = since(YEAR_BACK_DAYS);
      if (!(isApiError(error) && error.status === 400) || fartherBack === startingDate) throw error;
      startingDate = fartherBack;
      page = await ask(startingDate);
    }
    const latestAvailableDay = page.data.at(-1)?.date ?? null;
    const message =
      latestAvailableDay === null
        ? `Connected to the Analytics API; it has published no data since ${startingDate}.`
        : `Connected to the Analytics API; data is available up to ${latestAvailableDay}.`;
    return { ok: true, latestAvailableDay, message };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { ok: false, error, message: error.message };
  }
}
