import { describe, expect, it } from 'vitest';
import { encodeQueryComponent, filterStrings, serializeQuery } from '@/lib/api/query';

describe('serializeQuery', () => {
  const cases: [string, Parameters<typeof serializeQuery>[0], string][] = [
    ['empty', {}, ''],
    ['keys sorted, undefined and null dropped', { b: '2', a: 1, c: undefined, d: null }, 'a=1&b=2'],
    [
      'arrays in bracket notation, order kept',
      { group_by: ['user_id', 'product'] },
      'group_by%5B%5D=user_id&group_by%5B%5D=product',
    ],
    ['empty array dropped', { products: [] }, ''],
    ['empty string entry kept', { api_key_ids: [''] }, 'api_key_ids%5B%5D='],
    ['booleans', { exclude_deleted_users: false }, 'exclude_deleted_users=false'],
    [
      'reserved characters encoded',
      { page: "a+b/c=d&e f!'()*~-._" },
      'page=a%2Bb%2Fc%3Dd%26e%20f%21%27%28%29%2A~-._',
    ],
    ['non-ASCII as UTF-8', { filter: ['skill_name:café'] }, 'filter%5B%5D=skill_name%3Acaf%C3%A9'],
  ];
  it.each(cases)('%s', (_name, params, expected) => {
    expect(serializeQuery(params)).toBe(expected);
  });

  it('decodes back to the same values with URLSearchParams', () => {
    const query = serializeQuery({ filter: ['rbac_group_id:rbac_group_01ABC', 'user_id:user_1'] });
    expect(new URLSearchParams(query).getAll('filter[]')).toEqual([
      'rbac_group_id:rbac_group_01ABC',
      'user_id:user_1',
    ]);
  });
});

describe('filters', () => {
  it('become dim:value, splitting later on the first colon', () => {
    expect(filterStrings([{ dim: 'skill_name', value: 'a:b' }])).toEqual(['skill_name:a:b']);
    expect(filterStrings(undefined)).toBeUndefined();
  });

  it('encodeQueryComponent leaves only unreserved characters', () => {
    expect(encodeQueryComponent('[]:')).toBe('%5B%5D%3A');
  });
});
