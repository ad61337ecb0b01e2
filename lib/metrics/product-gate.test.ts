/**
 * Per-product counts through the gate (issue 11 item 1, "products"): a
 * count of 1 … k−1 product users is withheld, and no scope's product count
 * is published that would let org − published groups give a smaller one.
 */
import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { fewerThanK, productPlan, publishableCount } from '@/lib/metrics/product-gate';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';

describe('publishableCount (k = 5)', () => {
  it.each([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [40, 40],
    [null, null],
  ])('%s people → %s', (n, expected) => {
    expect(publishableCount(5, n)).toBe(expected);
  });

  it('says what is withheld in words', () => {
    expect(fewerThanK(5)).toBe('fewer than 5');
  });
});

describe('productPlan: which scopes’ product counts are withheld (k = 5)', () => {
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  it.each([
    [
      'A has 18 of 20 users, B 2: B below k, and A too (org − A = B’s 2)',
      range(0, 20),
      [
        { id: 'A', members: range(0, 18) },
        { id: 'B', members: range(18, 10) },
      ],
      ['A', 'B'],
    ],
    [
      'A 10 users, B 10 users: both published',
      range(0, 20),
      [
        { id: 'A', members: range(0, 10) },
        { id: 'B', members: range(10, 10) },
      ],
      [],
    ],
    [
      'A 10, B 7, C 3 (a group published for its members, with 3 users): C hidden, then B',
      range(0, 20),
      [
        { id: 'A', members: range(0, 10) },
        { id: 'B', members: range(10, 7) },
        { id: 'C', members: [...range(17, 3), 40, 41, 42, 43] },
      ],
      ['B', 'C'],
    ],
    [
      'only 3 users in the org: every count withheld, the org’s too',
      [1, 2, 3],
      [{ id: 'A', members: range(0, 10) }],
      ['A', 'org'],
    ],
    ['nobody uses it: every count is 0, published', [], [{ id: 'A', members: range(0, 10) }], []],
  ])('%s', (_, users, scopes, hidden) => {
    expect([...productPlan(users, scopes, 5)].sort()).toEqual(hidden);
  });
});

describe('the models publish per-product counts through the gate (k = 5)', () => {
  const days = dayRange('2026-10-26', '2026-11-24');
  const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);
  // Sales 8 (2 use Claude Code), Engineering 12 (all use it); everyone chats every day.
  const all = buildAllScopes(
    makeHistory({
      first: days[0]!,
      last: days.at(-1)!,
      members: [
        ...ids('s', 8).map((id, i) => ({
          id,
          active: on(days, i < 2 ? { chatMessages: 1, codeSessions: 1 } : { chatMessages: 1 }),
        })),
        ...ids('e', 12).map((id) => ({
          id,
          active: on(days, { chatMessages: 1, codeSessions: 1 }),
        })),
      ],
      groups: [
        { id: 'sales', members: ids('s', 8) },
        { id: 'eng', members: ids('e', 12) },
      ],
    }),
    parseMetricsSettings({}),
    { today: '2026-11-25', timeZone: 'UTC' },
  );
  const code = (scope: string) =>
    (scope === 'org' ? all.org : all.groups.find((g) => g.scope.id === scope)!).adoption!.products
      .claude_code;

  it('withholds Sales’ 2 Claude Code users, and Engineering’s 12 (org 14 − 12 = 2)', () => {
    expect(all.gate.products.claude_code).toEqual(['eng', 'sales']);
    expect(code('sales').monthly).toMatchObject({ actives: null, rate: null, withheld: true });
    expect(code('eng').monthly).toMatchObject({ actives: null, rate: null });
    expect(code('eng').weekly.actives).toBeNull();
    expect(code('org').monthly.actives).toBe(14);
  });

  it('keeps the groups’ own figures and the products nobody is small in', () => {
    expect(all.gate.groups.every((g) => g.published)).toBe(true);
    expect(code('sales').daily.trend.weekOverWeek.actives).toBeNull();
    const chat = all.groups.find((g) => g.scope.id === 'sales')!.adoption!.products.chat;
    expect(chat.monthly.actives).toBe(8);
  });

  it('keeps per-product trends for the org only (earlier days are not planned per group)', () => {
    const chat = (scope: string) =>
      (scope === 'org' ? all.org : all.groups.find((g) => g.scope.id === scope)!).adoption!.products
        .chat.weekly.trend.weekOverWeek;
    expect(chat('org')).toMatchObject({ actives: 20, activesChange: 0 });
    expect(chat('sales')).toMatchObject({ actives: null, rate: null, activesChange: null });
  });
});
