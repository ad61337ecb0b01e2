// @vitest-environment node
// The demo's calendar: the API's latest day by the clock, and an organisation that keeps living
// (invitations, projects, holidays) on any later date, whatever day it was created on.
import { describe, expect, it } from 'vitest';
import { isHoliday } from './activity';
import { latestDayAt, STRUCTURE_DAY } from './calendar';
import { dayIndex, dayString } from './dates';
import { createDemoOrg } from './org';
import { summaryRows } from './summaries';

describe('latestDayAt: a day is published at 13:30 UTC the next day', () => {
  it.each([
    ['2026-12-04T00:00:00Z', '2026-12-02'],
    ['2026-12-04T13:29:59Z', '2026-12-02'],
    ['2026-12-04T13:30:00Z', '2026-12-03'],
    ['2026-12-04T23:59:59Z', '2026-12-03'],
    ['2027-01-01T10:00:00Z', '2026-12-30'],
    ['2027-01-01T14:00:00Z', '2026-12-31'],
    ['2028-03-01T14:00:00Z', '2028-02-29'],
    ['2028-03-01T09:00:00Z', '2028-02-28'],
  ])('at %s the latest available day is %s', (instant, day) => {
    expect(dayString(latestDayAt(Date.parse(instant)))).toBe(day);
  });
});

describe('public holidays recur every year by rule', () => {
  it.each([
    ['2026-01-19', true], // third Monday of January
    ['2026-05-25', true], // last Monday of May
    ['2026-07-03', true], // 4 July on a Saturday: observed Friday
    ['2026-09-07', true], // first Monday of September
    ['2027-01-18', true],
    ['2027-05-31', true],
    ['2027-07-05', true], // 4 July on a Sunday: observed Monday
    ['2027-09-06', true],
    ['2028-07-04', true], // a Tuesday
    ['2028-05-29', true],
    ['2027-07-06', false],
    ['2028-01-01', false],
  ])('%s is a holiday: %s', (day, holiday) => {
    expect(isHoliday(dayIndex(day))).toBe(holiday);
  });
});

describe('the organisation does not depend on its latest day', () => {
  // The same organisation pinned to three latest days, months apart.
  const orgs = ['2026-11-24', '2027-03-10', '2028-08-31'].map((latestAvailableDay) =>
    createDemoOrg({ members: 300, seed: 7, latestAvailableDay }),
  );
  const shape = (o: (typeof orgs)[number]) =>
    JSON.stringify({
      members: o.members,
      groups: o.groups,
      projects: o.projects,
      invitees: o.pendingInvitees,
    });

  it('has the same members, dormancy, transfers, projects and invitations', () => {
    expect(shape(orgs[1]!)).toBe(shape(orgs[0]!));
    expect(shape(orgs[2]!)).toBe(shape(orgs[0]!));
  });

  it('gives the same /summaries rows for a day before all three latest days', () => {
    const d = dayIndex('2026-11-20');
    const rows = orgs.map((o) => JSON.stringify(summaryRows(o, d - 30, d + 1)));
    expect(rows[1]).toBe(rows[0]);
    expect(rows[2]).toBe(rows[0]);
  });
});

describe('a living organisation in 2027 and 2028', () => {
  const org = createDemoOrg({ members: 500, seed: 3 });
  const end = dayIndex('2028-12-31');
  const rows = summaryRows(org, 0, end + 1);

  it('has pending invitations on every day from December 2026 to December 2028', () => {
    const empty: string[] = [];
    for (let d = dayIndex('2026-12-01'); d <= end; d++)
      if (!(rows[d]!.pending_invite_count! > 0)) empty.push(dayString(d));
    expect(empty).toEqual([]);
  });

  it('creates new chat projects every month, each created by an active member', () => {
    const months = new Set(
      org.projects
        .filter((p) => p.createdDay > STRUCTURE_DAY)
        .map((p) => dayString(p.createdDay).slice(0, 7)),
    );
    for (const month of ['2027-01', '2027-06', '2027-12', '2028-02', '2028-11'])
      expect(months.has(month)).toBe(true);
    for (const p of org.projects.filter(
      (x) => x.creator !== null && x.createdDay > STRUCTURE_DAY,
    )) {
      const m = org.members[p.creator!]!;
      expect(m.projects).toContain(p.index);
      expect(m.firstActiveDay!).toBeLessThanOrEqual(p.createdDay);
      expect(m.lastActiveDay === null || m.lastActiveDay >= p.createdDay).toBe(true);
    }
  });

  it('keeps its seats, and its monthly actives within 15% of November 2026', () => {
    const nov = rows[dayIndex('2026-11-24')]!.monthly_active_user_count;
    for (const day of ['2027-06-15', '2028-02-29', '2028-12-31']) {
      const r = rows[dayIndex(day)]!;
      expect(r.assigned_seat_count).toBe(500);
      expect(Math.abs(r.monthly_active_user_count / nov - 1)).toBeLessThan(0.15);
    }
  });

  it('has members going dormant after the first year, as well as during it', () => {
    const later = org.members.filter(
      (m) => m.lastActiveDay !== null && m.lastActiveDay > STRUCTURE_DAY && m.lastActiveDay < end,
    );
    expect(later.length).toBeGreaterThan(5);
    expect(later.length).toBeLessThan(60);
  });
});
