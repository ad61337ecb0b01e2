/**
 * Turns a failed HTTP answer into an `ApiError` (reference §8). Classification rests on the status
 * first; the server's message is read only to tell apart cases that share a status (a 400 about a
 * day not yet published, or about the page cursor; a 403 for a missing scope or API access off).
 */
import {
  authMessages,
  cursorMessage,
  httpErrorMessage,
  notYetAvailableMessage,
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
 * 401, 404 ⇒ `auth` (invalid key; the engagement endpoints answer 404 for a bad key);
 * 403 ⇒ `auth` (missing scope, access off, or other refusal);
 * 429 ⇒ `rate-limit` with `retryAfterSeconds`;
 * 410 ⇒ `cursor`; 400 about the cursor ⇒ `cursor`;
 * 400 about a day not yet available ⇒ `not-yet-available` with `latestAvailableDay`;
 * 5xx and anything else ⇒ `http`.
 */
export function errorFromResponse(res: FailedResponse): ApiError {
  const { endpoint, status } = res;
  const body = readErrorBody(res.bodyText, res.headers, res.apiKey);
  const base = { endpoint, status, ...body };
  const text = body.serverMessage ?? '';

  if (status === 401 || status === 404) {
    const authReason = 'invalid-key';
    return new ApiError({ ...base, kind: 'auth', authReason, message: authMessages[authReason] });
  }
  if (status === 403) {
    const authReason = forbiddenReason(text);
    return new ApiError({ ...base, kind: 'auth', authReason, message: authMessages[authReason] });
  }
  if (status === 429) {
    const retryAfterSeconds = retryAfterSecondsFrom(res.headers.get('retry-after'), res.nowMs);
    const message = rateLimitMessage(retryAfterSeconds);
    return new ApiError({ ...base, kind: 'rate-limit', retryAfterSeconds, message });
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
