// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayIndex, holdsGroup, memberDay, memberDayDetail, summaryRows } from '@/lib/demo';
import { allPages, get, testApi } from './helpers';

const api = testApi();
const org = api.org;
const DAY = '2026-11-18';
const d = dayIndex(DAY);
const active = org.members.filter((m) => memberDayDetail(org, m, d).mask !== 0);
const busy = active.find(
  (m) => m.skills.length >= 3 && memberDay(org, m.index, d)!.chat_metrics.message_count > 5,
)!;

describe('/users', () => {
  it('returns exactly the generator row for a member on a day', async () => {
    const r = await get(api, `/users?date=${DAY}&filter[]=user_id:${busy.id}`);
    expect(r.json).toEqual({ data: [memberDay(org, busy.index, DAY)], next_page: null });
  });

  it('ORs repeated user_id filters and ANDs them with rbac_group_id', async () => {
    const [a, b] = [org.members[10]!, org.members[20]!];
    const both = await get(
      api,
      `/users?date=${DAY}&filter[]=user_id:${a.id}&filter[]=user_id:${b.id}`,
    );
    expect(both.json.data.map((r: any) => r.user.id).sort()).toEqual([a.id, b.id].sort());
    const group = org.groups[a.primaryGroup!]!;
    const anded = await get(
      api,
      `/users?date=${DAY}&filter[]=user_id:${a.id}&filter[]=user_id:${b.id}&filter[]=rbac_group_id:${group.id}`,
    );
    const expected = [a, b].filter((m) => holdsGroup(m, group.index, d)).map((m) => m.id);
    expect(anded.json.data.map((r: any) => r.user.id).sort()).toEqual(expected.sort());
  });

  it('filters by RBAC group (tagged id or bare UUID) to the members holding it that day', async () => {
    const legal = org.groups.find((g) => g.name === 'Legal')!;
    const expected = org.members.filter(
      (m) => m.seatDay <= d && holdsGroup(m, legal.index, d),
    ).length;
    for (const id of [legal.id, legal.uuid]) {
      const r = await get(api, `/users?date=${DAY}&filter[]=rbac_group_id:${id}`);
      expect(r.json.data).toHaveLength(expected);
    }
    expect(expected).toBe(4);
  });

  it('groups by RBAC group: user null, distinct_user_count, id and name; not an exclusive partition', async () => {
    const r = await get(api, `/users?date=${DAY}&group_by[]=rbac_group_id`);
    const rows = r.json.data;
    expect(rows).toHaveLength(org.groups.length);
    for (const row of rows) {
      expect(row.user).toBeNull();
      expect(typeof row.distinct_user_count).toBe('number');
      expect(org.groups.find((g) => g.id === row.rbac_group_id)!.name).toBe(row.rbac_group_name);
    }
    const dau = summaryRows(org, d, d + 1)[0]!.daily_active_user_count;
    const sum = rows.reduce((a: number, x: any) => a + x.distinct_user_count, 0);
    expect(sum).toBeGreaterThan(dau); // cross-cutting groups count members twice
    const legal = rows.find((x: any) => x.rbac_group_name === 'Legal');
    expect(legal.distinct_user_count).toBeLessThanOrEqual(4);
    const eng = rows.find((x: any) => x.rbac_group_name === 'Engineering');
    const engMembers = org.members.filter(
      (m) =>
        holdsGroup(m, org.groups.find((g) => g.name === 'Engineering')!.index, d) && m.seatDay <= d,
    );
    const msgs = engMembers.reduce(
      (a, m) => a + memberDay(org, m.index, d)!.chat_metrics.message_count,
      0,
    );
    expect(eng.chat_metrics.message_count).toBe(msgs);
  });

  it('sums a member over a date range (rollup) and reports the last active day', async () => {
    const from = dayIndex('2026-11-01');
    const to = dayIndex('2026-11-15');
    const r = await get(
      api,
      `/users?starting_date=2026-11-01&ending_date=2026-11-15&filter[]=user_id:${busy.id}`,
    );
    const row = r.json.data[0];
    const days = Array.from({ length: to - from }, (_, k) => memberDay(org, busy.index, from + k)!);
    const sum = (f: (x: any) => number) => days.reduce((a, x) => a + f(x), 0);
    expect(row.chat_metrics.message_count).toBe(sum((x) => x.chat_metrics.message_count));
    expect(row.claude_code_metrics.core_metrics.commit_count).toBe(
      sum((x) => x.claude_code_metrics.core_metrics.commit_count),
    );
    expect(row.web_search_count).toBe(sum((x) => x.web_search_count));
    const lastActive = days
      .map((x, k) => (x.last_activity_date ? from + k : -1))
      .reduce((a, b) => Math.max(a, b));
    expect(row.last_activity_date).toBe(days[lastActive - from]!.last_activity_date);
    // Distinct skills are a union over the window: at least the best day, at most the sum.
    const perDay = days.map((x) => x.chat_metrics.distinct_skills_used_count ?? 0);
    expect(row.chat_metrics.distinct_skills_used_count).toBeGreaterThanOrEqual(Math.max(...perDay));
    expect(row.chat_metrics.distinct_skills_used_count).toBeLessThanOrEqual(
      perDay.reduce((a, b) => a + b, 0),
    );
  });

  it('ranks by a metric with order_by (desc by default) and keeps everyone', async () => {
    const { rows } = await allPages(
      api,
      `/users?date=${DAY}&order_by=chat_metrics.message_count&limit=100`,
    );
    const msgs = rows.map((r) => r.chat_metrics.message_count);
    expect(msgs).toEqual([...msgs].sort((a, b) => b - a));
    expect(rows).toHaveLength(summaryRows(org, d, d + 1)[0]!.assigned_seat_count!);
    const asc = await get(
      api,
      `/users?date=${DAY}&order_by=chat_metrics.message_count&order=asc&limit=1`,
    );
    expect(asc.json.data[0].chat_metrics.message_count).toBe(0);
  });

  it('limits rows to chat inside one project with a project_id filter', async () => {
    const detail = active
      .map((m) => memberDayDetail(org, m, d))
      .find((x) => (x.chat?.projects.length ?? 0) > 0)!;
    const use = detail.chat!.projects[0]!;
    const project = org.projects[use.project]!;
    const r = await get(api, `/users?date=${DAY}&filter[]=project_id:${project.id}`);
    const mine = r.json.data.find((x: any) => x.user.id === org.members[detail.member]!.id);
    expect(mine.chat_metrics.message_count).toBe(use.messages);
    expect(mine.chat_metrics.distinct_projects_used_count).toBe(1);
    expect(mine.claude_code_metrics.core_metrics.distinct_session_count).toBe(0);
    expect(r.json.data.every((x: any) => x.chat_metrics.message_count > 0)).toBe(true);
  });
});

describe('/summaries', () => {
  it('returns one row per day, next_page null, ending_date defaulting to the latest day + 1', async () => {
    const r = await get(api, '/summaries?starting_date=2026-11-10');
    expect(r.json.next_page).toBeNull();
    expect(r.json.data).toHaveLength(15);
    expect(r.json.data.at(-1).starting_at).toBe('2026-11-24T00:00:00Z');
    expect(r.json.data).toEqual(summaryRows(org, dayIndex('2026-11-10'), dayIndex('2026-11-25')));
  });

  it('nulls org-wide fields with an rbac_group_id filter and ORs repeated groups', async () => {
    const [a, b] = org.groups;
    const one = await get(
      api,
      `/summaries?starting_date=${DAY}&ending_date=2026-11-19&filter[]=rbac_group_id:${a!.id}`,
    );
    const two = await get(
      api,
      `/summaries?starting_date=${DAY}&ending_date=2026-11-19&filter[]=rbac_group_id:${a!.id}&filter[]=rbac_group_id:${b!.id}`,
    );
    expect(one.json.data[0].assigned_seat_count).toBeNull();
    expect(one.json.data[0].daily_adoption_rate).toBeNull();
    expect(two.json.data[0].daily_active_user_count).toBeGreaterThan(
      one.json.data[0].daily_active_user_count,
    );
  });

  it('agrees with /users: DAU = rows with activity, seats = rows', async () => {
    const { rows } = await allPages(api, `/users?date=${DAY}&limit=1000`);
    const s = (await get(api, `/summaries?starting_date=${DAY}&ending_date=2026-11-19`)).json
      .data[0];
    const activeRows = rows.filter(
      (r) =>
        r.chat_metrics.message_count > 0 ||
        r.claude_code_metrics.core_metrics.distinct_session_count > 0 ||
        r.cowork_metrics.distinct_session_count > 0,
    );
    expect([s.assigned_seat_count, s.daily_active_user_count]).toEqual([
      rows.length,
      activeRows.length,
    ]);
  });
});
