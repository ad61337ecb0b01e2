import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readState, resetStateForTests, writeState } from '@/lib/store/state';
import { teamPicture } from '@/lib/snapshot/picture';
import { models, orgTarget } from '@/lib/snapshot/test-models';
import {
  popupCacheKey,
  rememberedScope,
  settingsStamp,
  usableCache,
  writePopupCache,
} from '@/lib/snapshot/popup-cache';
import { checkedCache } from '@/lib/snapshot/popup-cache-check';

const picture = teamPicture(models().org, { ...orgTarget, deadline: orgTarget.deadline });
const scopes = [{ id: 'org', name: null, kind: 'org' as const, hiddenBecause: null }];
const stored = { popupScope: 'org', metrics: { privacy: { k: 5, teamGrainOnly: false } } };

beforeEach(() => {
  fakeBrowser.reset();
  resetStateForTests();
  globalThis.indexedDB = new IDBFactory();
});

describe('popup cache', () => {
  it('gives back what was saved, for the same scope and settings', async () => {
    await writeState({ settings: stored });
    await writePopupCache(picture, scopes, 'Northwind Labs', 1);
    const raw = (await readState([popupCacheKey]))[popupCacheKey];
    expect(usableCache(raw, stored)).toMatchObject({ picture, scopes, orgName: 'Northwind Labs' });
  });

  it.each<[string, object]>([
    ['another remembered scope', { ...stored, popupScope: 'g_sales' }],
    ['other privacy settings', { ...stored, metrics: { privacy: { k: 5, teamGrainOnly: true } } }],
  ])('is ignored under %s', async (_, now) => {
    await writeState({ settings: stored });
    await writePopupCache(picture, scopes, null, 1);
    const raw = (await readState([popupCacheKey]))[popupCacheKey];
    expect(usableCache(raw, now)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['text', 'hello'],
    [
      'a picture of another version',
      {
        scope: 'org',
        stamp: settingsStamp(stored.metrics),
        scopes: [],
        picture: { ...picture, version: 2 },
      },
    ],
    [
      'a picture without lists',
      {
        scope: 'org',
        stamp: settingsStamp(stored.metrics),
        scopes: [],
        picture: { ...picture, targets: null },
      },
    ],
  ])('is ignored when it holds %s', (_, value) => {
    expect(usableCache(value, stored)).toBeNull();
  });

  it.each<[unknown, string]>([
    [{ popupScope: 'g1' }, 'g1'],
    [{ popupScope: '' }, 'org'],
    [undefined, 'org'],
  ])('remembered scope of %j is %s', (settings, scope) => {
    expect(rememberedScope(settings)).toBe(scope);
  });

  it('stamps equal settings alike and different settings apart', () => {
    expect(settingsStamp({ a: 1 })).toBe(settingsStamp({ a: 1 }));
    expect(settingsStamp({ a: 1 })).not.toBe(settingsStamp({ a: 2 }));
    expect(settingsStamp(undefined)).toMatch(/^[0-9a-f]{8}$/);
  });

  // What the previous release's popup saved under this key: the same fields, so it still reads.
  const previous = {
    scope: 'org',
    stamp: settingsStamp(stored.metrics),
    picture,
    scopes,
    orgName: 'Northwind Labs',
    savedAt: 1,
  };
  const champion = { email: 'ann@acme.example', rank: 1, score: 3 };
  const naming = {
    ...previous,
    picture: {
      ...picture,
      champions: { shown: true, list: [champion], total: 1, hiddenBecause: null },
    },
  };
  const teamGrain = { ...stored, metrics: { privacy: { k: 5, teamGrainOnly: true } } };

  it('a cache in the previous release’s format passes both checks', () => {
    expect(checkedCache(usableCache(previous, stored)!)).toEqual(previous);
  });

  it('a picture naming a champion is shown in normal mode, never under team grain only', () => {
    expect(usableCache(naming, stored)).not.toBeNull();
    expect(
      usableCache({ ...naming, stamp: settingsStamp(teamGrain.metrics) }, teamGrain),
    ).toBeNull();
  });

  it.each<[string, unknown]>([
    ['an unexpected field', { ...previous, extra: 1 }],
    [
      'a field of the picture it does not know',
      { ...previous, picture: { ...picture, note: 'x' } },
    ],
    ['a bad stamp', { ...previous, stamp: 'not-hex!' }],
    [
      'monthly adoption above 100%',
      {
        ...previous,
        picture: {
          ...picture,
          adoption: {
            ...picture.adoption!,
            monthly: { ...picture.adoption!.monthly, rate: 250 },
          },
        },
      },
    ],
    [
      'a suggestion linking outside the playbook hosts',
      {
        ...previous,
        picture: {
          ...picture,
          suggestions: [
            {
              id: 's1',
              title: 'Read this',
              why: 'Because',
              action: { kind: 'playbook', label: 'Open', url: 'https://evil.example/x' },
            },
          ],
        },
      },
    ],
  ])('the strict check refuses %s', (_, value) => {
    expect(checkedCache(value as never)).toBeNull();
  });
});
