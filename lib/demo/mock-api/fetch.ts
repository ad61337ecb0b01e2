// A fetch-compatible adapter over the mock, for demo mode in the extension.
import type { MockApi } from './types';

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/**
 * `fetch` that answers from `api.handle()` without any network: same status, headers and
 * body as the HTTP server would send. Honours `init.signal` (rejects with an AbortError).
 */
export function mockFetch(api: MockApi): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = typeof input === 'object' && !(input instanceof URL) ? input : null;
    const signal = init?.signal ?? request?.signal ?? null;
    const abort = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) throw abort();
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? request?.headers ?? undefined).forEach((v, k) => {
      headers[k] = v;
    });
    const res = await api.handle({
      method: init?.method ?? request?.method ?? 'GET',
      url: urlOf(input),
      headers,
    });
    if (signal?.aborted) throw abort();
    return new Response(res.body, { status: res.status, headers: res.headers });
  };
}
