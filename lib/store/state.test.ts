import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { maxHiddenSuggestions, suggestionRulesSchema } from '@/lib/metrics/config';
import { readSettings, writeSettings } from '@/lib/store/settings';
import {
  onStateChanged,
  readState,
  removeState,
  resetStateForTests,
  writeState,
} from '@/lib/store/state';
import { moveStateOutOfLocal } from '@/lib/store/state-migrate';

beforeEach(() => {
  fakeBrowser.reset();
  resetStateForTests();
  globalThis.indexedDB = new IDBFactory();
});

describe('state (extension IndexedDB)', () => {
  it('gives back what was written, leaves out absent keys, removes', async () => {
    await writeState({ settings: { orgName: 'Acme' }, teamSnapshot: { file: 1 } });
    expect(await readState(['settings', 'popupCache'])).toEqual({ settings: { orgName: 'Acme' } });
    await removeState(['settings']);
    expect(await readState(['settings', 'teamSnapshot'])).toEqual({ teamSnapshot: { file: 1 } });
  });

  it('tells listeners which keys changed', async () => {
    const heard = new Promise<string[]>((resolve) => {
      const stop = onStateChanged((keys) => {
        stop();
        resolve(keys);
      });
    });
    await writeState({ popupCache: { scope: 'org' } });
    expect(await heard).toEqual(['popupCache']);
  });

  it('settings are written there, not in storage.local', async () => {
    await writeSettings({ orgName: 'Northwind' });
    expect(await browser.storage.local.get(null)).toEqual({});
    expect((await readSettings()).orgName).toBe('Northwind');
  });
});

// Issue 11 item 7: what the previous release kept in storage.local moves once, and never again.
describe('moveStateOutOfLocal', () => {
  const k8 = { orgName: 'Acme', metrics: { privacy: { k: 8, teamGrainOnly: true } } };

  it('first run: copies settings and snapshot, drops the popup cache, empties storage.local', async () => {
    await browser.storage.local.set({
      settings: k8,
      popupCache: { scope: 'org' },
      teamSnapshot: { file: 'x', importedAt: 1 },
      histories: { active: 'org-1' },
    });
    expect(await moveStateOutOfLocal()).toEqual({
      copied: ['settings', 'teamSnapshot'],
      removed: ['settings', 'popupCache', 'teamSnapshot'],
    });
    const s = await readSettings();
    expect([s.orgName, s.metrics.privacy.k, s.metrics.privacy.teamGrainOnly]).toEqual([
      'Acme',
      8,
      true,
    ]);
    expect(await readState(['teamSnapshot', 'popupCache'])).toEqual({
      teamSnapshot: { file: 'x', importedAt: 1 },
    });
    // The source registry is not privacy state and stays.
    expect(await browser.storage.local.get(null)).toEqual({ histories: { active: 'org-1' } });
  });

  it('later runs: a value written to storage.local (by a content script) is removed, never read', async () => {
    await moveStateOutOfLocal(); // a fresh install: nothing to copy
    await browser.storage.local.set({ settings: { metrics: { privacy: { k: 2 } } } });
    expect(await moveStateOutOfLocal()).toEqual({ copied: [], removed: ['settings'] });
    expect((await readSettings()).metrics.privacy.k).toBe(5);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  // An options page opened as the browser starts after the update can read before the background
  // has moved anything: it must see the old settings, and its first write must keep them.
  it('a context that reads before any move runs it first: old settings shown and kept', async () => {
    await browser.storage.local.set({ settings: k8 });
    expect((await readSettings()).metrics.privacy.k).toBe(8);
    await writeSettings({ orgName: 'Renamed' });
    const s = await readSettings();
    expect([s.orgName, s.metrics.privacy.k, s.metrics.privacy.teamGrainOnly]).toEqual([
      'Renamed',
      8,
      true,
    ]);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('never overwrites settings already in the new place', async () => {
    await writeSettings({ orgName: 'Kept' });
    await browser.storage.local.set({ settings: { orgName: 'Old' } });
    expect((await moveStateOutOfLocal()).copied).toEqual([]);
    expect((await readSettings()).orgName).toBe('Kept');
  });
});

describe('suggestion lists are capped', () => {
  it.each([
    [3, 3],
    [maxHiddenSuggestions, 500],
    [maxHiddenSuggestions + 100, 500],
  ])('%i dismissed ids keep %i (the latest)', (n, kept) => {
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    const snoozed = ids.map((id) => ({ id, until: '2026-12-31' }));
    const rules = suggestionRulesSchema.parse({ dismissed: ids, snoozed });
    expect(rules.dismissed).toHaveLength(kept);
    expect(rules.snoozed).toHaveLength(kept);
    expect(rules.dismissed.at(-1)).toBe(`s${n - 1}`);
  });

  it('an id longer than 300 characters is refused', () => {
    expect(suggestionRulesSchema.safeParse({ dismissed: ['x'.repeat(301)] }).success).toBe(false);
  });
});
