import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeFailure, isSwitchedOn, startDataLoader } from './data';
import { OverlayMessageError, type StatusAnswer } from './messages';
import { createStore, initialData, type OverlayData } from './store';

const model = { version: 1, scope: { id: 'org' }, freshness: { latestDay: '2026-11-24' } };
const idle: StatusAnswer = {
  orgName: null,
  mode: 'live',
  latestDay: '2026-11-24',
  lastSync: null,
  sync: null,
};
const syncing: StatusAnswer = {
  ...idle,
  sync: {
    state: 'running',
    phase: 'history',
    task: null,
    pagesDone: 1,
    pagesPlanned: 4,
    requests: 1,
    rateLimited: 0,
    etaSeconds: 9,
    latestDay: null,
    message: null,
  },
};

function background(statuses: StatusAnswer[]) {
  const asked: string[] = [];
  const transport = vi.fn(async (m: any) => {
    asked.push(m.type);
    switch (m.type) {
      case 'to-background:get-status':
        return statuses.length > 1 ? statuses.shift() : statuses[0];
      case 'to-background:get-overlay-settings':
        return { features: {}, dismissed: [], snoozed: [] };
      case 'to-background:get-insights':
        return { model, scopes: [] };
      default:
        return { ok: true };
    }
  });
  return { transport, asked };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startDataLoader', () => {
  it('asks for status, settings and the lean org model at once', async () => {
    const { transport } = background([idle]);
    const store = createStore<OverlayData>(initialData);
    await startDataLoader(store, transport, { signal: new AbortController().signal }).ready;
    expect(transport.mock.calls.map(([m]) => m)).toEqual([
      { type: 'to-background:get-status' },
      { type: 'to-background:get-overlay-settings' },
      { type: 'to-background:get-insights', scope: 'org', lean: true },
    ]);
    expect(store.get()).toMatchObject({ phase: 'ready', status: idle, model, error: null });
  });

  it('is ready without a late status, which fills in when it comes', async () => {
    const { transport } = background([idle]);
    let answer!: (v: any) => void;
    transport.mockImplementationOnce(() => new Promise((r) => (answer = r)));
    const store = createStore<OverlayData>(initialData);
    const loader = startDataLoader(store, transport, {
      signal: new AbortController().signal,
      statusGraceMs: 25,
    });
    await vi.advanceTimersByTimeAsync(25);
    await loader.ready;
    expect(store.get()).toMatchObject({ phase: 'ready', status: null, model });
    answer(idle);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().status).toEqual(idle);
  });

  it('polls the status while a sync runs and re-reads the model when it ends, then stops', async () => {
    const { transport, asked } = background([syncing, syncing, idle]);
    const store = createStore<OverlayData>(initialData);
    await startDataLoader(store, transport, { signal: new AbortController().signal, pollMs: 1000 })
      .ready;
    asked.length = 0;
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toEqual(['to-background:get-status']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toEqual([
      'to-background:get-status',
      'to-background:get-status',
      'to-background:get-insights',
    ]);
    expect(store.get().status).toEqual(idle);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(3);
  });

  it('a silent background becomes a message in words (after one retry)', async () => {
    const transport = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const store = createStore<OverlayData>(initialData);
    const loader = startDataLoader(store, transport, { signal: new AbortController().signal });
    await vi.advanceTimersByTimeAsync(500);
    await loader.ready;
    expect(store.get().error).toMatch(/did not answer\. Reload this page/);
  });

  it('hides a dismissed suggestion at once, and shows it again if the background refuses', async () => {
    const { transport } = background([idle]);
    const store = createStore<OverlayData>(initialData);
    const loader = startDataLoader(store, transport, { signal: new AbortController().signal });
    await loader.ready;
    await loader.updateSuggestion('s1', 'dismiss');
    expect(store.get().hiddenSuggestions.has('s1')).toBe(true);
    transport.mockImplementationOnce(async () => ({ error: 'Storage is full.' }) as any);
    await expect(loader.updateSuggestion('s2', 'snooze')).rejects.toThrow('Storage is full.');
    expect([...store.get().hiddenSuggestions]).toEqual(['s1']);
  });
});

describe('describeFailure and isSwitchedOn', () => {
  it('words', () => {
    expect(
      describeFailure(new OverlayMessageError('Only Uptake’s own pages may ask for that.')),
    ).toBe('Only Uptake’s own pages may ask for that.');
    expect(describeFailure(new Error('Extension context invalidated.'))).toMatch(
      /updated or reloaded/,
    );
  });
  it('a missing switch is on; only false turns a feature off', () => {
    expect(isSwitchedOn(null, 'x')).toBe(true);
    expect(isSwitchedOn({ features: { x: true }, dismissed: [], snoozed: [] }, 'x')).toBe(true);
    expect(isSwitchedOn({ features: { x: false }, dismissed: [], snoozed: [] }, 'x')).toBe(false);
    expect(isSwitchedOn({ features: {}, dismissed: [], snoozed: [] }, 'x')).toBe(true);
  });
});
