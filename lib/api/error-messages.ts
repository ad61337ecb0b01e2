/**
 * The sentences people read when a request fails: one per situation, each saying what happened and
 * what to do. They never include the key; `endpoint` is a path like `/users`.
 */
import type { AuthReason } from '@/lib/api/errors';

const WHERE_KEYS = 'claude.ai → Organization settings → API';

/** Messages for refused keys, by reason. */
export const authMessages: Record<AuthReason, string> = {
  'invalid-key': `The API key was not accepted (it may have been revoked or mistyped). Create a new key in ${WHERE_KEYS} and save it in Uptake's options.`,
  'missing-scope': `This key cannot read analytics: Uptake needs an Analytics API key with the read:analytics scope (Admin API keys don't work); the Primary Owner can create one in ${WHERE_KEYS}.`,
  'access-disabled': `API access is switched off for your organization; the Primary Owner can switch it on in ${WHERE_KEYS}, then use Test connection in Uptake's options.`,
  forbidden: `The Analytics API refused this key (HTTP 403): Uptake needs an Analytics API key with the read:analytics scope and API access switched on for your organization in ${WHERE_KEYS}.`,
  'browser-header-missing': `The Analytics API refused Uptake's request as a browser request without the header that allows direct browser access. This is a bug in Uptake, not a problem with your key: update Uptake, or report it if it keeps happening.`,
  'browser-access-off': `Your organization does not allow the Analytics API to be called from a browser (a setting of the organization), so Uptake cannot sync from here; your key may well be fine. Ask your Primary Owner to allow browser access to the API, or fetch the data outside the browser with a headless sync and import its history file in Uptake's options.`,
};

/** A key that cannot be sent at all (empty, or with spaces or control characters). */
export const malformedKeyMessage = `The saved API key is empty or contains characters a key never has; paste the key again from ${WHERE_KEYS} into Uptake's options.`;

/** HTTP 429. */
export function rateLimitMessage(retryAfterSeconds: number | undefined): string {
  return retryAfterSeconds === undefined
    ? 'Rate limited by the Analytics API; retrying shortly.'
    : `Rate limited by the Analytics API; retrying in ${retryAfterSeconds} s.`;
}

/** A 400 naming the latest day that has data. */
export function notYetAvailableMessage(latestAvailableDay: string | undefined): string {
  return latestAvailableDay === undefined
    ? 'The Analytics API has not published data for that day yet; Uptake will fetch it once it is available.'
    : `The Analytics API has not published data for that day yet (latest available day: ${latestAvailableDay}); Uptake will fetch it once it is available.`;
}

/** HTTP 529 `overloaded_error`: transient, retried with backoff. */
export function overloadedMessage(endpoint: string): string {
  return `The Analytics API is overloaded right now (HTTP 529 answering ${endpoint}); Uptake retries with growing pauses and resumes the sync where it stopped.`;
}

/** 410, or a 400 about the page cursor. */
export function cursorMessage(endpoint: string): string {
  return `The Analytics API no longer accepts the page cursor for ${endpoint} (it expired or the query changed); Uptake will restart that download from the first page.`;
}

/** A cursor the server handed back twice in a row (would loop forever). */
export function repeatedCursorMessage(endpoint: string): string {
  return `The Analytics API returned the same page cursor twice for ${endpoint}; Uptake stopped that download to avoid a loop and will restart it from the first page.`;
}

/** 5xx. */
export function serverErrorMessage(endpoint: string, status: number): string {
  return `The Analytics API had a server problem answering ${endpoint} (HTTP ${status}); Uptake will try again later.`;
}

/** Any other HTTP failure; the server's own words are included when it gave some. */
export function httpErrorMessage(endpoint: string, status: number, serverMessage?: string): string {
  const detail = serverMessage ? `: ${serverMessage.replace(/[.\s]+$/, '')}` : '';
  return `The Analytics API refused the request to ${endpoint} (HTTP ${status}${detail}); update Uptake, or report this if it keeps happening.`;
}

/** No HTTP answer at all. */
export function networkMessage(endpoint: string): string {
  return `Could not reach the Analytics API for ${endpoint} (network error); check the internet connection, Uptake will try again.`;
}

/** A body that did not match the schema; `path` is the first field at fault. */
export function schemaMessage(endpoint: string, path: string): string {
  const field = path === '' ? 'the response itself' : `field \`${path}\``;
  return `The Analytics API answered ${endpoint} in a shape Uptake does not recognise (${field}). Cached data is kept; update Uptake or report this.`;
}

/** A 2xx body that is not JSON. */
export function notJsonMessage(endpoint: string): string {
  return `The Analytics API answered ${endpoint} with something that is not JSON. Cached data is kept; update Uptake or report this if it keeps happening.`;
}
