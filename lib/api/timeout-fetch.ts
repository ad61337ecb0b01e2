/**
 * A `fetch` that gives up after `timeoutMs`: a request the server never
 * answers fails as a network error (and the sync retries it with backoff)
 * instead of holding the sync forever. The caller's own signal still aborts.
 */
export function withTimeout(fetchFn: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchFn(input, { ...init, signal });
  };
}

/** How long Uptake waits for one Analytics API answer. */
export const defaultRequestTimeoutMs = 30_000;

/** The browser's fetch with Uptake's timeout (looked up per request, so tests can stub it). */
export function networkFetch(timeoutMs = defaultRequestTimeoutMs): typeof fetch {
  return withTimeout((input, init) => fetch(input, init), timeoutMs);
}
