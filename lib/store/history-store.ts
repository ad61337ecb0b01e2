/**
 * The history as the sync engine and the insight reads use it: one interface,
 * so that a store outside the browser can be put behind the same engine
 * (issue 12; the headless `uptake sync` of issue 14 uses lib/headless/file-store.ts).
 *
 * `idbHistoryStorage` is today's IndexedDB code (lib/store/*.ts), unchanged:
 * the engine's default. Every implementation passes the same contract tests
 * (history-store.contract.ts): validation, "a later fetch wins", staging that
 * stays invisible until a day is committed, checkpoints and meta.
 */
import * as idb from '@/lib/store/history';
import type {
  CommitOptions,
  CommitResult,
  DaySummaryInput,
  MetaValues,
  PutSummariesResult,
  UserDayRow,
} from '@/lib/store/history';
import type {
  CatalogKind,
  CatalogSnapshot,
  DaySummary,
  GroupActivity,
  GroupMembershipSnapshot,
  GroupRecord,
  MemberRecord,
  Scope,
  SpendRow,
  SyncCheckpoint,
  SyncLogEntry,
  UserDayColumns,
  UserRollup,
} from '@/lib/store/records';

/**
 * What lib/sync (engine, run-task), the insight reads and the headless outputs
 * call in the history. Methods are plain functions (no `this`): callers may
 * destructure them.
 */
export interface HistoryStorage {
  /** Where it lives, for messages ("IndexedDB", "the directory /var/lib/uptake"). */
  readonly where: string;
  putSummaries(scope: Scope, rows: readonly DaySummaryInput[]): Promise<PutSummariesResult>;
  readSummaries(scope: Scope, fromDay: string, toDay: string): Promise<DaySummary[]>;
  storedDays(scope: Scope): Promise<string[]>;
  storedScopes(): Promise<string[]>;

  stageUserDayPage(
    day: string,
    pageIndex: number,
    rows: readonly UserDayRow[],
    stagedAt?: number,
  ): Promise<void>;
  stagedPages(day: string): Promise<number[]>;
  discardStagedDay(day: string): Promise<void>;
  commitUserDay(day: string, options?: CommitOptions): Promise<CommitResult>;
  readUserDays(fromDay: string, toDay: string): Promise<UserDayColumns[]>;
  storedUserDays(): Promise<string[]>;

  readMembers(): Promise<MemberRecord[]>;
  putGroups(groups: readonly GroupRecord[]): Promise<void>;
  readGroups(): Promise<GroupRecord[]>;
  putGroupMembership(snapshot: GroupMembershipSnapshot): Promise<void>;
  latestMembership(groupId: string): Promise<GroupMembershipSnapshot | null>;
  membershipHistory(groupId: string): Promise<GroupMembershipSnapshot[]>;

  putUserRollup(rollup: UserRollup): Promise<void>;
  readLatestRollup(windowDays?: number): Promise<UserRollup | null>;
  readRollup(startDay: string, endDay: string): Promise<UserRollup | null>;
  storedRollups(): Promise<{ startDay: string; endDay: string }[]>;

  putGroupActivity(rows: readonly GroupActivity[]): Promise<void>;
  readGroupActivity(query: {
    fromDay: string;
    toDay: string;
    groupId?: string;
  }): Promise<GroupActivity[]>;
  putCatalog(snapshot: CatalogSnapshot): Promise<void>;
  readCatalog(kind: CatalogKind, scope: Scope): Promise<CatalogSnapshot[]>;
  putSpendRows(rows: readonly SpendRow[]): Promise<void>;
  readSpend(kind: SpendRow['kind'], fromDay: string, toDay: string): Promise<SpendRow[]>;

  getCheckpoint(taskId: string): Promise<SyncCheckpoint | null>;
  putCheckpoint(checkpoint: SyncCheckpoint): Promise<void>;
  clearCheckpoints(prefix?: string): Promise<void>;
  appendSyncLog(entry: SyncLogEntry): Promise<void>;
  readSyncLog(limit?: number): Promise<SyncLogEntry[]>;
  getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | null>;
  setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K] | null): Promise<void>;
}

/** The active source's IndexedDB history (lib/store/tx.ts picks the database). */
export const idbHistoryStorage: HistoryStorage = {
  where: 'IndexedDB',
  putSummaries: idb.putSummaries,
  readSummaries: idb.readSummaries,
  storedDays: idb.storedDays,
  storedScopes: idb.storedScopes,
  stageUserDayPage: idb.stageUserDayPage,
  stagedPages: idb.stagedPages,
  discardStagedDay: idb.discardStagedDay,
  commitUserDay: idb.commitUserDay,
  readUserDays: idb.readUserDays,
  storedUserDays: idb.storedUserDays,
  readMembers: idb.readMembers,
  putGroups: idb.putGroups,
  readGroups: idb.readGroups,
  putGroupMembership: idb.putGroupMembership,
  latestMembership: idb.latestMembership,
  membershipHistory: idb.membershipHistory,
  putUserRollup: idb.putUserRollup,
  readLatestRollup: idb.readLatestRollup,
  readRollup: idb.readRollup,
  storedRollups: idb.storedRollups,
  putGroupActivity: idb.putGroupActivity,
  readGroupActivity: idb.readGroupActivity,
  putCatalog: idb.putCatalog,
  readCatalog: idb.readCatalog,
  putSpendRows: idb.putSpendRows,
  readSpend: idb.readSpend,
  getCheckpoint: idb.getCheckpoint,
  putCheckpoint: idb.putCheckpoint,
  clearCheckpoints: idb.clearCheckpoints,
  appendSyncLog: idb.appendSyncLog,
  readSyncLog: idb.readSyncLog,
  getMeta: idb.getMeta,
  setMeta: idb.setMeta,
};
