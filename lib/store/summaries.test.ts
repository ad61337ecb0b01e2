import { beforeEach, describe, expect, it } from 'vitest';
import {
  putSummaries,
  readSummaries,
  readSummariesOfDay,
  storedDays,
  storedScopes,
} from '@/lib/store/summaries';
import { freshHistory, summary } from '@/lib/store/test-support';
import type { DaySummary } from '@/lib/store/records';

beforeEach(freshHistory);

describe('putSummaries / readSummaries', () => {
  it('stores a scope’s days and reads an inclusive day range in day order', async () => {
    const days = ['2026-03-03', '2026-03-01', '2026-03-02', '2026-03-04'];
    const result = await putSummaries(
      'org',
      days.map((d) => summary(d)),
    );
    expect(result.written.sort()).toEqual([...days].sort());
    expect(result.rejected).toEqual([]);
    const read = await readSummaries('org', '2026-03-02', '2026-03-03');
    expect(read.map((s) => s.day)).toEqual(['2026-03-02', '2026-03-03']);
    expect(read[0]).toEqual(summary('2026-03-02'));
    expect(await readSummaries('org', '2026-03-05', '2026-03-01')).toEqual([]);
  });

  it('keeps scopes apart', async () => {
    await putSummaries('org', [summary('2026-03-01')]);
    const group = 'rbac_group_sales';
    await putSummaries(group, [
      summary('2026-03-01', { scope: group, dailyActive: 3, assignedSeats: null }),
    ]);
    expect(
      (await readSummaries(group, '2026-03-01', '2026-03-31')).map((s) => s.dailyActive),
    ).toEqual([3]);
    expect(
      (await readSummaries('org', '2026-03-01', '2026-03-31')).map((s) => s.dailyActive),
    ).toEqual([10]);
    expect((await readSummariesOfDay('2026-03-01')).map((s) => s.scope)).toEqual(['org', group]);
    expect(await storedScopes()).toEqual(['org', group]);
  });

  it('lists stored days of a scope so sync can skip them', async () => {
    await putSummaries('org', [summary('2026-03-02'), summary('2026-03-01')]);
    await putSummaries('rbac_group_x', [summary('2026-03-09', { scope: 'rbac_group_x' })]);
    expect(await storedDays('org')).toEqual(['2026-03-01', '2026-03-02']);
    expect(await storedDays('rbac')).toEqual([]);
  });

  it('a revision (later fetch) replaces the day; a stale fetch does not', async () => {
    await putSummaries('org', [summary('2026-03-01', { dailyActive: 10, fetchedAt: 2000 })]);
    const stale = await putSummaries('org', [
      summary('2026-03-01', { dailyActive: 5, fetchedAt: 1000 }),
    ]);
    expect(stale).toEqual({ written: [], kept: ['2026-03-01'], rejected: [] });
    await putSummaries('org', [summary('2026-03-01', { dailyActive: 11, fetchedAt: 3000 })]);
    expect((await readSummaries('org', '2026-03-01', '2026-03-01'))[0]?.dailyActive).toBe(11);
  });
});

describe('a day that fails validation never overwrites a good stored day', () => {
  const bad: [string, Partial<DaySummary> | Record<string, unknown>][] = [
    ['negative actives', { dailyActive: -1 }],
    ['fractional actives', { weeklyActive: 2.5 }],
    ['NaN', { monthlyActive: Number.NaN }],
    ['missing product block', { productActive: { chat: { daily: 1, weekly: 1, monthly: 1 } } }],
    ['actives as a string', { dailyActive: '12' }],
  ];
  it.each(bad)('%s', async (_name, patch) => {
    await putSummaries('org', [summary('2026-03-01', { dailyActive: 10 })]);
    const result = await putSummaries('org', [
      { ...summary('2026-03-01', { fetchedAt: 9999 }), ...patch } as DaySummary,
      summary('2026-03-02', { dailyActive: 7 }),
    ]);
    expect(result.written).toEqual(['2026-03-02']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({
      index: 0,
      day: '2026-03-01',
      error: { kind: 'invalid' },
    });
    expect(result.rejected[0]!.error.message).toMatch(
      /^Summary for 2026-03-01 is not valid \(.+\); it was not stored\.$/,
    );
    const stored = await readSummaries('org', '2026-03-01', '2026-03-02');
    expect(stored.map((s) => [s.day, s.dailyActive])).toEqual([
      ['2026-03-01', 10],
      ['2026-03-02', 7],
    ]);
  });

  it.each([
    ['an impossible date', '2026-02-30'],
    ['a timestamp', '2026-03-01T00:00:00Z'],
  ])('rejects %s as the day', async (_name, day) => {
    const result = await putSummaries('org', [summary(day)]);
    expect(result.rejected[0]?.error.kind).toBe('invalid');
    expect(await storedDays('org')).toEqual([]);
  });

  it('rejects a row of another scope', async () => {
    const result = await putSummaries('org', [summary('2026-03-01', { scope: 'rbac_group_x' })]);
    expect(result.rejected[0]?.error.message).toBe(
      'Summary for 2026-03-01 belongs to rbac_group_x, not org.',
    );
    expect(await storedDays('org')).toEqual([]);
  });
});
