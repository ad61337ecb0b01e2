// createMockApi: a faithful, transport-agnostic mock of the Claude Enterprise Analytics API
// (reference: shared/reference/analytics-api.md). Runs in Node, browsers and service workers.
import { dayIndex, parseDay } from '../dates';
import { hash4 } from '../prng';
import { createDemoOrg, type DemoOrg } from '../org';
import { authorize, corsRefusal, requestKey } from './auth';
import { ResultCache, type HandlerContext } from './context';
import { NotYetAvailable } from './date-params';
import { ApiError, badRequest, errorBody } from './errors';
import { applyFieldFaults, hasFieldFaults, malformed } from './faults';
import { parseQuery } from './query';
import { RawJson } from './raw-json';
import { SlidingWindow } from './rate-limit';
import { ARRAY_PARAMS, BASE_PATH, ROUTES, type Route } from './routes';
import {
  DEMO_KEY,
  type Faults,
  type MockApi,
  type MockApiOptions,
  type MockRequest,
  type MockResponse,
  type MockStats,
} from './types';

export { DEMO_KEY } from './types';
export type {
  EndpointLagDays,
  Faults,
  KeyScope,
  MockApi,
  MockApiOptions,
  MockRequest,
  MockResponse,
  MockStats,
} from './types';
export { mockFetch } from './fetch';
export { BASE_PATH } from './routes';

function isOrg(o: MockApiOptions['org']): o is DemoOrg {
  return o !== undefined && 'members' in o && Array.isArray((o as DemoOrg).members);
}

function lowerHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}

function requestId(seed: number, n: number): string {
  const part = (k: number): string => hash4(seed, n, k, 99).toString(36).padStart(7, '0');
  return `req_011C${part(0)}${part(1)}${part(2)}`.slice(0, 28);
}

/**
 * Creates the mock. Order of checks for a request: route (404), an `Origin` header without the
 * direct-browser-access header (401), API access toggle (403), key (404 engagement / 401 reports,
 * or `badKeyStatus`), scope (Admin key ⇒ 403 except on /usage and /cost), browser access off for
 * an `Origin` request (401), rate limit (429 + retry-after; sliding 60 s window per organisation
 * over accepted requests only — rejected ones are not counted), injected 529s and 500s, then
 * validation and the endpoint itself. Every error uses the §8 envelope with `request_id` and a
 * `request-id` header.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const org = isOrg(options.org) ? options.org : createDemoOrg(options.org);
  const keys = { ...(options.keys ?? { [DEMO_KEY]: 'analytics' as const }) };
  const now = options.now ?? (() => Date.now());
  const limiter = new SlidingWindow(options.rateLimitPerMinute ?? 60);
  const cache = new ResultCache();
  let faults: Faults = { ...(options.faults ?? {}) };
  const counts: MockStats = { requests: 0, byPath: {}, rateLimited: 0 };
  let accepted = 0;

  const latestDay = (): number => {
    const raw = faults.latestAvailableDay;
    return raw !== undefined && parseDay(raw) !== null ? dayIndex(raw) : org.latestDay;
  };

  async function handle(req: MockRequest): Promise<MockResponse> {
    counts.requests++;
    const id = requestId(org.options.seed, counts.requests);
    const headers = lowerHeaders(req.headers);
    const base: Record<string, string> = { 'content-type': 'application/json', 'request-id': id };
    const fail = (err: ApiError): MockResponse => ({
      status: err.status,
      headers: { ...base, ...err.headers },
      body: errorBody(err, id),
    });
    if (faults.latencyMs && faults.latencyMs > 0)
      await new Promise((r) => setTimeout(r, faults.latencyMs));
    let path: string;
    try {
      path = new URL(req.url, 'http://mock.invalid').pathname.replace(/\/+$/, '');
    } catch {
      return fail(new ApiError(404, 'not_found_error', 'Not found'));
    }
    counts.byPath[path] = (counts.byPath[path] ?? 0) + 1;
    const route: Route | undefined = path.startsWith(`${BASE_PATH}/`)
      ? ROUTES[path.slice(BASE_PATH.length)]
      : undefined;
    if (!route) return fail(new ApiError(404, 'not_found_error', `Not found: ${path}`));
    if (req.method.toUpperCase() !== 'GET')
      return fail(
        new ApiError(405, 'invalid_request_error', `Method ${req.method} not allowed; use GET`),
      );
    const browserAccess = faults.browserAccess ?? options.browserAccess ?? true;
    const denied =
      corsRefusal(headers, 'request', browserAccess) ??
      authorize(route, requestKey(headers), keys, {
        accessEnabled: faults.accessEnabled ?? options.accessEnabled ?? true,
        revokedKey: faults.revokeKey,
        badKeyStatus: options.badKeyStatus,
      }) ??
      corsRefusal(headers, 'organisation', browserAccess);
    if (denied) return fail(denied);

    const slot = limiter.tryAcquire(now());
    if (!slot.ok) {
      counts.rateLimited++;
      return fail(
        new ApiError(
          429,
          'rate_limit_error',
          `Rate limit exceeded for this organization; retry after ${slot.retryAfterSeconds} s`,
          { 'retry-after': String(slot.retryAfterSeconds) },
        ),
      );
    }
    accepted++;
    if ((faults.overloadedNext ?? 0) > 0) {
      faults = { ...faults, overloadedNext: faults.overloadedNext! - 1 };
      const extra = faults.overloadedHeaders ?? {};
      return fail(new ApiError(529, 'overloaded_error', 'Overloaded (injected)', extra));
    }
    if ((faults.failNext ?? 0) > 0) {
      faults = { ...faults, failNext: faults.failNext! - 1 };
      return fail(new ApiError(500, 'api_error', 'Internal server error (injected)'));
    }
    if (
      faults.status500Rate &&
      hash4(org.options.seed, accepted, 0, 77) / 4294967296 < faults.status500Rate
    ) {
      return fail(new ApiError(500, 'api_error', 'Internal server error (injected)'));
    }

    let body: unknown;
    try {
      const endpoint = path.slice(BASE_PATH.length);
      const lag = (faults.endpointLagDays ?? options.endpointLagDays)?.[endpoint] ?? 0;
      const ctx: HandlerContext = {
        org,
        latest: latestDay() - Math.max(0, lag),
        query: parseQuery(req.url, ARRAY_PARAMS),
        cursorsExpired: faults.expireCursors === true,
        cache,
      };
      body = route.handle(ctx, headers);
    } catch (e) {
      const reword = faults.notYetAvailableMessage;
      if (e instanceof NotYetAvailable && reword) {
        return fail(badRequest(reword(e.param, e.value, e.latestDay)));
      }
      if (e instanceof ApiError) return fail(e);
      return fail(
        new ApiError(
          500,
          'api_error',
          `Internal server error: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    }
    let text: string;
    if (hasFieldFaults(faults)) {
      const obj = body instanceof RawJson ? (JSON.parse(body.json) as unknown) : body;
      text = JSON.stringify(applyFieldFaults(obj, faults));
    } else {
      text = body instanceof RawJson ? body.json : JSON.stringify(body);
    }
    if ((faults.malformedJsonNext ?? 0) > 0) {
      faults = { ...faults, malformedJsonNext: faults.malformedJsonNext! - 1 };
      text = malformed(text);
    }
    return {
      status: 200,
      headers: { ...base, 'anthropic-organization-id': org.organizationId },
      body: text,
    };
  }

  return {
    handle,
    setFaults(f: Faults): void {
      faults = { ...f };
    },
    stats: () => ({
      requests: counts.requests,
      byPath: { ...counts.byPath },
      rateLimited: counts.rateLimited,
    }),
    org,
  };
}
