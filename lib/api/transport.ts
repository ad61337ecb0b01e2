/**
 * One HTTP GET to the Analytics API, parsed with a zod schema, failures mapped to `ApiError`.
 *
 * Exactly one request per call: no retries, no rate limiting, no caching (the sync engine owns
 * those). The key lives only in this module's closure: it is sent in `x-api-key` and never stored
 * on any object that could be logged or serialised. Headers: see `requestHeaders`.
 *
 * Cancellation: when the client's or the call's `AbortSignal` fires, the signal's reason is thrown
 * as is (usually a `DOMException` named `AbortError`), not an `ApiError`.
 */
import type { z } from 'zod';
import { resolveBaseUrl, loopbackAllowedByBuild } from '@/lib/api/base-url';
import { errorFromResponse } from '@/lib/api/classify-error';
import {
  malformedKeyMessage,
  networkMessage,
  notJsonMessage,
  schemaMessage,
} from '@/lib/api/error-messages';
import { ApiError, redactSecrets, type SchemaIssue } from '@/lib/api/errors';
import { serializeQuery, type QueryParams } from '@/lib/api/query';

/** Prefix of every Analytics endpoint path. */
export const ANALYTICS_PATH = '/v1/organizations/analytics';
/**
 * The API version the official SDK (`@anthropic-ai/sdk` 1.14.0) sends. The docs' examples show
 * `2023-06-01`, which predates this API; the SDK's types, which our schemas are checked against
 * (tests/mock-api/sdk-schemas.test.ts), are generated for the version the SDK sends, so we send it too.
 */
export const ANTHROPIC_VERSION = '2026-10-21';
/** Beta header value required by `/usage` and `/cost`. */
export const USAGE_COST_BETA = 'analytics-usage-cost-2026-08-24';
/**
 * api.anthropic.com refuses a request that carries an `Origin` header without this header (401
 * "CORS requests must set 'anthropic-dangerous-direct-browser-access' header"). Chromium's service
 * worker sends no `Origin` on these GETs, Firefox's extension requests do; we send it on every request.
 * ("Dangerous" is about exposing a key to web pages: here the key stays in the background.)
 */
export const BROWSER_ACCESS_HEADER = 'anthropic-dangerous-direct-browser-access';

export interface AnalyticsClientOptions {
  /** Analytics API key (scope `read:analytics`). Surrounding whitespace is ignored. */
  apiKey: string;
  /** Defaults to https://api.anthropic.com; see `resolveBaseUrl` for what else is allowed. */
  baseUrl?: string;
  /** A fetch to use instead of the global one (e.g. the in-process demo mock). */
  fetch?: typeof fetch;
  /** Sent as `user-agent` when given (browsers may ignore it). */
  userAgent?: string;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  /** Called just before each request; `url` has the query but never the key. */
  onRequest?: (info: { endpoint: string; url: string }) => void;
  /** Unit tests only: accept a loopback `baseUrl` although this build does not allow it. */
  allowLoopbackForTests?: boolean;
  /** Clock for `retry-after` dates, in ms since the epoch. Defaults to `Date.now`. */
  now?: () => number;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels this request only. */
  signal?: AbortSignal;
}

export interface GetOptions extends RequestOptions {
  /** Send the `/usage`–`/cost` beta header. */
  beta?: boolean;
}

export interface Transport {
  /** The resolved base URL (never holds the key). */
  readonly baseUrl: string;
  /** GETs `endpoint` (e.g. `/users`) with `query`, returns the body parsed by `schema`. */
  get<S extends z.ZodType>(
    endpoint: string,
    query: QueryParams,
    schema: S,
    options?: GetOptions,
  ): Promise<z.output<S>>;
}

const SENDABLE_KEY = /^[\x21-\x7e]+$/;

/**
 * The headers of every request. Auth: the key goes in `x-api-key`, not in `Authorization: Bearer`
 * as SDK 1.x sends it. `x-api-key` is what the Analytics API's own documentation and support guide
 * prescribe for Analytics keys, the SDK itself accepts it (an explicit `x-api-key` passes its
 * header validation), and whether the server takes an Analytics key as a Bearer token is not
 * documented. The mock accepts both (lib/demo/mock-api/auth.ts).
 */
function requestHeaders(apiKey: string, beta: boolean, userAgent?: string) {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'anthropic-version': ANTHROPIC_VERSION,
    [BROWSER_ACCESS_HEADER]: 'true',
    'x-api-key': apiKey,
  };
  if (beta) headers['anthropic-beta'] = USAGE_COST_BETA;
  if (userAgent) headers['user-agent'] = userAgent;
  return headers;
}
const MAX_ISSUES = 20;

/** Dotted path of a zod issue, e.g. `data.0.user.email_address`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

function combine(a?: AbortSignal, b?: AbortSignal): AbortSignal | undefined {
  if (!a || !b) return a ?? b;
  return AbortSignal.any([a, b]);
}

/** Creates the transport; throws an `Error` when the base URL is not allowed. */
export function createTransport(options: AnalyticsClientOptions): Transport {
  const allowLoopback = loopbackAllowedByBuild() || options.allowLoopbackForTests === true;
  const baseUrl = resolveBaseUrl(options.baseUrl, allowLoopback);
  const apiKey = options.apiKey.trim();
  const now = options.now ?? (() => Date.now());
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function get<S extends z.ZodType>(
    endpoint: string,
    query: QueryParams,
    schema: S,
    getOptions: GetOptions = {},
  ): Promise<z.output<S>> {
    const signal = combine(options.signal, getOptions.signal);
    signal?.throwIfAborted();
    if (!SENDABLE_KEY.test(apiKey)) {
      throw new ApiError({
        kind: 'auth',
        authReason: 'invalid-key',
        endpoint,
        message: malformedKeyMessage,
      });
    }
    const search = serializeQuery(query);
    const url = `${baseUrl}${ANALYTICS_PATH}${endpoint}${search ? `?${search}` : ''}`;
    const headers = requestHeaders(apiKey, getOptions.beta === true, options.userAgent);
    options.onRequest?.({ endpoint, url });

    let response: Response;
    let bodyText: string;
    try {
      response = await doFetch(url, { method: 'GET', headers, signal });
      bodyText = await response.text();
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (cause instanceof ApiError) throw cause;
      throw new ApiError({ kind: 'network', endpoint, message: networkMessage(endpoint) });
    }

    if (!response.ok) {
      throw errorFromResponse({
        endpoint,
        status: response.status,
        headers: response.headers,
        bodyText,
        apiKey,
        nowMs: now(),
      });
    }
    const requestIdHeader = response.headers.get('request-id');
    const requestId = requestIdHeader ? redactSecrets(requestIdHeader, apiKey) : undefined;

    let json: unknown;
    try {
      json = JSON.parse(bodyText);
    } catch {
      const message = notJsonMessage(endpoint);
      throw new ApiError({ kind: 'schema', endpoint, status: response.status, requestId, message });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      // A renamed field fails every row: keep the first few, enough to diagnose.
      const issues: SchemaIssue[] = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
        path: issuePath(issue.path),
        message: issue.message,
      }));
      const message = schemaMessage(endpoint, issues[0]?.path ?? '');
      throw new ApiError({
        kind: 'schema',
        endpoint,
        status: response.status,
        requestId,
        issues,
        message,
      });
    }
    return parsed.data;
  }

  return { baseUrl, get };
}
