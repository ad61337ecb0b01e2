/**
 * Fixtures for the export and import tests (imported by *.test.ts only).
 */
import { emptyColumns } from '@/lib/store/columns';
import { exportHistory } from '@/lib/store/export';
import { checksumOf, lineDigest } from '@/lib/store/export-format';
import * as h from '@/lib/store/history';
import { saveApiKey } from '@/lib/store/secrets';
import { row, summary } from '@/lib/store/test-support';

export const secretKey = 'sk-ant-api01-SECRETSECRETSECRET-zz9Q';

/** A small history touching every exported store, plus things that must never be exported. */
export async function populate() {
  await h.putSummaries('org', [summary('2026-03-01'), summary('2026-03-02', { dailyActive: 12 })]);
  await h.putSummaries('rbac_group_sales', [
    summary('2026-03-01', { scope: 'rbac_group_sales', assignedSeats: null }),
  ]);
  await h.stageUserDayPage('2026-03-01', 0, [
    row(1, { chatMessages: 41, codeLinesAdded: 70000 }),
    row(2),
  ]);
  await h.commitUserDay('2026-03-01');
  await h.stageUserDayPage('2026-03-02', 0, [row(2, { webSearches: 3 }), row(3)]);
  await h.commitUserDay('2026-03-02');
  await h.putGroups([
    { id: 'rbac_group_sales', name: 'Sales', source: 'api', lastSeenDay: '2026-03-02' },
  ]);
  await h.putGroupMembership({
    groupId: 'rbac_group_sales',
    startDay: '2026-03-01',
    endDay: '2026-03-03',
    memberIds: ['user_1'],
    fetchedAt: 5,
  });
  const columns = emptyColumns(h.rollupColumns, 2);
  columns.activeDays.set([2, 1]);
  await h.putUserRollup({
    startDay: '2026-03-01',
    endDay: '2026-03-03',
    memberIds: ['user_3', 'user_1'],
    columns,
    fetchedAt: 6,
  });
  await h.putGroupActivity([
    {
      groupId: 'rbac_group_sales',
      startDay: '2026-03-01',
      endDay: '2026-03-02',
      distinctActive: 1,
      fetchedAt: 7,
    },
  ]);
  await h.putCatalog({
    kind: 'skills',
    scope: 'org',
    startDay: '2026-03-01',
    endDay: '2026-03-03',
    rows: [{ name: 'pdf', users: 2 }],
    fetchedAt: 8,
  });
  await h.putSpendRows([
    {
      kind: 'cost',
      day: '2026-03-01',
      groupKey: 'product=chat',
      group: { product: 'chat' },
      values: { amount: '41280.000000' },
      fetchedAt: 9,
    },
  ]);
  // Never exported:
  await saveApiKey(secretKey, 'device');
  await h.putCheckpoint({
    taskId: 'users-day:2026-03-03',
    state: 'in-progress',
    nextCursor: 'CURSOR-XYZ',
    pagesDone: 1,
    updatedAt: 1,
  });
  await h.stageUserDayPage('2026-03-03', 0, [row(99)]);
  await h.appendSyncLog({ at: 1, outcome: 'ok', message: 'LOG-ENTRY-ABC', requests: 3 });
}

/** Everything the public read API returns, for before/after comparisons. */
export async function dump() {
  const userDays = (await h.readUserDays('2026-01-01', '2026-12-31')).map((d) => ({
    ...d,
    columns: h.userDayRows(d),
  }));
  const rollup = await h.readLatestRollup();
  return {
    org: await h.readSummaries('org', '2026-01-01', '2026-12-31'),
    sales: await h.readSummaries('rbac_group_sales', '2026-01-01', '2026-12-31'),
    userDays,
    members: await h.readMembers(),
    groups: await h.readGroups(),
    membership: await h.latestMembership('rbac_group_sales'),
    rollup: rollup && {
      ...rollup,
      columns: Object.fromEntries(Object.entries(rollup.columns).map(([k, v]) => [k, [...v]])),
    },
    activity: await h.readGroupActivity({ fromDay: '2026-01-01', toDay: '2026-12-31' }),
    catalog: await h.readCatalog('skills', 'org'),
    spend: await h.readSpend('cost', '2026-01-01', '2026-12-31'),
  };
}

export async function exportedText(): Promise<string> {
  return (await exportHistory({ now: Date.UTC(2026, 2, 4), gzip: false })).text();
}

/** A file with the given header fields and record lines, with a correct checksum unless given. */
export async function file(lines: string[], header: Record<string, unknown> = {}): Promise<Blob> {
  const counts = {
    summaries: 0,
    userDays: 0,
    members: 0,
    groups: 0,
    groupMembership: 0,
    userRollups: 0,
    groupActivity: 0,
    catalog: 0,
    spend: 0,
  };
  for (const line of lines) {
    const store = /"store":"(\w+)"/.exec(line)?.[1] as keyof typeof counts;
    if (store in counts) counts[store] += 1;
  }
  const checksum = await checksumOf(await Promise.all(lines.map(lineDigest)));
  const head = {
    format: 'uptake-history',
    version: 1,
    exportedAt: '2026-03-04T00:00:00.000Z',
    counts,
    checksum,
    ...header,
  };
  return new Blob([[JSON.stringify(head), ...lines].join('\n')]);
}
