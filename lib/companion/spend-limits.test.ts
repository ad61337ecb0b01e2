import { describe, expect, it } from 'vitest';
import {
  effectiveLimit,
  limitStatusText,
  limitUse,
  noLimits,
  spendLimitsSchema,
  type SpendLimits,
} from './spend-limits';

const limits: SpendLimits = {
  orgMonthlyCap: 10_000,
  orgPerUser: 100,
  groups: { eng: 300, sales: 150, data: 300 },
  individuals: { 'ana@x.example': 500 },
};

describe('effectiveLimit: individual over group over org', () => {
  it.each([
    [
      'individual wins over groups and org',
      limits,
      'ana@x.example',
      ['eng'],
      { amount: 500, level: 'individual', groupId: null },
    ],
    [
      'email matched case-insensitively',
      limits,
      'Ana@X.example',
      [],
      { amount: 500, level: 'individual' },
    ],
    [
      'group over org',
      limits,
      'bo@x.example',
      ['eng'],
      { amount: 300, level: 'group', groupId: 'eng' },
    ],
    [
      'lowest of several limited groups',
      limits,
      'bo@x.example',
      ['eng', 'sales'],
      { amount: 150, level: 'group', groupId: 'sales' },
    ],
    [
      'equal group limits: first id',
      limits,
      'bo@x.example',
      ['eng', 'data'],
      { amount: 300, groupId: 'data' },
    ],
    [
      'a group without a limit falls through to org',
      limits,
      'bo@x.example',
      ['legal'],
      { amount: 100, level: 'org' },
    ],
    ['no email: group', limits, null, ['sales'], { amount: 150, level: 'group' }],
    [
      'an individual limit of 0 still applies',
      { ...limits, individuals: { 'z@x.example': 0 } },
      'z@x.example',
      ['eng'],
      { amount: 0, level: 'individual' },
    ],
    [
      'nothing set',
      noLimits,
      'bo@x.example',
      ['eng'],
      { amount: null, level: 'none', groupId: null },
    ],
  ] as const)('%s', (_n, l, email, groups, expected) => {
    expect(effectiveLimit(l, email, groups)).toMatchObject(expected);
  });
});

describe('limitUse: 75% and 90% warnings', () => {
  it.each([
    [0, 100, 'ok', 0],
    [74.99, 100, 'ok', 0.7499],
    [75, 100, 'approaching', 0.75],
    [89.9, 100, 'approaching', 0.899],
    [90, 100, 'near', 0.9],
    [100, 100, 'reached', 1],
    [250, 100, 'reached', 2.5],
    [50, null, 'no-limit', null],
    [50, 0, 'no-limit', null],
  ] as const)('$%s of %s → %s', (spend, limit, status, used) => {
    const u = limitUse(spend, limit);
    expect(u.status).toBe(status);
    if (used === null) expect(u.used).toBeNull();
    else expect(u.used).toBeCloseTo(used, 9);
  });

  it.each([
    [80, 100, '75% warning: 80% of the limit used'],
    [93, 100, '90% warning: 93% of the limit used'],
    [120, 100, 'Limit reached: 120% of the limit used'],
    [10, 100, '10% of the limit used'],
    [10, null, 'No limit set'],
  ] as const)('words for $%s of %s', (spend, limit, text) => {
    expect(limitStatusText(limitUse(spend, limit))).toBe(text);
  });
});

describe('spendLimitsSchema', () => {
  it('keeps good fields and drops bad ones', () => {
    expect(
      spendLimitsSchema.parse({
        orgMonthlyCap: -5,
        orgPerUser: 40,
        groups: { a: 'x' },
        individuals: { b: 3 },
      }),
    ).toEqual({
      orgMonthlyCap: null,
      orgPerUser: 40,
      groups: {},
      individuals: { b: 3 },
    });
  });
});
