// Transport-agnostic request/response shapes and options of the mock Analytics API.
import type { DemoOrg } from '../org';
import type { DemoOrgOptions } from '../org-types';

/** Days of lag per endpoint path under /v1/organizations/analytics, e.g. `{ '/users': 1 }`. */
export type EndpointLagDays = Partial<Record<string, number>>;

export interface MockRequest {
  method: string;
  /** Path with query string (`/v1/...?date=…`) or an absolute URL. */
  url: string;
  /** Header names in any case. */
  headers: Record<string, string>;
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type KeyScope = 'analytics' | 'admin' | 'revoked';

/**
 * Runtime faults. All deterministic: counters count down per request, rates use a hash of the
 * request number, never Math.random.
 */
export interface Faults {
  /** Added delay before every response, in ms. */
  latencyMs?: number;
  /** Share (0–1) of accepted requests answered 500 api_error, chosen by a hash of the request number. */
  status500Rate?: number;
  /** The next N accepted requests get 500 api_error. */
  failNext?: number;
  /** The next N successful responses get a truncated, invalid JSON body (status 200). */
  malformedJsonNext?: number;
  /** Rename a key everywhere in successful bodies (e.g. `daily_active_user_count`). */
  renameField?: { from: string; to: string };
  /** Remove a key everywhere in successful bodies. */
  dropField?: string;
  /** Add an unknown key to every object in `data` (key name; value is a string). */
  addUnknownField?: string;
  /** Every cursor presented is treated as expired (410 on reports, 400 on engagement). */
  expireCursors?: boolean;
  /** This key is treated as revoked from now on. */
  revokeKey?: string;
  /** Overrides `options.accessEnabled`. */
  accessEnabled?: boolean;
  /** Overrides `options.browserAccess`. */
  browserAccess?: boolean;
  /** The next N accepted requests get 529 overloaded_error (with `overloadedHeaders`). */
  overloadedNext?: number;
  /** Extra headers of the injected 529s, e.g. `{ 'retry-after-ms': '1500', 'x-should-retry': 'false' }`. */
  overloadedHeaders?: Record<string, string>;
  /** Overrides the latest available day (`YYYY-MM-DD`): a late pipeline or a new day landing. */
  latestAvailableDay?: string;
  /** Overrides `options.endpointLagDays`. */
  endpointLagDays?: EndpointLagDays;
  /**
   * Rewords the 400 for a day not yet available (the wording is no contract, §0a): gets the
   * parameter (`date`, `starting_date`, `ending_date`), its value and the latest available day.
   */
  notYetAvailableMessage?: (param: string, value: string, latestDay: string) => string;
}

export interface MockApiOptions {
  org?: DemoOrg | DemoOrgOptions;
  /** Keys and their scope. Default: `{ 'sk-ant-api01-demo-key': 'analytics' }`. */
  keys?: Record<string, KeyScope>;
  /** The organisation's API access toggle. Default true. */
  accessEnabled?: boolean;
  /**
   * Whether the organisation allows browser-origin requests (those with an `Origin` header that
   * carry the direct-browser-access header). Default true; false answers them with the API's 401.
   */
  browserAccess?: boolean;
  /** Requests per 60 s sliding window, per organisation (all keys, all endpoints). Default 60. */
  rateLimitPerMinute?: number;
  /** Clock in ms (rate limit window, latency). Default Date.now. */
  now?: () => number;
  /**
   * Days an endpoint lags behind `/summaries` ("the lag varies by query", §0a), keyed by path:
   * `{ '/users': 1 }` makes `/users` refuse the latest day `/summaries` already has.
   */
  endpointLagDays?: EndpointLagDays;
  /** Status for a missing/unknown/revoked key on every endpoint. Default: 404 on engagement, 401 on reports. */
  badKeyStatus?: 401 | 404;
  faults?: Faults;
}

export interface MockStats {
  requests: number;
  byPath: Record<string, number>;
  rateLimited: number;
}

export interface MockApi {
  handle(req: MockRequest): Promise<MockResponse>;
  setFaults(f: Faults): void;
  stats(): MockStats;
  readonly org: DemoOrg;
}

/** The default demo key. */
export const DEMO_KEY = 'sk-ant-api01-demo-key';
