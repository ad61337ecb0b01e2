import { describe, expect, it } from 'vitest';
import { teamPicture } from '@/lib/snapshot/picture';
import { usableAnswer } from '@/lib/snapshot/popup-cache-read';
import { models, orgTarget } from '@/lib/snapshot/test-models';

const picture = teamPicture(models().org, { ...orgTarget, deadline: orgTarget.deadline });
const scopes = [{ id: 'org', name: null, kind: 'org' as const, hiddenBecause: null }];
const stored = { popupScope: 'org', metrics: { privacy: { k: 5, teamGrainOnly: false } } };
const answer = { picture, scopes, orgName: 'Northwind Labs' };
const namedChampions = {
  ...picture,
  champions: {
    ...picture.champions,
    shown: true,
    list: [{ ...picture.champions.list[0], email: 'ada@example.com' }],
  },
};

describe('usableAnswer: the popup first step’s check of the background’s answer', () => {
  it('gives the picture, scopes and org name of an answer for the remembered scope', () => {
    expect(usableAnswer(answer, 'org', stored)).toMatchObject({
      scope: 'org',
      picture,
      scopes,
      orgName: 'Northwind Labs',
    });
    // Champions named where the settings allow it.
    expect(usableAnswer({ ...answer, picture: namedChampions }, 'org', stored)).not.toBeNull();
  });

  it.each<[string, unknown, string, unknown]>([
    ['no picture (nothing synced)', { picture: null, scopes, orgName: null }, 'org', stored],
    ['an error answer', { error: 'No history is stored yet.' }, 'org', stored],
    ['no answer', undefined, 'org', stored],
    ['a scope other than the remembered one', answer, 'g_sales', stored],
    [
      'a picture of another scope than the one read (settings changed meanwhile)',
      answer,
      'g_sales',
      { ...stored, popupScope: 'g_sales' },
    ],
    ['a picture of another shape', { ...answer, picture: { version: 2 } }, 'org', stored],
    ['scopes that are not a list', { ...answer, scopes: 'org' }, 'org', stored],
    [
      'a champion named under team grain only',
      { ...answer, picture: namedChampions },
      'org',
      { ...stored, metrics: { privacy: { k: 5, teamGrainOnly: true } } },
    ],
  ])('gives null for %s', (_, value, scope, settings) => {
    expect(usableAnswer(value, scope, settings)).toBeNull();
  });
});
