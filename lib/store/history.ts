/**
 * The local history's public API (background service worker and extension
 * pages only; never content scripts). See README.md for the design.
 */
export { openHistory, schemaVersion } from '@/lib/store/db';
export { StoreError, type StoreErrorKind } from '@/lib/store/errors';
export { toUserDayColumns, userDayRows, clampCount } from '@/lib/store/columns';
export type { UserDayRow } from '@/lib/store/schema';
export {
  putSummaries,
  readSummaries,
  readSummariesOfDay,
  storedDays,
  storedScopes,
  type DaySummaryInput,
  type PutSummariesResult,
  type RejectedSummary,
} from '@/lib/store/summaries';
export { stageUserDayPage, stagedPages, stagedDays, discardStagedDay } from '@/lib/store/staging';
export {
  commitUserDay,
  readUserDays,
  eachUserDay,
  eachUserDayColumns,
  storedUserDays,
  type CommitOptions,
  type CommitResult,
} from '@/lib/store/user-days';
export {
  upsertMembers,
  readMembers,
  putGroups,
  readGroups,
  putGroupMembership,
  latestMembership,
  membershipHistory,
} from '@/lib/store/people';
export {
  putUserRollup,
  readLatestRollup,
  readRollup,
  storedRollups,
  rollupColumns,
} from '@/lib/store/rollups';
export {
  putGroupActivity,
  readGroupActivity,
  putCatalog,
  readCatalog,
  putSpendRows,
  readSpend,
} from '@/lib/store/activity';
export {
  getCheckpoint,
  putCheckpoint,
  listCheckpoints,
  clearCheckpoints,
  appendSyncLog,
  readSyncLog,
  syncLogCap,
  getMeta,
  setMeta,
  type MetaValues,
} from '@/lib/store/sync-state';
export { historyStats, clearHistory, type HistoryStats } from '@/lib/store/stats';
