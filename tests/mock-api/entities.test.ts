// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayIndex, memberDay, memberDayDetail } from '@/lib/demo';
import { allPages, get, testApi } from './helpers';

const api = testApi();
const org = api.org;
const DAY = '2026-11-18';
const d = dayIndex(DAY);
const active = org.members.filter((m) => memberDayDetail(org, m, d).mask !== 0);

describe('entity endpoints agree with member-day activity', () => {
  const details = active.map((m) => memberDayDetail(org, m, d));

  it('/skills: distinct users and invocations per skill; name filters are case-insensitive', async () => {
    const users = new Set(
      details.filter((x) => x.skills.some((u) => u.skill === 0)).map((x) => x.member),
    );
    const invocations = details
      .flatMap((x) => x.skills.filter((u) => u.skill === 0))
      .reduce((a, u) => a + u.invocations, 0);
    const r = await get(api, `/skills?date=${DAY}&filter[]=skill_name:XLSX`);
    expect(r.json.data).toHaveLength(1);
    expect(r.json.data[0]).toMatchObject({
      skill_name: 'xlsx',
      distinct_user_count: users.size,
      invocation_count: invocations,
      currency: 'USD',
    });
    expect(typeof r.json.data[0].enable_count).toBe('number');
  });

  it('/skills grouped by product: product key, list price null on chat rows, enable_count null', async () => {
    const r = await get(api, `/skills?date=${DAY}&group_by[]=product`);
    const chat = r.json.data.filter((x: any) => x.product === 'chat');
    expect(chat.length).toBeGreaterThan(0);
    expect(chat.every((x: any) => x.attributed_list_price === null)).toBe(true);
    expect(r.json.data.every((x: any) => x.enable_count === null)).toBe(true);
    expect(new Set(r.json.data.map((x: any) => x.product))).toEqual(
      new Set(['chat', 'claude_code', 'cowork', 'office_agent']),
    );
  });

  it('/connectors: "GitHub MCP" matches github; call split null before 2026-05-29', async () => {
    const r = await get(api, `/connectors?date=${DAY}&filter[]=connector_name:GitHub%20MCP`);
    expect(r.json.data.map((x: any) => x.connector_name)).toEqual(['github']);
    const users = new Set(
      details.filter((x) => x.connectors.some((u) => u.connector === 3)).map((x) => x.member),
    );
    expect(r.json.data[0].distinct_user_count).toBe(users.size);
    const early = await get(api, '/connectors?date=2026-05-12');
    expect(
      early.json.data.every(
        (x: any) => x.read_call_count === null && x.managed_auth_distinct_user_count === null,
      ),
    ).toBe(true);
    const atl = (await get(api, `/connectors?date=${DAY}&filter[]=connector_name:atlassian`)).json
      .data[0];
    expect(
      atl.managed_auth_distinct_user_count + atl.individual_auth_distinct_user_count,
    ).toBeGreaterThanOrEqual(atl.distinct_user_count);
    expect(
      atl.read_call_count + atl.write_call_count + atl.unclassified_call_count,
    ).toBeGreaterThan(0);
  });

  it('/plugins: sorted by name with the third-party bucket (plugin_id null)', async () => {
    const r = await get(api, '/plugins?starting_date=2026-10-01&ending_date=2026-11-01');
    const names = r.json.data.map((x: any) => x.plugin_name);
    expect(names).toEqual([...names].sort());
    expect(r.json.data.find((x: any) => x.plugin_name === 'third-party').plugin_id).toBeNull();
  });

  it('/artifacts: the cube sums to the artifacts of every /users row that day', async () => {
    const r = await get(api, `/artifacts?date=${DAY}`);
    expect(r.json.next_page).toBeNull();
    const total = r.json.data.reduce((a: number, x: any) => a + x.artifacts_created_count, 0);
    const fromUsers = active.reduce((a, m) => {
      const row = memberDay(org, m.index, d)!;
      return (
        a +
        row.chat_metrics.distinct_artifacts_created_count +
        row.claude_code_metrics.core_metrics.artifacts_created_count +
        row.cowork_metrics.artifacts_created_count
      );
    }, 0);
    expect(total).toBe(fromUsers);
    expect(
      r.json.data.every(
        (x: any) => x.published_artifacts_created_count <= x.artifacts_created_count,
      ),
    ).toBe(true);
  });

  it('/apps/chat/projects: message counts add up to the project chat of /users', async () => {
    const { rows } = await allPages(api, `/apps/chat/projects?date=${DAY}&limit=7`);
    const ids = rows.map((x) => x.project_id);
    expect(ids).toEqual([...ids].sort());
    const total = rows.reduce((a, x) => a + x.message_count, 0);
    const expected = details
      .flatMap((x) => x.chat?.projects ?? [])
      .reduce((a, p) => a + p.messages, 0);
    expect(total).toBe(expected);
    const grouped = await get(api, `/apps/chat/projects?date=${DAY}&group_by[]=user_id&limit=1000`);
    expect(grouped.json.data.length).toBeGreaterThanOrEqual(rows.length);
    expect(grouped.json.data.every((x: any) => x.user_id.startsWith('user_'))).toBe(true);
  });
});
