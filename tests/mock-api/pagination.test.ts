// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assignedSeats, dayIndex } from '@/lib/demo';
import { encodeText } from '@/lib/demo/base64url';
import { allPages, BETA, get, KEY, testApi } from './helpers';

const api = testApi();
const seats = assignedSeats(api.org, dayIndex('2026-09-15'));

describe('engagement pagination', () => {
  it.each([1000, 137, 50])(
    'limit %i: pages concatenate to every seated member once, in email order',
    async (limit) => {
      const { rows, pages } = await allPages(api, `/users?date=2026-09-15&limit=${limit}`);
      expect(rows).toHaveLength(seats);
      expect(pages).toBe(Math.ceil(seats / limit));
      const emails = rows.map((r) => r.user.email_address);
      expect(new Set(emails).size).toBe(seats);
      expect(emails).toEqual([...emails].sort());
    },
  );

  it('returns next_page null on the last page', async () => {
    const r = await get(api, `/users?date=2026-09-15&limit=${seats}`);
    expect(r.json.data).toHaveLength(seats);
    expect(r.json.next_page).toBeNull();
  });

  it('accepts percent-encoded brackets (filter%5B%5D) like plain ones', async () => {
    const id = api.org.members[3]!.id;
    const a = await get(api, `/users?date=2026-09-15&filter[]=user_id:${id}`);
    const b = await get(api, `/users?date=2026-09-15&filter%5B%5D=user_id%3A${id}`);
    expect(a.json.data).toHaveLength(1);
    expect(b.body).toBe(a.body);
  });

  it('paginates rollups and entity endpoints too', async () => {
    const { rows } = await allPages(
      api,
      '/skills?starting_date=2026-11-01&ending_date=2026-11-08&limit=4',
    );
    const one = await get(
      api,
      '/skills?starting_date=2026-11-01&ending_date=2026-11-08&limit=1000',
    );
    expect(rows).toEqual(one.json.data);
    expect(rows.length).toBeGreaterThan(8);
  });

  it('rejects a cursor reused with another query (400)', async () => {
    const first = await get(api, '/users?date=2026-09-15&limit=10');
    const cursor = encodeURIComponent(first.json.next_page);
    expect((await get(api, `/users?date=2026-09-15&limit=10&page=${cursor}`)).status).toBe(200);
    expect((await get(api, `/users?date=2026-09-15&limit=25&page=${cursor}`)).status).toBe(200); // page size may change
    const other = await get(api, `/users?date=2026-09-16&limit=10&page=${cursor}`);
    expect(other.status).toBe(400);
    expect(other.json.error.message).toMatch(/does not match this query/);
  });

  it.each([
    ['garbage', 'not-a-cursor!!'],
    ['valid base64url, not a cursor', encodeText('{"hello":1}')],
    ['negative offset', encodeText('{"v":1,"o":-5,"q":"00000000"}')],
  ])('rejects a %s cursor: 400 on engagement', async (_, cursor) => {
    const r = await get(api, `/users?date=2026-09-15&page=${encodeURIComponent(cursor)}`);
    expect([r.status, r.json.error.type]).toEqual([400, 'invalid_request_error']);
  });

  it('pins a defaulted ending_date in the cursor so later pages keep the same window', async () => {
    const moving = testApi();
    const first = await get(moving, '/users?starting_date=2026-11-20&limit=50');
    moving.setFaults({ latestAvailableDay: '2026-11-22' }); // the pipeline "went back": a fresh query ends earlier
    const second = await get(
      moving,
      `/users?starting_date=2026-11-20&limit=50&page=${encodeURIComponent(first.json.next_page)}`,
    );
    expect(second.status).toBe(200);
    const fresh = await get(moving, '/users?starting_date=2026-11-20&limit=1000');
    const rolled = (rows: any[]) => rows.map((r) => r.last_activity_date).filter(Boolean);
    expect(rolled(second.json.data).some((d: string) => d > '2026-11-22')).toBe(true);
    expect(rolled(fresh.json.data).every((d: string) => d <= '2026-11-22')).toBe(true);
  });
});

describe('report pagination (ReportPageCursor)', () => {
  const H = { 'x-api-key': KEY, ...BETA };

  it('pages with has_more and next_page until has_more is false', async () => {
    const path =
      '/usage?starting_at=2026-11-01T00:00:00Z&ending_at=2026-11-08T00:00:00Z&group_by[]=actor&limit=40';
    const all: any[] = [];
    let page: string | null = null;
    let pages = 0;
    do {
      const r = await get(api, `${path}${page ? `&page=${encodeURIComponent(page)}` : ''}`, H);
      expect(r.json.data_refreshed_at).toBe('2026-11-25T00:00:00Z');
      all.push(...r.json.data);
      expect(r.json.has_more).toBe(r.json.next_page !== null);
      page = r.json.next_page;
      pages++;
    } while (page);
    expect(pages).toBe(Math.ceil(all.length / 40));
    const ids = all.map((r) => r.group.actor.user_id);
    expect(new Set(ids).size).toBe(ids.length);
    const tokens = all.map((r) => r.usage.total_tokens);
    expect(tokens).toEqual([...tokens].sort((a, b) => b - a));
  });

  it('answers 410 for a garbage cursor and 400 for a cursor from another query', async () => {
    const bad = await get(api, '/usage?starting_at=2026-11-01T00:00:00Z&page=zzz', H);
    expect(bad.status).toBe(410);
    const first = await get(
      api,
      '/usage?starting_at=2026-11-01T00:00:00Z&group_by[]=actor&limit=5',
      H,
    );
    const other = await get(
      api,
      `/usage?starting_at=2026-11-02T00:00:00Z&group_by[]=actor&limit=5&page=${encodeURIComponent(first.json.next_page)}`,
      H,
    );
    expect(other.status).toBe(400);
  });
});
