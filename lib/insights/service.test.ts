import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { putSummaries, setMeta } from '@/lib/store/history';
import { ensureRegistry, matchSourceToMode } from '@/lib/store/source-switch';
import { freshHistory, summary } from '@/lib/store/test-support';
import { allInsights, insightsBuilt, insightsKey, invalidateInsights } from './service';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
  invalidateInsights();
});

const options = { now: Date.UTC(2026, 10, 21, 12), timeZone: 'UTC', settingsKey: 'same' };

/** One day of org figures in the active history: `actives` monthly actives of 100 seats. */
async function history(actives: number) {
  await putSummaries('org', [summary('2026-11-20', { monthlyActive: actives })]);
  await setMeta('latestAvailableDay', '2026-11-20');
}

describe('insight models follow the active source', () => {
  it('never answers one source’s cached model for another', async () => {
    await ensureRegistry();
    await history(30);
    expect((await allInsights(options))?.org.adoption?.monthly.actives).toBe(30);
    // The demo's history is shown now; nobody called invalidateInsights.
    await matchSourceToMode(true);
    expect(await allInsights(options)).toBeNull();
    await history(60);
    invalidateInsights(); // a sync wrote (the background invalidates then)
    expect((await allInsights(options))?.org.adoption?.monthly.actives).toBe(60);
    await matchSourceToMode(false);
    expect((await allInsights(options))?.org.adoption?.monthly.actives).toBe(30);
  });
});

describe('built models and their key', () => {
  it('knows when the models of a key are in memory, until invalidated', async () => {
    await ensureRegistry();
    await history(30);
    const key = await insightsKey(options);
    expect(insightsBuilt(key)).toBe(false);
    await allInsights(options);
    expect(insightsBuilt(key)).toBe(true);
    expect(await insightsKey({ ...options, now: options.now + 86_400_000 })).not.toBe(key);
    expect(await insightsKey({ ...options, settingsKey: 'other' })).not.toBe(key);
    invalidateInsights();
    expect(insightsBuilt(key)).toBe(false);
    await matchSourceToMode(true);
    expect(await insightsKey(options)).not.toBe(key);
  });
});
