/**
 * Executes one planned task: fetch its pages (through the shared limiter and
 * retry policy), write them to the history atomically, checkpoint progress.
 *
 * Per-day member activity is staged page by page with a checkpoint after
 * each page, so a killed worker resumes at the next page; the day becomes
 * visible only when its last page is committed. Other tasks are a page or a
 * few and are written in one transaction at their end.
 */
import { isApiError, type AnalyticsClient } from '@/lib/api';
import { rollupColumns } from '@/lib/store/history';
import type { HistoryStorage } from '@/lib/store/history-store';
import type { CatalogSnapshot, GroupFeatureUse, SpendRow, UserRollup } from '@/lib/store/records';
import type { Clock } from './clock';
import { addDays, windowEnding } from './days';
import { groupFeatureUse, toDaySummaries, toUserDayRow, userRowValues } from './map-rows';
import type {
  CatalogTask,
  GroupDayTask,
  GroupSummariesTask,
  MembershipTask,
  SpendTask,
  SyncTask,
  UserDayTask,
  UserRollupTask,
} from './tasks';

export interface TaskContext {
  client: AnalyticsClient;
  clock: Clock;
  /** Where the history is written (lib/store/history-store.ts). */
  store: HistoryStorage;
  /** Sends one request through the limiter and retry policy. */
  send<T>(request: () => Promise<T>): Promise<T>;
  /** Called after every page stored (for progress). */
  onPage(task: SyncTask): void;
  pageSize: number;
}

export async function runTask(task: SyncTask, ctx: TaskContext): Promise<void> {
  switch (task.kind) {
    case 'user-day':
      return runUserDay(task, ctx);
    case 'group-day':
      return runGroupDay(task, ctx);
    case 'group-summaries':
      return runGroupSummaries(task, ctx);
    case 'user-rollup':
      return runUserRollup(task, ctx);
    case 'membership':
      return runMembership(task, ctx);
    case 'catalog':
      return runCatalog(task, ctx);
    case 'spend':
      return runSpend(task, ctx);
  }
}

async function runUserDay(task: UserDayTask, ctx: TaskContext): Promise<void> {
  const checkpoint = await ctx.store.getCheckpoint(task.id);
  if (
    checkpoint?.state === 'in-progress' &&
    checkpoint.nextCursor === null &&
    checkpoint.pagesDone > 0
  ) {
    // Every page was fetched before the worker stopped: commit what is staged,
    // or nothing at all when the commit itself had landed.
    const staged = await ctx.store.stagedPages(task.day);
    if (staged.length === checkpoint.pagesDone) {
      await ctx.store.commitUserDay(task.day, {
        expectedPages: staged.length,
        fetchedAt: checkpoint.updatedAt,
      });
      return;
    }
    if (staged.length === 0 && (await ctx.store.storedUserDays()).includes(task.day)) return;
  }
  let cursor = checkpoint?.state === 'in-progress' ? checkpoint.nextCursor : null;
  let pageIndex = checkpoint?.state === 'in-progress' && cursor ? checkpoint.pagesDone : 0;
  if (pageIndex === 0) await ctx.store.discardStagedDay(task.day);
  let restarted = false;
  for (;;) {
    let page;
    try {
      const pageCursor = cursor;
      page = await ctx.send(() =>
        ctx.client.listUsers({
          date: task.day,
          limit: ctx.pageSize,
          ...(pageCursor ? { page: pageCursor } : {}),
        }),
      );
    } catch (error) {
      // A cursor that stopped working: start the day again, once.
      if (isApiError(error, 'cursor') && !restarted) {
        restarted = true;
        await ctx.store.discardStagedDay(task.day);
        cursor = null;
        pageIndex = 0;
        continue;
      }
      throw error;
    }
    const rows = page.data.map(toUserDayRow).filter((r) => r !== null);
    const now = ctx.clock.now();
    await ctx.store.stageUserDayPage(task.day, pageIndex, rows, now);
    pageIndex += 1;
    cursor = page.nextPage;
    await ctx.store.putCheckpoint({
      taskId: task.id,
      state: 'in-progress',
      nextCursor: cursor,
      pagesDone: pageIndex,
      updatedAt: now,
    });
    ctx.onPage(task);
    if (!cursor) break;
  }
  await ctx.store.commitUserDay(task.day, { expectedPages: pageIndex, fetchedAt: ctx.clock.now() });
}

/** Follows an engagement query's cursor to the end and returns every row. */
async function allRows<T>(
  ctx: TaskContext,
  task: SyncTask,
  fetchPage: (cursor: string | null) => Promise<{ data: T[]; nextPage: string | null }>,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const at: string | null = cursor;
    const page: { data: T[]; nextPage: string | null } = await ctx.send(() => fetchPage(at));
    rows.push(...page.data);
    cursor = page.nextPage;
    ctx.onPage(task);
  } while (cursor);
  return rows;
}

const pageParam = (cursor: string | null) => (cursor ? { page: cursor } : {});

async function runGroupDay(task: GroupDayTask, ctx: TaskContext): Promise<void> {
  const windows = [1, 7, 30] as const;
  const endDay = addDays(task.day, 1);
  const results = new Map<
    string,
    {
      name: string | null;
      active: Record<number, number | null>;
      use: Record<number, GroupFeatureUse>;
    }
  >();
  for (const days of windows) {
    const { startDay } = windowEnding(endDay, days); // never before 2026-01-01
    const rows = await allRows(ctx, task, (cursor) =>
      ctx.client.listUsers({
        ...(days === 1 ? { date: task.day } : { starting_date: startDay, ending_date: endDay }),
        group_by: ['rbac_group_id'],
        limit: ctx.pageSize,
        ...pageParam(cursor),
      }),
    );
    for (const row of rows) {
      if (typeof row.rbac_group_id !== 'string') continue;
      const entry = results.get(row.rbac_group_id) ?? { name: null, active: {}, use: {} };
      entry.name = row.rbac_group_name ?? entry.name;
      entry.active[days] = row.distinct_user_count ?? null;
      // The group's use of each feature over the window: complete even while
      // per-member days are still arriving (lib/metrics/completeness.ts).
      entry.use[days] = groupFeatureUse(row);
      results.set(row.rbac_group_id, entry);
    }
  }
  const fetchedAt = ctx.clock.now();
  const groups = [...results.entries()];
  await ctx.store.putGroups(
    groups.map(([id, g]) => ({ id, name: g.name, source: 'api' as const, lastSeenDay: task.day })),
  );
  await ctx.store.putGroupActivity(
    groups.flatMap(([groupId, g]) =>
      windows.map((days) => ({
        groupId,
        startDay: windowEnding(endDay, days).startDay,
        endDay,
        distinctActive: g.active[days] ?? null,
        // Absent from a window's rows: nobody in the group was active in it.
        featureUse: g.use[days] ?? { connectors: 0, skills: 0, projects: 0, cowork: 0 },
        fetchedAt,
      })),
    ),
  );
  const noProducts = { daily: null, weekly: null, monthly: null };
  for (const [groupId, g] of groups) {
    // A group absent from a window had no active member in it.
    await ctx.store.putSummaries(groupId, [
      {
        day: task.day,
        dailyActive: g.active[1] ?? 0,
        weeklyActive: g.active[7] ?? 0,
        monthlyActive: g.active[30] ?? 0,
        productActive: {
          chat: noProducts,
          claude_code: noProducts,
          cowork: noProducts,
          office: noProducts,
          design: noProducts,
        },
        assignedSeats: null,
        pendingInvites: null,
        fetchedAt,
      },
    ]);
  }
}

async function runGroupSummaries(task: GroupSummariesTask, ctx: TaskContext): Promise<void> {
  const page = await ctx.send(() =>
    ctx.client.listSummaries({
      starting_date: task.startDay,
      ending_date: task.endDay,
      filter: [{ dim: 'rbac_group_id', value: task.groupId }],
    }),
  );
  ctx.onPage(task);
  await ctx.store.putSummaries(task.groupId, toDaySummaries(page.data, ctx.clock.now()).days);
}

async function runUserRollup(task: UserRollupTask, ctx: TaskContext): Promise<void> {
  const rows = await allRows(ctx, task, (cursor) =>
    ctx.client.listUsers({
      starting_date: task.startDay,
      ending_date: task.endDay,
      limit: ctx.pageSize,
      ...pageParam(cursor),
    }),
  );
  const members = rows.filter((r) => r.user?.id);
  const columns = Object.fromEntries(
    rollupColumns.map((c) => [c, new Uint32Array(members.length)]),
  ) as UserRollup['columns'];
  members.forEach((row, i) => {
    const values = userRowValues(row);
    for (const [name, value] of Object.entries(values))
      columns[name as keyof typeof values][i] = Math.max(0, Math.min(value, 0xffff_ffff));
    // The API gives no active-day count for a window; metrics count active days from per-day history.
    columns.activeDays[i] = 0;
  });
  await ctx.store.putUserRollup({
    startDay: task.startDay,
    endDay: task.endDay,
    memberIds: members.map((r) => r.user!.id!),
    columns,
    fetchedAt: ctx.clock.now(),
  });
}

async function runMembership(task: MembershipTask, ctx: TaskContext): Promise<void> {
  const rows = await allRows(ctx, task, (cursor) =>
    ctx.client.listUsers({
      starting_date: task.startDay,
      ending_date: task.endDay,
      filter: [{ dim: 'rbac_group_id', value: task.groupId }],
      limit: ctx.pageSize,
      ...pageParam(cursor),
    }),
  );
  await ctx.store.putGroupMembership({
    groupId: task.groupId,
    startDay: task.startDay,
    endDay: task.endDay,
    memberIds: [...new Set(rows.flatMap((r) => (r.user?.id ? [r.user.id] : [])))],
    fetchedAt: ctx.clock.now(),
  });
}

async function runCatalog(task: CatalogTask, ctx: TaskContext): Promise<void> {
  const window = { starting_date: task.startDay, ending_date: task.endDay, limit: ctx.pageSize };
  const groupBy = task.byGroup ? { group_by: ['rbac_group_id' as const] } : {};
  const rows = await allRows<Record<string, unknown>>(ctx, task, async (cursor) => {
    const params = { ...window, ...groupBy, ...pageParam(cursor) };
    switch (task.catalog) {
      case 'skills':
        return ctx.client.listSkills(params);
      case 'connectors':
        return ctx.client.listConnectors(params);
      case 'plugins':
        return ctx.client.listPlugins(params);
      case 'projects':
        return ctx.client.listChatProjects(params);
    }
  });
  const fetchedAt = ctx.clock.now();
  const kind = task.catalog;
  const snapshots: CatalogSnapshot[] = [];
  if (!task.byGroup) {
    snapshots.push({
      kind,
      scope: 'org',
      startDay: task.startDay,
      endDay: task.endDay,
      rows,
      fetchedAt,
    });
  } else {
    const byGroup = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      const id = row.rbac_group_id;
      if (typeof id !== 'string') continue;
      if (!byGroup.has(id)) byGroup.set(id, []);
      byGroup.get(id)!.push(row);
    }
    for (const [scope, groupRows] of byGroup)
      snapshots.push({
        kind,
        scope,
        startDay: task.startDay,
        endDay: task.endDay,
        rows: groupRows,
        fetchedAt,
      });
  }
  for (const snapshot of snapshots) await ctx.store.putCatalog(snapshot);
}

/** A stable key for a report row's group: its non-null dimensions, sorted. */
export function groupKeyOf(group: Record<string, unknown>): string {
  return Object.entries(group)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .sort()
    .join('|');
}

async function runSpend(task: SpendTask, ctx: TaskContext): Promise<void> {
  const rows: SpendRow[] = [];
  const fetchedAt = ctx.clock.now();
  let cursor: string | null = null;
  do {
    const at: string | null = cursor;
    const params = {
      starting_at: `${task.startDay}T00:00:00Z`,
      ending_at: `${task.endDay}T00:00:00Z`,
      ...(task.bucketed === false ? {} : { time_bucket_width: '1d' as const }),
      limit: ctx.pageSize,
      ...pageParam(at),
    } satisfies Partial<Parameters<AnalyticsClient['listCost']>[0]>;
    const page: { data: unknown[]; hasMore: boolean; nextPage: string | null } =
      task.report === 'cost'
        ? await ctx.send(() => ctx.client.listCost({ ...params, group_by: task.groupBy as never }))
        : await ctx.send(() =>
            ctx.client.listUsage({ ...params, group_by: task.groupBy as never }),
          );
    for (const item of page.data as Record<string, unknown>[]) {
      const group = (item.group ?? {}) as Record<string, unknown>;
      const values = ((task.report === 'cost' ? item.cost : item.usage) ?? {}) as Record<
        string,
        unknown
      >;
      rows.push({
        kind: task.report,
        day: String(item.starting_at).slice(0, 10),
        groupKey: `${task.groupBy.join('+')}:${groupKeyOf(group)}`,
        group,
        values,
        fetchedAt,
      });
    }
    ctx.onPage(task);
    cursor = page.hasMore ? page.nextPage : null;
  } while (cursor);
  await ctx.store.putSpendRows(rows);
}
