/**
 * The units of work a sync is planned in. Each task is one API query
 * (possibly several pages) and one atomic write to the history. Task ids are
 * stable and name their parameters, so a persisted plan can be resumed.
 */
import type { StoredSyncTask } from '@/lib/store/records';

export type SyncPhase = 'first-picture' | 'history' | 'refresh';

interface TaskBase {
  id: string;
  phase: SyncPhase;
  /** Pages the planner expects this task to take (for progress and ETA). */
  estimatedPages: number;
}

/**
 * A day of group figures for every group at once: `/users?group_by[]=rbac_group_id`
 * for the day and the 7- and 30-day windows ending on it (three requests).
 * Discovers groups and their names, and stores each group's DAU/WAU/MAU for the
 * day — far cheaper than one `/summaries` request per group once history exists.
 */
export interface GroupDayTask extends TaskBase {
  kind: 'group-day';
  day: string;
}

/** `/summaries?filter[]=rbac_group_id:…` over [startDay, endDay): a group's daily series. */
export interface GroupSummariesTask extends TaskBase {
  kind: 'group-summaries';
  groupId: string;
  startDay: string;
  endDay: string;
}

/** `/users` range mode over [startDay, endDay): one row per member, exact distinct counts. */
export interface UserRollupTask extends TaskBase {
  kind: 'user-rollup';
  startDay: string;
  endDay: string;
}

/** `/users?filter[]=rbac_group_id:…` range mode: who held the group during the window. */
export interface MembershipTask extends TaskBase {
  kind: 'membership';
  groupId: string;
  startDay: string;
  endDay: string;
}

/** `/users?date=…`: every member's activity on one day (all-zero rows included). */
export interface UserDayTask extends TaskBase {
  kind: 'user-day';
  day: string;
}

/** `/skills`, `/connectors`, `/plugins` or `/apps/chat/projects` over a window, org-wide and per group. */
export interface CatalogTask extends TaskBase {
  kind: 'catalog';
  catalog: 'skills' | 'connectors' | 'plugins' | 'projects';
  byGroup: boolean;
  startDay: string;
  endDay: string;
}

/** `/usage` or `/cost` in daily buckets over [startDay, endDay), grouped by `groupBy`. */
export interface SpendTask extends TaskBase {
  kind: 'spend';
  report: 'usage' | 'cost';
  groupBy: string[];
  /** Daily buckets (default); false = one row per group for the whole window. */
  bucketed?: boolean;
  startDay: string;
  endDay: string;
}

export type SyncTask =
  | GroupDayTask
  | GroupSummariesTask
  | UserRollupTask
  | MembershipTask
  | UserDayTask
  | CatalogTask
  | SpendTask;

export type TaskKind = SyncTask['kind'];

/** Every task kind this release plans and runs. */
export const taskKinds: readonly TaskKind[] = [
  'group-day',
  'group-summaries',
  'user-rollup',
  'membership',
  'user-day',
  'catalog',
  'spend',
];

const phases: readonly string[] = ['first-picture', 'history', 'refresh'] satisfies SyncPhase[];

/**
 * Whether a task read back from the store is one this release runs: a known
 * kind and phase, and a page estimate. A plan written by another release
 * that fails this is planned again rather than resumed.
 */
export function isKnownTask(task: StoredSyncTask): task is SyncTask {
  const t = task as Partial<SyncTask>;
  return (
    typeof t.id === 'string' &&
    (taskKinds as readonly string[]).includes(task.kind) &&
    typeof t.phase === 'string' &&
    phases.includes(t.phase) &&
    typeof t.estimatedPages === 'number'
  );
}
