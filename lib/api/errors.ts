/**
 * Typed errors of the Analytics API client.
 *
 * Every failure of a request becomes one `ApiError` whose `kind` tells the sync engine what to do
 * and whose `message` tells a person, in one sentence, what happened and what to do about it.
 *
 * Secrets: an `ApiError` never holds the API key, request headers or the request object; text that
 * comes from the server is passed through `redactSecrets` before it is stored. `toJSON` lists the
 * fields explicitly so `JSON.stringify(err)` shows exactly what is documented here.
 */

/**
 * - `auth`: the request was refused for who sent it (invalid/revoked key, missing `read:analytics`
 *   scope, API access off, browser access refused); see `authReason`.
 * - `rate-limit`: HTTP 429; wait `retryAfterMs` (when the server said) and try again.
 * - `overloaded`: HTTP 529 `overloaded_error`, a transient answer: retry with backoff.
 * - `not-yet-available`: a 400 whose message says the day is not published yet (the wording is no
 *   contract: a hint only); see `latestAvailableDay`.
 * - `schema`: the body is not JSON, or not in a shape Uptake recognises; see `issues`.
 * - `network`: the request never got an HTTP answer (offline, DNS, connection reset).
 * - `http`: any other HTTP failure (5xx, other 4xx); see `status`.
 * - `cursor`: the page cursor expired or no longer matches the query; restart from the first page.
 */
export type ApiErrorKind =
  | 'auth'
  | 'rate-limit'
  | 'overloaded'
  | 'not-yet-available'
  | 'schema'
  | 'network'
  | 'http'
  | 'cursor';

/**
 * Why a request was refused, when the answer says so (only on `kind: 'auth'`):
 * - `invalid-key`: missing, mistyped or revoked key (401, or 404 on the engagement endpoints);
 * - `missing-scope`: a key without `read:analytics` (e.g. an Admin key);
 * - `access-disabled`: the organisation's API access is switched off;
 * - `forbidden`: any other 403;
 * - `browser-header-missing`: a request with an `Origin` header but without
 *   `anthropic-dangerous-direct-browser-access: true` — a bug in Uptake, not in the key;
 * - `browser-access-off`: the organisation does not allow browser-origin requests at all.
 */
export type AuthReason =
  | 'invalid-key'
  | 'missing-scope'
  | 'access-disabled'
  | 'forbidden'
  | 'browser-header-missing'
  | 'browser-access-off';

/** One schema problem: the dotted path of the field (`data.0.user.email_address`) and what was wrong. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  /** Endpoint path under `/v1/organizations/analytics`, e.g. `/users` (never host or query). */
  endpoint: string;
  status?: number;
  /** Whole seconds to wait, rounded up from `retryAfterMs` (for messages). */
  retryAfterSeconds?: number;
  /** How long the server asked to wait: `retry-after-ms`, else `retry-after` (seconds or a date). */
  retryAfterMs?: number;
  /** The server's `x-should-retry` header: true forces a retry, false forbids one. */
  shouldRetry?: boolean;
  latestAvailableDay?: string;
  issues?: SchemaIssue[];
  requestId?: string;
  authReason?: AuthReason;
  /** `error.type` from the body, e.g. `invalid_request_error`. */
  errorType?: string;
  /** `error.message` from the body, with secrets redacted. */
  serverMessage?: string;
}

/** A failed Analytics API request. See `ApiErrorKind` for what each kind means. */
export class ApiError extends Error {
  // On the prototype (below) so the stack trace, captured in `super()`, already says ApiError.
  declare readonly name: 'ApiError';
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly retryAfterMs?: number;
  readonly shouldRetry?: boolean;
  readonly latestAvailableDay?: string;
  readonly issues?: SchemaIssue[];
  readonly requestId?: string;
  readonly authReason?: AuthReason;
  readonly errorType?: string;
  readonly serverMessage?: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.shouldRetry !== undefined) this.shouldRetry = init.shouldRetry;
    if (init.latestAvailableDay !== undefined) this.latestAvailableDay = init.latestAvailableDay;
    if (init.issues !== undefined) this.issues = init.issues;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.authReason !== undefined) this.authReason = init.authReason;
    if (init.errorType !== undefined) this.errorType = init.errorType;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
  }

  /** The documented fields, for logs and `JSON.stringify`. */
  toJSON(): ApiErrorInit & { name: 'ApiError' } {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      endpoint: this.endpoint,
      status: this.status,
      retryAfterSeconds: this.retryAfterSeconds,
      retryAfterMs: this.retryAfterMs,
      shouldRetry: this.shouldRetry,
      latestAvailableDay: this.latestAvailableDay,
      issues: this.issues,
      requestId: this.requestId,
      authReason: this.authReason,
      errorType: this.errorType,
      serverMessage: this.serverMessage,
    };
  }
}

Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', enumerable: false });

/** True when `value` is an `ApiError` (of `kind`, when given). */
export function isApiError(value: unknown, kind?: ApiErrorKind): value is ApiError {
  return value instanceof ApiError && (kind === undefined || value.kind === kind);
}

/** Anything shaped like an Anthropic key (`sk-ant-api01-…`, `sk-ant-admin01-…`). */
const KEY_SHAPE = /sk-ant-[A-Za-z0-9_-]+/g;

/**
 * Removes secrets from text that came from outside (server messages): every occurrence of `apiKey`
 * (when at least 8 characters long) and anything shaped like an Anthropic key become `[redacted]`.
 */
export function redactSecrets(text: string, apiKey?: string): string {
  let out = text;
  if (apiKey && apiKey.length >= 8) out = out.split(apiKey).join('[redacted]');
  return out.replace(KEY_SHAPE, '[redacted]');
}
