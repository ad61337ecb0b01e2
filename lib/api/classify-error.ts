/**
 * Turns a failed HTTP answer into an `ApiError` (reference §8). Classification rests on the status
 * first; the server's message is read only to tell apart cases that share a status (a 400 about a
 * day not yet published, or about the page cursor; a 401 or 403 about browser access, a missing
 * scope or API access off). Message wording is no contract: callers treat it as a hint.
 */
import {
  authMessages,
  cursorMessage,
  httpErrorMessage,
  notYetAvailableMessage,
  overloadedMessage,
  rateLimitMessage,
  serverErrorMessage,
} from '@/lib/api/error-messages';
import { ApiError, redactSecrets, type AuthReason } from '@/lib/api/errors';
import { isDay } from '@/lib/api/schemas/common';
import { errorEnvelope } from '@/lib/api/schemas/error';

const NOT_YET_AVAILABLE =
  /not (yet )?available|available yet|latest available|most recent available|not been processed|still processing/i;
const DAY_IN_TEXT = /\d{4}-\d{2}-\d{2}/g;

/**
 * The latest available day named by a "not yet available" 400: the last `YYYY-MM-DD` in the
 * message, when the message is about a day not being available yet; otherwise undefined.
 *
 * @example latestAvailableDayFrom('date 2026-11-25 is not yet available; the most recent available date is 2026-11-24') // '2026-11-24'
 * @example latestAvailableDayFrom('date 2025-12-31 is before 2026-01-01') // undefined
 */
export function latestAvailableDayFrom(message: string): string | undefined {
  if (!NOT_YET_AVAILABLE.test(message)) return undefined;
  const days = (message.match(DAY_IN_TEXT) ?? []).filter(isDay);
  return days.at(-1);
}

/** True when a message is about a day that is not published yet. */
export function isNotYetAvailableMessage(message: string): boolean {
  return NOT_YET_AVAILABLE.test(message);
}

const CURSOR = /cursor|page token|next_page|\bpage (parameter|value|is|has)\b|invalid page\b/i;

/** True when a 400 message is about the `page` cursor (expired, invalid, or bound to another query). */
export function isCursorMessage(message: string): boolean {
  return CURSOR.test(message);
}

/**
 * Seconds to wait from a `retry-after` header: delay-seconds (rounded up) or an HTTP date (seconds
 * from `nowMs`, at least 0). Missing, negative or unreadable values give undefined.
 */
export function retryAfterSecondsFrom(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text));
  // An HTTP date names its weekday and month; anything else ("-5", "soon") is unreadable.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/**
 * How long a server asked to wait, in ms, the way the official SDK reads it: `retry-after-ms`
 * (a positive number of milliseconds) first, else `retry-after` (see `retryAfterSecondsFrom`).
 * Missing or unreadable values give undefined.
 *
 * @example retryAfterMsFrom(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }), 0) // 1500
 */
export function retryAfterMsFrom(headers: Headers, nowMs: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms) && Number(ms) > 0) return Math.ceil(Number(ms));
  const seconds = retryAfterSecondsFrom(headers.get('retry-after'), nowMs);
  return seconds === undefined ? undefined : seconds * 1000;
}

/** The `x-should-retry` header: `true` forces a retry, `false` forbids it; anything else says nothing. */
export function shouldRetryFrom(headers: Headers): boolean | undefined {
  const value = headers.get('x-should-retry')?.trim().toLowerCase();
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

const CORS = /\bCORS\b/i;
const BROWSER_HEADER = /anthropic-dangerous-direct-browser-access/i;

/**
 * The reason of a 401/403 about browser-origin (CORS) requests, from its message, or undefined when
 * the message is not about CORS: naming the direct-browser-access header means we did not send it
 * (our bug); any other CORS refusal is the organisation's setting.
 */
export function browserAccessReason(message: string): AuthReason | undefined {
  if (!CORS.test(message)) return undefined;
  return BROWSER_HEADER.test(message) ? 'browser-header-missing' : 'browser-access-off';
}

/** The reason a 403 gives, from its message. */
function forbiddenReason(message: string): AuthReason {
  if (/scope|read:analytics|api:admin/i.test(message)) return 'missing-scope';
  if (/(access|api).{0,40}(disabled|switched off|turned off|not enabled|off\b)/i.test(message)) {
    return 'access-disabled';
  }
  return 'forbidden';
}

export interface FailedResponse {
  /** Endpoint path, e.g. `/users`. */
  endpoint: string;
  status: number;
  headers: Headers;
  /** The raw body text (may be empty or not JSON). */
  bodyText: string;
  /** Only used to redact it from server text; never stored. */
  apiKey: string;
  nowMs: number;
}

/** Reads `error.type`, `error.message` and the request id from an error body, leniently. */
function readErrorBody(bodyText: string, headers: Headers, apiKey: string) {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const parsed = errorEnvelope.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const message = error?.message ? redactSecrets(error.message, apiKey).slice(0, 500) : undefined;
  const requestId = headers.get('request-id') ?? (parsed.success ? parsed.data.request_id : null);
  return {
    errorType: error?.type ?? undefined,
    serverMessage: message,
    requestId: requestId ? redactSecrets(requestId, apiKey) : undefined,
  };
}

/**
 * The `ApiError` for a non-2xx answer:
 * 401, 403 about CORS ⇒ `auth` (browser header missing, or browser access off for the organisation);
 * 401, 404 ⇒ `auth` (invalid key; the engagement endpoints answer 404 for a bad key);
 * 403 ⇒ `auth` (missing scope, access off, or other refusal);
 * 429 ⇒ `rate-limit` with `retryAfterMs`/`retryAfterSeconds`;
 * 529 ⇒ `overloaded`;
 * 410 ⇒ `cursor`; 400 about the cursor ⇒ `cursor`;
 * 400 about a day not yet available ⇒ `not-yet-available` with `latestAvailableDay`;
 * 5xx and anything else ⇒ `http`.
 * Every kind carries the server's retry hints (`retryAfterMs`, `shouldRetry`) when it gave some.
 */
export function errorFromResponse(res: FailedResponse): ApiError {
  const { endpoint, status } = res;
  const body = readErrorBody(res.bodyText, res.headers, res.apiKey);
  const retryAfterMs = retryAfterMsFrom(res.headers, res.nowMs);
  const retryAfterSeconds = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
  const shouldRetry = shouldRetryFrom(res.headers);
  const base = { endpoint, status, ...body, retryAfterMs, retryAfterSeconds, shouldRetry };
  const text = body.serverMessage ?? '';

  const browser = status === 401 || status === 403 ? browserAccessReason(text) : undefined;
  if (browser) {
    return new ApiError({
      ...base,
      kind: 'auth',
      authReason: browser,
      message: authMessages[browser],
    });
  }
  if (status === 401 || status === 404) {
    const authReason = 'invalid-key';
    return new ApiError({ ...base, kind: 'auth', authReason, message: authMessages[authReason] });
  }
  if (status === 403) {
    const authReason = forbiddenReason(text);
    return new ApiError({ ...base, kind: 'auth', authReason, message: authMessages[authReason] });
  }
  if (status === 429) {
    return new ApiError({
      ...base,
      kind: 'rate-limit',
      message: rateLimitMessage(retryAfterSeconds),
    });
  }
  if (status === 529) {
    return new ApiError({ ...base, kind: 'overloaded', message: overloadedMessage(endpoint) });
  }
  if (status === 410 || (status === 400 && isCursorMessage(text))) {
    return new ApiError({ ...base, kind: 'cursor', message: cursorMessage(endpoint) });
  }
  if (status === 400 && isNotYetAvailableMessage(text)) {
    const latestAvailableDay = latestAvailableDayFrom(text);
    const message = notYetAvailableMessage(latestAvailableDay);
    return new ApiError({ ...base, kind: 'not-yet-available', latestAvailableDay, message });
  }
  const message =
    status >= 500
      ? serverErrorMessage(endpoint, status)
      : httpErrorMessage(endpoint, status, body.serverMessage);
  return new ApiError({ ...base, kind: 'http', message });
}
