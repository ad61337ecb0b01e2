import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from './client';
import { withTimeout } from './timeout-fetch';

/** A fetch that never answers unless aborted. */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });

describe('withTimeout', () => {
  it('turns a request the server never answers into a network error', async () => {
    const client = createAnalyticsClient({
      apiKey: 'sk-ant-api01-test-key',
      fetch: withTimeout(hangingFetch, 50),
    });
    await expect(client.listSummaries({ starting_date: '2026-11-01' })).rejects.toMatchObject({
      kind: 'network',
    });
  });

  it("still lets the caller's own signal abort with its reason", async () => {
    const client = createAnalyticsClient({
      apiKey: 'sk-ant-api01-test-key',
      fetch: withTimeout(hangingFetch, 10_000),
    });
    const controller = new AbortController();
    const pending = client.listSummaries(
      { starting_date: '2026-11-01' },
      { signal: controller.signal },
    );
    controller.abort(new Error('stopped by the user'));
    await expect(pending).rejects.toThrow('stopped by the user');
  });
});
