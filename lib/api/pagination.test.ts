import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

const user = ex.usersExample.data[0]!;
const usersPage = (emails: string[], next: string | null) =>
  jsonResponse({
    data: emails.map((email) => ({ ...user, user: { ...user.user, email_address: email } })),
    next_page: next,
  });
const usageRow = ex.usageExample.data[0]!;
const reportPage = (rows: number, hasMore: boolean | undefined, next: string | null) =>
  jsonResponse({
    data: Array.from({ length: rows }, () => usageRow),
    ...(hasMore === undefined ? {} : { has_more: hasMore }),
    next_page: next,
    data_refreshed_at: '2026-11-25T21:40:00Z',
  });

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const step of pages) out.push(step);
  return out;
}

describe('engagement iterators follow next_page to null', () => {
  it('yields each page with the cursor used and the next one', async () => {
    const { fetch, calls } = stubFetch([
      usersPage(['a@x.example', 'b@x.example'], 'c1'),
      usersPage(['c@x.example'], 'c2'),
      usersPage([], null),
    ]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const steps = await collect(client.iterateUsersPages({ date: '2026-11-20', limit: 2 }));
    expect(steps.map((s) => [s.cursor, s.nextCursor, s.page.data.length])).toEqual([
      [null, 'c1', 2],
      ['c1', 'c2', 1],
      ['c2', null, 0],
    ]);
    expect(calls.map((c) => c.url.searchParams.get('page'))).toEqual([null, 'c1', 'c2']);
    expect(calls.every((c) => c.url.searchParams.get('limit') === '2')).toBe(true);
  });

  it('resumes from a checkpointed cursor', async () => {
    const { fetch, calls } = stubFetch([usersPage(['z@x.example'], null)]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const steps = await collect(client.iterateUsersPages({ date: '2026-11-20', page: 'c7' }));
    expect(steps).toHaveLength(1);
    expect(steps[0]!.cursor).toBe('c7');
    expect(calls[0]!.url.searchParams.get('page')).toBe('c7');
  });

  it('makes no request for the next page when the consumer stops', async () => {
    const { fetch, calls } = stubFetch([usersPage(['a@x.example'], 'c1')]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    for await (const _ of client.iterateUsersPages({ date: '2026-11-20' })) break;
    expect(calls).toHaveLength(1);
  });

  it('an empty-string next_page ends like null', async () => {
    const { fetch, calls } = stubFetch([usersPage(['a@x.example'], '')]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const steps = await collect(client.iterateUsersPages({ date: '2026-11-20' }));
    expect(steps[0]!.nextCursor).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('a cursor handed back twice is a cursor error, not an endless loop', async () => {
    const { fetch, calls } = stubFetch([usersPage(['a@x.example'], 'same'), usersPage([], 'same')]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const error = await collect(client.iterateUsersPages({ date: '2026-11-20' })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'cursor', endpoint: '/users' });
    expect(calls).toHaveLength(2);
  });
});

describe('report iterators stop when has_more is false', () => {
  it('follows has_more, ignoring a next_page sent with has_more false', async () => {
    const { fetch, calls } = stubFetch([
      reportPage(2, true, 'r1'),
      reportPage(1, false, 'stale-cursor'),
    ]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const steps = await collect(client.iterateUsagePages({ starting_at: '2026-11-01T00:00:00Z' }));
    expect(steps.map((s) => [s.cursor, s.nextCursor, s.page.hasMore, s.page.data.length])).toEqual([
      [null, 'r1', true, 2],
      ['r1', null, false, 1],
    ]);
    expect(calls).toHaveLength(2);
    expect(calls.every((c) => c.headers.get('anthropic-beta') !== null)).toBe(true);
  });

  it('infers has_more from next_page when the field is missing', async () => {
    const { fetch } = stubFetch([reportPage(1, undefined, 'r1'), reportPage(1, undefined, null)]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const steps = await collect(client.iterateUsagePages({ starting_at: '2026-11-01T00:00:00Z' }));
    expect(steps.map((s) => s.page.hasMore)).toEqual([true, false]);
  });

  it('has_more true without a cursor is a schema error naming next_page', async () => {
    const { fetch } = stubFetch([reportPage(1, true, null)]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const error = await client.listUsage({ starting_at: '2026-11-01T00:00:00Z' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema', endpoint: '/usage' });
    expect((error as ApiError).message).toContain('field `next_page`');
  });

  it('a failure mid-way surfaces after the pages already yielded', async () => {
    const { fetch } = stubFetch([reportPage(1, true, 'r1'), new Response('', { status: 410 })]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const seen: (string | null)[] = [];
    const error = await (async () => {
      for await (const step of client.iterateUsagePages({ starting_at: '2026-11-01T00:00:00Z' })) {
        seen.push(step.nextCursor);
      }
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['r1']);
    expect(error).toMatchObject({ kind: 'cursor', status: 410, endpoint: '/usage' });
  });
});
