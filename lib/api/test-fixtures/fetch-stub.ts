/**
 * A hand-written stand-in for `fetch` in unit tests: records each request and answers with the
 * `Response` the test's responder builds. No network, no mock server.
 */

export interface RecordedRequest {
  /** The URL exactly as the client passed it. */
  rawUrl: string;
  url: URL;
  method: string;
  headers: Headers;
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

/** A JSON response (`status` 200 unless given), with optional extra headers. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The standard error envelope of §8 with the given status. */
export function errorResponse(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return jsonResponse(
    { type: 'error', error: { type, message }, request_id: 'req_body_0001' },
    status,
    headers,
  );
}

/**
 * A fetch that records requests in `calls` and answers with `responder`, or, when given an array,
 * with the responses in order (one per request; running out fails the test loudly).
 */
export function stubFetch(responder: Responder | Response[]) {
  const calls: RecordedRequest[] = [];
  const queue = Array.isArray(responder) ? [...responder] : undefined;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: RecordedRequest = {
      rawUrl: String(input),
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
    };
    calls.push(request);
    init?.signal?.throwIfAborted();
    if (queue) {
      const next = queue.shift();
      if (!next) throw new Error(`stubFetch: no response left for ${request.url.pathname}`);
      return next;
    }
    return (responder as Responder)(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
