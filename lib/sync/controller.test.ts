/**
 * The controller's progress as pages read it (`to-background:get-status`):
 * a sync reports itself running from the moment it starts, before its
 * client, source and plan are ready. Before, a page that asked in that
 * window was told the last sync's end (or nothing) and never followed the
 * new one: the overlay polls only while a sync runs, and its target strip
 * never came (overlay-states.spec.ts, "demo data is labelled", in CI).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMockApi, mockFetch } from '@/lib/demo/mock-api';
import { writeSettings } from '@/lib/store/settings';
import { freshHistory } from '@/lib/store/test-support';
import { createSimulatedClock } from './clock';
import { createSyncController, startingProgress } from './controller';
import { saveKeyAndSync } from './source-actions';

const key = 'sk-ant-api01-progress-test-0001';
const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
const api = createMockApi({
  org: { members: 40, groups: 1, seed: 5, latestAvailableDay: '2026-11-24' },
  keys: { [key]: 'analytics' },
  rateLimitPerMinute: 100_000,
  now: clock.now,
});

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
  vi.stubGlobal('fetch', mockFetch(api));
  await writeSettings({
    sync: {
      historyDepthDays: 3,
      rateLimitPerMinute: 100_000,
      scheduleHours: 6,
      retentionDays: null,
    },
  });
  return () => vi.unstubAllGlobals();
});

describe('progress while a sync starts', { timeout: 60_000 }, () => {
  it('a sync is running from its first moment, before it reports; the next is not the last one’s end', async () => {
    const controller = createSyncController({ clock });
    await saveKeyAndSync(controller, key, 'device');
    const first = controller.start();
    // Asked at once, as the overlay of a page opened right after "Save" does.
    expect(await controller.progress()).toEqual(startingProgress);
    expect((await first)?.state).toBe('done');
    expect((await controller.progress())?.state).toBe('done');
    // Sync now: running at once, not the first sync's "done".
    const next = controller.start();
    expect(await controller.progress()).toEqual(startingProgress);
    expect((await next)?.state).toBe('done');
  });

  it('with nothing to sync (no key), it runs for a moment and then reports nothing', async () => {
    const controller = createSyncController({ clock });
    const started = controller.start();
    expect((await controller.progress())?.state).toBe('running');
    expect(await started).toBeNull();
    expect(await controller.progress()).toBeNull();
  });
});
