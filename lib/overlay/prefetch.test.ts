import { describe, expect, it, vi } from 'vitest';
import { startDataLoader } from './data';
import {
  FIRST_REQUESTS,
  prefetchFirstAnswers,
  PREFETCH_TTL_MS,
  requestKey,
  takePrefetched,
} from './prefetch';
import { createStore, initialData, type OverlayData } from './store';

const insights = { type: 'to-background:get-insights', scope: 'org', lean: true };

describe('prefetch', () => {
  it('asks the first questions once; each answer is taken once, by key whatever the field order', async () => {
    const world = {};
    const send = vi.fn(async (m: unknown) => ({ answerTo: (m as { type: string }).type }));
    prefetchFirstAnswers(send, 1000, world);
    expect(send).toHaveBeenCalledTimes(FIRST_REQUESTS.length);
    const reordered = { lean: true, scope: 'org', type: 'to-background:get-insights' };
    expect(await takePrefetched(reordered, 1500, world)).toEqual({
      answerTo: 'to-background:get-insights',
    });
    expect(takePrefetched(insights, 1500, world)).toBeNull();
    expect(takePrefetched({ type: 'to-background:get-status', extra: 1 }, 1500, world)).toBeNull();
  });

  it('is not used once older than the time to live, nor when nothing was prefetched', () => {
    const world = {};
    prefetchFirstAnswers(async () => ({}), 1000, world);
    expect(takePrefetched(insights, 1000 + PREFETCH_TTL_MS + 1, world)).toBeNull();
    expect(takePrefetched(insights, 1000, {})).toBeNull();
  });

  it('names exactly what the data loader asks first', async () => {
    const asked: string[] = [];
    const transport = vi.fn(async (m: unknown) => {
      asked.push(requestKey(m));
      return new Promise(() => undefined); // never answered: only the questions matter here
    });
    startDataLoader(createStore<OverlayData>(initialData), transport, {
      signal: new AbortController().signal,
    });
    await Promise.resolve();
    expect(asked.sort()).toEqual(FIRST_REQUESTS.map(requestKey).sort());
  });
});
