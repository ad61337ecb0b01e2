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
 * - `auth`: the key was refused (invalid/revoked key, missing `read:analytics` scope, API access off).
 * - `rate-limit`: HTTP 429; wait `retryAfterSeconds` (when the server said) and try again.
 * - `not-yet-available`: a 400 because the requested day is not published yet; see `latestAvailableDay`.
 * - `schema`: the body is not JSON, or not in a shape Uptake recognises; see `issues`.
 * - `network`: the request never got an HTTP answer (offline, DNS, connection reset).
 * - `http`: any other HTTP failure (5xx, other 4xx); see `status`.
 * - `cursor`: the page cursor expired or no longer matches the query; restart from the first page.
 */
export type ApiErrorKind =
  'auth' | 'rate-limit' | 'not-yet-available' | 'schema' | 'network' | 'http' | 'cursor';

/** Why a key was refused, when the answer says so (only on `kind: 'auth'`). */
export type AuthReason = 'invalid-key' | 'missing-scope' | 'access-disabled' | 'forbidden';

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
  retryAfterSeconds?: number;
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
