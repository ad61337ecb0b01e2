/**
 * The popup's picture is built and saved by the background (issue 11, "the
 * gate"), from the gated model; the popup reads what was saved and checks it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupCacheKey, usableCache } from '@/lib/snapshot/popup-cache';
import { checkedCache } from '@/lib/snapshot/popup-cache-check';
import { models, settingsWith } from '@/lib/snapshot/test-models';
import { readState, resetStateForTests, writeState } from '@/lib/store/state';
import { popupPicture } from './popup-picture';

const scopes = [
  { id: 'org', name: null, kind: 'org' as const, hiddenBecause: null },
  { id: 'g_tiny', name: 'Tiny', kind: 'group' as const, hiddenBecause: 'Fewer than 5 members.' },
];

beforeEach(() => {
  fakeBrowser.reset();
  resetStateForTests();
  globalThis.indexedDB = new IDBFactory();
});

const saved = async () => (await readState([popupCacheKey]))[popupCacheKey];

describe('popupPicture (background)', () => {
  it.each([
    ['normal mode', false],
    ['team grain only', true],
  ])('%s: answers the picture and saves it where the popup reads it', async (_, teamGrainOnly) => {
    const metrics = settingsWith({ privacy: { k: 5, teamGrainOnly } });
    const stored = { popupScope: 'org', metrics: { privacy: { k: 5, teamGrainOnly } } };
    await writeState({ settings: stored });
    const answer = await popupPicture(
      { model: models(metrics).org, scopes },
      { metrics },
      'Northwind Labs',
      7,
    );
    expect(answer.picture?.scope.id).toBe('org');
    expect(answer.picture?.adoption?.monthly.actives).toBe(18);
    if (teamGrainOnly) expect(answer.picture?.champions).toMatchObject({ shown: false, list: [] });
    const cache = usableCache(await saved(), stored);
    expect(cache).toMatchObject({ picture: answer.picture, scopes, orgName: 'Northwind Labs' });
    expect(checkedCache(cache!)).toEqual(cache);
  });

  it('no model (nothing synced, or an unknown scope): no picture, nothing saved', async () => {
    const answer = await popupPicture(
      { model: null, scopes: [] },
      { metrics: settingsWith() },
      null,
      7,
    );
    expect(answer).toEqual({ picture: null, scopes: [], orgName: null });
    expect(await saved()).toBeUndefined();
  });
});
