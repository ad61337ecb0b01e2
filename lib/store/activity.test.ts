import { beforeEach, describe, expect, it } from 'vitest';
import {
  putCatalog,
  putGroupActivity,
  putSpendRows,
  readCatalog,
  readGroupActivity,
  readSpend,
} from '@/lib/store/activity';
import { emptyColumns } from '@/lib/store/columns';
import type { SpendRow, UserRollup } from '@/lib/store/records';
import {
  putUserRollup,
  readLatestRollup,
  readRollup,
  rollupColumns,
  storedRollups,
} from '@/lib/store/rollups';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);

function rollup(startDay: string, endDay: string, activeDays: number[], fetchedAt = 1): UserRollup {
  const memberIds = activeDays.map((_, i) => `user_${i}`);
  const columns = emptyColumns(rollupColumns, memberIds.length);
  columns.activeDays.set(activeDays);
  return { startDay, endDay, memberIds, columns, fetchedAt };
}

describe('user rollups', () => {
  it('stores and reads back a window', async () => {
    await putUserRollup(rollup('2026-03-01', '2026-03-31', [30, 0, 70000]));
    const read = await readRollup('2026-03-01', '2026-03-31');
    expect(read?.memberIds).toEqual(['user_0', 'user_1', 'user_2']);
    expect([...read!.columns.activeDays]).toEqual([30, 0, 70000]);
    expect([...read!.columns.chatMessages]).toEqual([0, 0, 0]);
    expect(await readRollup('2026-03-01', '2026-03-30')).toBeNull();
  });

  it.each([
    [undefined, '2026-03-01', '2026-03-31'],
    [7, '2026-03-24', '2026-03-31'],
    [28, '2026-02-01', '2026-03-01'],
    [30, '2026-03-01', '2026-03-31'],
    [90, null, null],
  ])('latest with windowDays=%s is %s…%s', async (windowDays, start, end) => {
    await putUserRollup(rollup('2026-02-01', '2026-03-01', [1]));
    await putUserRollup(rollup('2026-03-24', '2026-03-31', [2]));
    await putUserRollup(rollup('2026-03-01', '2026-03-31', [3]));
    const latest = await readLatestRollup(windowDays);
    expect(latest ? [latest.startDay, latest.endDay] : [null, null]).toEqual([start, end]);
    expect(await storedRollups()).toHaveLength(3);
  });

  it('refuses misaligned columns', async () => {
    const bad = rollup('2026-03-01', '2026-03-31', [1, 2]);
    bad.columns.chatMessages = new Uint32Array(1);
    await expect(putUserRollup(bad)).rejects.toMatchObject({
      kind: 'invalid',
      message:
        'Rollup 2026-03-01…2026-03-31: column chatMessages must be a Uint32Array of 2 values; it was not stored.',
    });
    expect(await storedRollups()).toEqual([]);
  });
});

describe('group activity', () => {
  const act = (
    groupId: string,
    startDay: string,
    distinctActive: number | null,
    fetchedAt = 1,
  ) => ({
    groupId,
    startDay,
    endDay: startDay.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')),
    distinctActive,
    fetchedAt,
  });

  it('reads windows starting in a range, per group or for all groups', async () => {
    await putGroupActivity([
      act('g_b', '2026-03-01', 4),
      act('g_a', '2026-03-01', 7),
      act('g_a', '2026-03-02', 5),
      act('g_a', '2026-03-05', 1),
    ]);
    expect(
      (await readGroupActivity({ fromDay: '2026-03-01', toDay: '2026-03-02', groupId: 'g_a' })).map(
        (r) => r.distinctActive,
      ),
    ).toEqual([7, 5]);
    expect(
      (await readGroupActivity({ fromDay: '2026-03-01', toDay: '2026-03-02' })).map(
        (r) => `${r.startDay}/${r.groupId}`,
      ),
    ).toEqual(['2026-03-01/g_a', '2026-03-01/g_b', '2026-03-02/g_a']);
  });

  it('keeps the later fetch of a window', async () => {
    await putGroupActivity([act('g_a', '2026-03-01', 7, 20)]);
    await putGroupActivity([act('g_a', '2026-03-01', 3, 10)]);
    await putGroupActivity([act('g_a', '2026-03-01', 8, 30)]);
    expect(
      (await readGroupActivity({ fromDay: '2026-03-01', toDay: '2026-03-01' }))[0]?.distinctActive,
    ).toBe(8);
  });
});

describe('catalog', () => {
  it('keeps snapshots per kind, scope and window, in window order', async () => {
    const snap = (
      kind: 'skills' | 'connectors',
      scope: string,
      startDay: string,
      rows: Record<string, unknown>[],
    ) => ({
      kind,
      scope,
      startDay,
      endDay: '2026-04-01',
      rows,
      fetchedAt: 1,
    });
    await putCatalog(snap('skills', 'org', '2026-03-01', [{ name: 'pdf', users: 3 }]));
    await putCatalog(snap('skills', 'org', '2026-02-01', [{ name: 'pdf', users: 1 }]));
    await putCatalog(snap('skills', 'rbac_group_x', '2026-03-01', []));
    await putCatalog(snap('connectors', 'org', '2026-03-01', [{ name: 'drive' }]));
    const skills = await readCatalog('skills', 'org');
    expect(skills.map((s) => [s.startDay, s.rows])).toEqual([
      ['2026-02-01', [{ name: 'pdf', users: 1 }]],
      ['2026-03-01', [{ name: 'pdf', users: 3 }]],
    ]);
    expect(await readCatalog('plugins', 'org')).toEqual([]);
  });
});

describe('spend', () => {
  const spend = (
    kind: 'usage' | 'cost',
    day: string,
    groupKey: string,
    cents: string,
    fetchedAt = 1,
  ): SpendRow => ({
    kind,
    day,
    groupKey,
    group: { product: groupKey },
    values: { amount: cents },
    fetchedAt,
  });

  it('reads a kind over an inclusive day range, revised rows replaced', async () => {
    await putSpendRows([
      spend('cost', '2026-03-01', 'chat', '100'),
      spend('cost', '2026-03-01', 'code', '50'),
      spend('cost', '2026-03-02', 'chat', '70'),
      spend('usage', '2026-03-01', 'chat', '9'),
    ]);
    await putSpendRows([spend('cost', '2026-03-01', 'chat', '120', 2)]);
    const rows = await readSpend('cost', '2026-03-01', '2026-03-01');
    expect(rows.map((r) => [r.groupKey, r.values.amount])).toEqual([
      ['chat', '120'],
      ['code', '50'],
    ]);
    expect(await readSpend('cost', '2026-03-01', '2026-03-02')).toHaveLength(3);
    expect(await readSpend('usage', '2026-03-01', '2026-03-31')).toHaveLength(1);
  });

  it('one invalid row writes none', async () => {
    await expect(
      putSpendRows([
        spend('cost', '2026-03-01', 'chat', '1'),
        spend('cost', '03/01/2026', 'chat', '1'),
      ]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(await readSpend('cost', '2026-01-01', '2026-12-31')).toEqual([]);
  });
});
