/**
 * Per-product targets through the gate (issue 11 item 1, "products"): a
 * target's current value, people needed, progress and forecast read a
 * product count, so they are withheld where the gate withholds that count.
 */
import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';

const days = dayRange('2026-10-26', '2026-11-24');
const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);

// k = 5. Sales 8 (2 use Claude Code), Engineering 12 (all use it); everyone chats every day.
// The org has 14 Claude Code users: Sales' 2 are withheld, and Engineering's 12 with them
// (org 14 − Engineering 12 = Sales' 2).
const target = (id: string, scope: string, product: 'claude_code' | 'chat' | null) => ({
  id,
  metric: 'monthly_adoption',
  product,
  scope,
  value: 60,
  deadline: '2027-06-30',
});
const all = buildAllScopes(
  makeHistory({
    first: days[0]!,
    last: days.at(-1)!,
    members: [
      ...ids('s', 8).map((id, i) => ({
        id,
        active: on(days, i < 2 ? { chatMessages: 1, codeSessions: 1 } : { chatMessages: 1 }),
      })),
      ...ids('e', 12).map((id) => ({ id, active: on(days, { chatMessages: 1, codeSessions: 1 }) })),
    ],
    groups: [
      { id: 'sales', members: ids('s', 8) },
      { id: 'eng', members: ids('e', 12) },
    ],
  }),
  parseMetricsSettings({
    targets: [
      target('org-code', 'org', 'claude_code'),
      target('sales-code', 'sales', 'claude_code'),
      target('eng-code', 'eng', 'claude_code'),
      target('sales-chat', 'sales', 'chat'),
      target('sales-all', 'sales', null),
    ],
  }),
  { today: '2026-11-25', timeZone: 'UTC' },
);
const targetOf = (scope: string, id: string) =>
  (scope === 'org' ? all.org : all.groups.find((g) => g.scope.id === scope)!).targets.find(
    (t) => t.id === id,
  )!;

describe('per-product targets through the gate (k = 5)', () => {
  it.each([
    // [case, scope, target, current actives shown, people needed, forecast status]
    [
      'the org’s 14 Claude Code users: shown, with its forecast',
      'org',
      'org-code',
      14,
      0,
      'reached',
    ],
    [
      'Sales’ 2 Claude Code users (below 5): withheld',
      'sales',
      'sales-code',
      null,
      null,
      'withheld',
    ],
    [
      'Engineering’s 12 (org − Eng = Sales’ 2): withheld',
      'eng',
      'eng-code',
      null,
      null,
      'withheld',
    ],
    [
      'Sales’ 8 chat users: shown; a group’s product forecast is withheld',
      'sales',
      'sales-chat',
      8,
      0,
      'withheld',
    ],
    ['Sales’ target for all products: unchanged', 'sales', 'sales-all', 8, 0, 'reached'],
  ] as const)('%s', (_, scope, id, actives, gap, forecast) => {
    const t = targetOf(scope, id);
    expect(t.currentActives).toBe(actives);
    expect(t.gapPeople).toBe(gap);
    expect(t.forecast.status).toBe(forecast);
    if (actives === null) {
      // Nothing left that gives the count back: rate × seats, goal − needed, progress × goal.
      expect([t.current, t.progress, t.withheld]).toEqual([null, null, true]);
      // The goal (60% of the seats) is not a count of users: it stays.
      expect(t.goal).toBe(60);
    }
  });

  it('the gate agrees: Sales and Engineering are the scopes withheld for Claude Code', () => {
    expect(all.gate.products.claude_code).toEqual(['eng', 'sales']);
  });
});
