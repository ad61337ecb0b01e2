// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activityMask } from './activity';
import { STRUCTURE_DAY } from './calendar';
import { dayIndex, isWeekend } from './dates';
import { createDemoOrg } from './org';
import { memberDay } from './member-day';
import { summaryRows } from './summaries';
import { holdsGroup } from './bitsets';
import { CORE_PRODUCTS, PRODUCT } from './org-types';

const org = createDemoOrg();
/** The day these figures are read on (the organisation itself does not depend on it). */
const latest = dayIndex('2026-11-24');

function groupSize(name: string, d = latest): number {
  const g = org.groups.find((x) => x.name === name)!;
  return org.members.filter((m) => m.seatDay <= d && holdsGroup(m, g.index, d)).length;
}

describe('createDemoOrg: structure', () => {
  it('has the default size, name and domain, and no pinned latest day (it follows the clock)', () => {
    expect(org.members).toHaveLength(2000);
    expect(org.groups).toHaveLength(12);
    expect(org.name).toBe('Northwind Labs');
    expect(org.options.latestAvailableDay).toBeNull();
    expect(org.latestDay).toBeNull();
    expect(org.members[0]!.email).toMatch(/^[a-z-]+\.[a-z-]+\d*@northwind\.example$/);
  });

  it('is deterministic for the same options and differs for another seed', () => {
    const a = createDemoOrg({ seed: 7, members: 300 });
    const b = createDemoOrg({ seed: 7, members: 300 });
    const c = createDemoOrg({ seed: 8, members: 300 });
    expect(b.members.map((m) => m.email)).toEqual(a.members.map((m) => m.email));
    expect(b.groups.map((g) => g.id)).toEqual(a.groups.map((g) => g.id));
    for (const [i, day] of [
      [0, '2026-11-20'],
      [17, '2026-06-02'],
      [299, '2026-10-14'],
    ] as const) {
      expect(JSON.stringify(memberDay(b, i, day))).toBe(JSON.stringify(memberDay(a, i, day)));
    }
    expect(c.members.map((m) => m.email)).not.toEqual(a.members.map((m) => m.email));
  });

  it('gives unique, well-formed ids and emails', () => {
    expect(new Set(org.members.map((m) => m.id)).size).toBe(2000);
    expect(new Set(org.members.map((m) => m.email)).size).toBe(2000);
    expect(org.members.every((m) => /^user_[0-9A-HJKMNP-TV-Z]{26}$/.test(m.id))).toBe(true);
    expect(org.groups.every((g) => /^rbac_group_[0-9A-HJKMNP-TV-Z]{26}$/.test(g.id))).toBe(true);
    expect(org.projects.every((p) => /^claude_proj_[0-9A-HJKMNP-TV-Z]{26}$/.test(p.id))).toBe(true);
  });

  // Legal is fixed at 4; the other 1996 members split by share (Engineering .28, Sales .17 of .97).
  it.each([
    ['engineering', 576],
    ['sales', 350],
    ['legal', 4],
  ])('department %s has %i members', (dept, size) => {
    expect(org.members.filter((m) => m.department === dept)).toHaveLength(size);
  });

  it('maps each department to its group (transfers move a few members)', () => {
    expect(groupSize('Legal')).toBe(4);
    expect(Math.abs(groupSize('Sales') - 350)).toBeLessThanOrEqual(5);
  });

  it('has a group under the privacy floor of 5 and cross-cutting groups that overlap departments', () => {
    expect(org.groups.some((g) => groupSize(g.name) < 5)).toBe(true);
    const managers = org.groups.find((g) => g.name === 'People Managers')!;
    const both = org.members.filter(
      (m) => m.crossGroups.includes(managers.index) && m.primaryGroup !== null,
    );
    expect(both.length).toBeGreaterThan(100);
    expect(org.groups.find((g) => g.name === 'Claude Pilot Cohort')).toBeDefined();
  });

  it('splits departments into sub-teams when 20 groups are asked for', () => {
    const o = createDemoOrg({ members: 300, groups: 20 });
    expect(o.groups).toHaveLength(20);
    expect(o.groups.map((g) => g.name)).toEqual(
      expect.arrayContaining([
        'Engineering – Platform',
        'Sales – EMEA',
        'Legal',
        'People Managers',
      ]),
    );
    expect(o.groups.some((g) => g.name === 'Engineering')).toBe(false);
  });

  it('records a few group transfers; the member holds both groups on the transfer day', () => {
    const moved = org.members.filter((m) => m.transfer !== null);
    expect(moved.length).toBeGreaterThan(5);
    expect(moved.length).toBeLessThan(60);
    const m = moved[0]!;
    const { day, from, to } = m.transfer!;
    expect([holdsGroup(m, from, day - 1), holdsGroup(m, to, day - 1)]).toEqual([true, false]);
    expect([holdsGroup(m, from, day), holdsGroup(m, to, day)]).toEqual([true, true]);
    expect([holdsGroup(m, from, day + 1), holdsGroup(m, to, day + 1)]).toEqual([false, true]);
  });
});

describe('createDemoOrg: behaviour', () => {
  const weekdays = Array.from({ length: 60 }, (_, k) => latest - k).filter((d) => !isWeekend(d));
  const activeShare = (i: number): number =>
    weekdays.filter((d) => activityMask(org, org.members[i]!, d) !== 0).length / weekdays.length;

  it('has 5–15 champions who are active nearly every weekday with many products, skills and connectors', () => {
    expect(org.champions.length).toBeGreaterThanOrEqual(5);
    expect(org.champions.length).toBeLessThanOrEqual(15);
    for (const i of org.champions) {
      const m = org.members[i]!;
      expect(activeShare(i)).toBeGreaterThan(0.85);
      let products = 0;
      for (const d of weekdays) products |= activityMask(org, m, d);
      expect(products & CORE_PRODUCTS).toBe(
        PRODUCT.chat | PRODUCT.cowork | (m.products & PRODUCT.code),
      );
      expect(m.skills.length).toBeGreaterThanOrEqual(8);
      expect(m.connectors.length).toBeGreaterThanOrEqual(6);
      expect(m.projects.length).toBeGreaterThanOrEqual(8);
    }
    const everyone = org.members
      .filter((m) => m.seatDay < latest - 60)
      .map((m) => activeShare(m.index))
      .sort((a, b) => a - b);
    expect(everyone[everyone.length >> 1]!).toBeLessThan(0.4);
  });

  it('has seats that were never used: all-zero rows every day', () => {
    const never = org.members.filter((m) => m.firstActiveDay === null);
    expect(never.length).toBeGreaterThan(40);
    const m = never[0]!;
    const row = memberDay(org, m.index, latest)!;
    expect(row.chat_metrics.message_count).toBe(0);
    expect(row.last_activity_date).toBeNull();
    for (let d = m.seatDay; d <= latest; d += 7) expect(activityMask(org, m, d)).toBe(0);
  });

  it('has dormant members, inactive for more than 30 days before the latest day', () => {
    const dormant = org.members.filter((m) => m.lastActiveDay !== null && m.lastActiveDay < latest);
    expect(dormant.length).toBeGreaterThan(50);
    for (const m of dormant.slice(0, 20)) {
      expect(m.lastActiveDay!).toBeLessThan(latest - 30);
      for (let d = m.lastActiveDay! + 1; d <= latest; d++) expect(activityMask(org, m, d)).toBe(0);
    }
  });

  it('grows seats from a January pilot to everyone by late November', () => {
    const rows = summaryRows(org, 0, latest + 1);
    const seats = (day: string) => rows[dayIndex(day)]!.assigned_seat_count;
    expect(seats('2026-01-02')).toBe(0);
    expect(seats('2026-01-31')).toBeGreaterThan(50);
    expect(seats('2026-01-31')).toBeLessThan(300);
    expect(seats('2026-06-01')).toBeGreaterThan(800);
    expect(seats('2026-11-24')).toBe(2000);
    expect(rows.filter((r) => (r.pending_invite_count ?? 0) > 0).length).toBeGreaterThan(250);
  });

  it('keeps pending invitees out of /users (they are not members)', () => {
    // 1.5% of the roster during the first year, then 3 a month from December 2026.
    expect(org.pendingInvitees.filter((p) => p.inviteDay <= STRUCTURE_DAY)).toHaveLength(30);
    expect(
      org.pendingInvitees.filter(
        (p) => p.inviteDay >= dayIndex('2027-01-01') && p.inviteDay <= dayIndex('2027-12-31'),
      ),
    ).toHaveLength(36);
    const emails = new Set(org.members.map((m) => m.email));
    expect(org.pendingInvitees.some((p) => emails.has(p.email))).toBe(false);
  });

  it('has a weekday/weekend rhythm: weekend DAU is 8–25% of weekday DAU', () => {
    const rows = summaryRows(org, dayIndex('2026-09-01'), latest + 1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const from = dayIndex('2026-09-01');
    const dau = (weekend: boolean) =>
      mean(
        rows
          .filter((_, k) => isWeekend(from + k) === weekend)
          .map((r) => r.daily_active_user_count),
      );
    const ratio = dau(true) / dau(false);
    expect(ratio).toBeGreaterThan(0.08);
    expect(ratio).toBeLessThan(0.25);
  });

  it('has no /users row before the seat is assigned', () => {
    const m = org.members.find((x) => x.seatDay > 100)!;
    expect(memberDay(org, m.index, m.seatDay - 1)).toBeNull();
    expect(memberDay(org, m.index, m.seatDay)).not.toBeNull();
  });

  it('makes Engineering the heaviest Claude Code department and Sales the lowest adopter', () => {
    const rows = (dept: string) =>
      org.members.filter((m) => m.department === dept && m.seatDay < latest - 30);
    const share = (dept: string, bit: number) => {
      const ms = rows(dept);
      const active = ms.filter((m) =>
        [0, 1, 2, 3, 4].some((k) => activityMask(org, m, latest - k) & bit),
      );
      return active.length / ms.length;
    };
    expect(share('engineering', PRODUCT.code)).toBeGreaterThan(0.3);
    expect(share('sales', PRODUCT.code)).toBe(0);
    expect(share('sales', CORE_PRODUCTS)).toBeLessThan(share('engineering', CORE_PRODUCTS) / 2);
  });
});
