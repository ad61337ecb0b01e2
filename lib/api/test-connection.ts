/**
 * "Test connection" for the options page: checks the key with one cheap request and reports the
 * latest day the Analytics API has published.
 */
import type { AnalyticsClient } from '@/lib/api/client';
import { ApiError, isApiError } from '@/lib/api/errors';
import type { RequestOptions } from '@/lib/api/transport';

export type ConnectionResult =
  | { ok: true; latestAvailableDay: string; message: string }
  | { ok: false; error: ApiError; message: string };

/** The UTC day `days` days after `day` (`YYYY-MM-DD`); negative goes back. */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

async function latestDayFrom(
  client: AnalyticsClient,
  day: string,
  options: RequestOptions,
): Promise<string> {
  const page = await client.listSummaries(
    { starting_date: day, ending_date: addDays(day, 1) },
    options,
  );
  return page.data.at(-1)?.date ?? day;
}

/**
 * Asks `/summaries` for yesterday (UTC, relative to `now`) — the most recent day that can exist.
 * When the answer is "not yet available" and names the latest available day, asks once more for
 * that day. So: one request usually, two at most.
 *
 * Returns `{ ok: true, latestAvailableDay, message }` when the key works, else
 * `{ ok: false, error, message }` where `message` is the error's sentence for a person. Throws only
 * when `signal` is aborted (its reason).
 */
export async function testConnection(
  client: AnalyticsClient,
  options: RequestOptions & { now?: Date } = {},
): Promise<ConnectionResult> {
  const yesterday = addDays((options.now ?? new Date()).toISOString().slice(0, 10), -1);
  const requestOptions: RequestOptions = options.signal ? { signal: options.signal } : {};
  try {
    let latestAvailableDay: string;
    try {
      latestAvailableDay = await latestDayFrom(client, yesterday, requestOptions);
    } catch (error) {
      const named = isApiError(error, 'not-yet-available') ? error.latestAvailableDay : undefined;
      if (named === undefined || named >= yesterday) throw error;
      latestAvailableDay = await latestDayFrom(client, named, requestOptions);
    }
    const message = `Connected to the Analytics API; data is available up to ${latestAvailableDay}.`;
    return { ok: true, latestAvailableDay, message };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { ok: false, error, message: error.message };
  }
}
