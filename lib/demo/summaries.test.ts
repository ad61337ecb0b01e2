// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayIndex } from './dates';
import { holdsGroup } from './bitsets';
import { memberDay } from './member-day';
import { createDemoOrg } from './org';
import { adoptionRate, summaryRows } from './summaries';
import type { UserActivityRow } from './types';

const org = createDemoOrg({ members: 500, seed: 3 });

/** Product activity of a /users row, by the definitions of §5.2. */
const uses = {
  any: (r: UserActivityRow) =>
    r.chat_metrics.message_count > 0 ||
    (r.claude_code_metrics.core_metrics.distinct_session_count ?? 0) > 0 ||
    (r.cowork_metrics.distinct_session_count ?? 0) > 0,
  chat: (r: UserActivityRow) => r.chat_metrics.message_count > 0,
  claude_code: (r: UserActivityRow) =>
    (r.claude_code_metrics.core_metrics.distinct_session_count ?? 0) > 0,
  cowork: (r: UserActivityRow) => (r.cowork_metrics.distinct_session_count ?? 0) > 0,
  office_agent: (r: UserActivityRow) =>
    Object.values(r.office_metrics).some((o) => (o.distinct_session_count ?? 0) > 0),
  claude_design: (r: UserActivityRow) => (r.design_metrics.distinct_session_count ?? 0) > 0,
};

const rowCache = new Map<number, (UserActivityRow | null)[]>();
/** Every member's /users row on day d (null = no seat), memoised. */
function rowsOn(d: number): (UserActivityRow | null)[] {
  let rows = rowCache.get(d);
  if (!rows) {
    rows = org.members.map((m) => memberDay(org, m.index, d));
    rowCache.set(d, rows);
  }
  return rows;
}

/** Distinct members active (by `test`) on some day of [d - span + 1, d], counted from /users rows. */
function activeFromUsers(
  d: number,
  span: number,
  test: (r: UserActivityRow) => boolean,
  group?: number,
): number {
  const seen = new Set<number>();
  for (let e = Math.max(0, d - span + 1); e <= d; e++) {
    rowsOn(e).forEach((row, i) => {
      if (group !== undefined && !holdsGroup(org.members[i]!, group, e)) return;
      if (row && test(row)) seen.add(i);
    });
  }
  return seen.size;
}

describe('summaries agree with /users rows', () => {
  const days = ['2026-02-10', '2026-07-04', '2026-09-16', '2026-11-22', '2026-11-24'];
  const rows = summaryRows(org, 0, dayIndex('2026-11-24') + 1);

  it.each(days)('on %s: DAU, WAU, MAU, per-product actives, seats and rates', (day) => {
    const d = dayIndex(day);
    const s = rows[d]!;
    const seats = rowsOn(d).filter((r) => r !== null).length;
    expect(s.starting_at).toBe(`${day}T00:00:00Z`);
    expect(s.assigned_seat_count).toBe(seats);
    expect(s.daily_active_user_count).toBe(activeFromUsers(d, 1, uses.any));
    expect(s.weekly_active_user_count).toBe(activeFromUsers(d, 7, uses.any));
    expect(s.monthly_active_user_count).toBe(activeFromUsers(d, 30, uses.any));
    for (const p of ['chat', 'claude_code', 'cowork', 'office_agent', 'claude_design'] as const) {
      const rec = s as unknown as Record<string, number>;
      expect([p, rec[`${p}_daily_active_user_count`]]).toEqual([p, activeFromUsers(d, 1, uses[p])]);
      expect([p, rec[`${p}_weekly_active_user_count`]]).toEqual([
        p,
        activeFromUsers(d, 7, uses[p]),
      ]);
    }
    expect(s.daily_adoption_rate).toBe(adoptionRate(s.daily_active_user_count, seats));
    expect(s.monthly_adoption_rate).toBe(
      Math.round((s.monthly_active_user_count / seats) * 10000) / 100,
    );
  });

  it('scopes to an RBAC group: counts from group members only, org-wide fields null', () => {
    const g = org.groups.find((x) => x.name === 'Engineering')!.index;
    const d = dayIndex('2026-11-18');
    const [s] = summaryRows(org, d, d + 1, [g]);
    expect(s!.daily_active_user_count).toBe(activeFromUsers(d, 1, uses.any, g));
    expect(s!.weekly_active_user_count).toBe(activeFromUsers(d, 7, uses.any, g));
    expect(s!.monthly_active_user_count).toBe(activeFromUsers(d, 30, uses.any, g));
    expect(s!.daily_active_user_count).toBeLessThan(rows[d]!.daily_active_user_count);
    expect([
      s!.assigned_seat_count,
      s!.pending_invite_count,
      s!.daily_adoption_rate,
      s!.weekly_adoption_rate,
      s!.monthly_adoption_rate,
      s!.science_entitled_user_count,
    ]).toEqual([null, null, null, null, null, null]);
  });

  it('undercounts rolling windows near the 2026-01-01 floor (window cut at day 0)', () => {
    const d = dayIndex('2026-01-10');
    expect(rows[d]!.monthly_active_user_count).toBe(activeFromUsers(d, 10, uses.any));
  });
});

describe('adoptionRate', () => {
  it.each([
    [412, 900, 45.78],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [0, 10, 0],
    [5, 0, null],
  ])('%i of %i seats → %s', (active, seats, rate) => {
    expect(adoptionRate(active, seats)).toBe(rate);
  });
});
