/**
 * What the local history holds (IndexedDB, database `uptake`).
 *
 * These are Uptake's own normalised shapes, decoupled from the API's wire
 * format (lib/api parses and normalises; lib/sync maps into these; lib/metrics
 * reads them). Days are UTC calendar dates `YYYY-MM-DD`.
 */

/** `org` or an RBAC group id (`rbac_group_...`). */
export type Scope = 'org' | `rbac_group_${string}` | string;

export const products = ['chat', 'claude_code', 'cowork', 'office', 'design'] as const;
export type Product = (typeof products)[number];

/** One day of `/summaries` for a scope. Org-only fields are null on group scopes. */
export interface DaySummary {
  scope: Scope;
  day: string;
  dailyActive: number;
  weeklyActive: number;
  monthlyActive: number;
  /** Per-product actives; null when the API omitted the breakdown. */
  productActive: Record<
    Product,
    { daily: number | null; weekly: number | null; monthly: number | null }
  >;
  assignedSeats: number | null;
  pendingInvites: number | null;
  /** When Uptake fetched this version of the day (ms since epoch). Later fetches revise it. */
  fetchedAt: number;
}

/**
 * Per-member per-day activity, one record per day, columnar: entry i of every
 * column describes member `memberIds[i]`. Members present with all-zero metrics
 * (inactive that day, but holding a seat) are included, so the record also says
 * who was a member that day.
 */
export interface UserDayColumns {
  day: string;
  memberIds: string[];
  /** Column name → values, aligned with memberIds. See `userDayColumns`. */
  columns: Record<UserDayColumn, Uint32Array>;
  /** True once every page of the day was stored (a partial day is never read as complete). */
  complete: boolean;
  fetchedAt: number;
}

/** The per-member counters Uptake keeps from each `/users` row (names say what they count). */
export const userDayColumns = [
  'chatMessages',
  'chatConversations',
  'chatProjectsUsed',
  'chatProjectsCreated',
  'chatArtifactsCreated',
  'chatFilesUploaded',
  'chatSkillsUsed',
  'chatConnectorsUsed',
  'codeSessions',
  'codeCommits',
  'codePullRequests',
  'codeLinesAdded',
  'codeLinesRemoved',
  'codeToolAccepted',
  'codeToolRejected',
  'coworkSessions',
  'coworkMessages',
  'coworkActions',
  'coworkSkillsUsed',
  'coworkConnectorsUsed',
  'officeSessions',
  'officeMessages',
  'designSessions',
  'designMessages',
  'webSearches',
] as const;
export type UserDayColumn = (typeof userDayColumns)[number];

/** A member as last seen in `/users` rows. Email is the only personal field kept. */
export interface MemberRecord {
  id: string;
  email: string;
  firstSeenDay: string;
  lastSeenDay: string;
  /** Latest day with counted activity, or null if never active in stored history. */
  lastActiveDay: string | null;
}

export interface GroupRecord {
  id: string;
  name: string | null;
  /** Source of the group: discovered through the API, or from an imported org chart. */
  source: 'api' | 'org-chart';
  lastSeenDay: string;
}

/** Who held a group during a window (from `/users` filtered by the group, rollup mode). */
export interface GroupMembershipSnapshot {
  groupId: string;
  /** Window [startDay, endDay) the snapshot covers. */
  startDay: string;
  endDay: string;
  memberIds: string[];
  fetchedAt: number;
}

/**
 * Per-member rollup over a window (`/users` range mode): exact distinct counts
 * over the window that per-day rows cannot give (skills, connectors, projects).
 */
export interface UserRollup {
  startDay: string;
  endDay: string;
  memberIds: string[];
  columns: Record<UserDayColumn | 'activeDays', Uint32Array>;
  fetchedAt: number;
}

/**
 * Use of a feature summed over a group and a window (grouped `/users` row):
 * Cowork sessions (messages where sessions are not reported), connector calls
 * (chat + Cowork), skill uses (chat distinct skills + Cowork skill calls),
 * projects used. 0 = nobody in the group used it; null = the API gave no count
 * that tells (it nulled a distinct count).
 */
export type GroupFeatureUse = Record<
  'connectors' | 'skills' | 'projects' | 'cowork',
  number | null
>;

/** Group-level figures for one day or window from `/users?group_by[]=rbac_group_id`. */
export interface GroupActivity {
  groupId: string;
  startDay: string;
  endDay: string;
  /** Distinct active members over the window. */
  distinctActive: number | null;
  /** Added in 0.2.0 (optional: histories synced before have none). */
  featureUse?: GroupFeatureUse;
  fetchedAt: number;
}

export type CatalogKind = 'skills' | 'connectors' | 'projects' | 'plugins' | 'artifacts';

/** Skills, connectors, projects, plugins or artifacts for a window and scope, rows as the API gave them (normalised). */
export interface CatalogSnapshot {
  kind: CatalogKind;
  scope: Scope;
  startDay: string;
  endDay: string;
  rows: Record<string, unknown>[];
  fetchedAt: number;
}

/** One `/usage` or `/cost` row for a day bucket, keyed by its group dimensions. */
export interface SpendRow {
  kind: 'usage' | 'cost';
  day: string;
  /** Stable key of the row's group dimensions, e.g. `product=chat|model=claude-sonnet-4-6`. */
  groupKey: string;
  group: Record<string, unknown>;
  values: Record<string, unknown>;
  fetchedAt: number;
}

export interface SyncCheckpoint {
  /** Stable id of a planned unit of work, e.g. `users-day:2026-11-20`. */
  taskId: string;
  state: 'pending' | 'in-progress' | 'done' | 'failed';
  /** The cursor of the next page to fetch (null = first page). */
  nextCursor: string | null;
  pagesDone: number;
  updatedAt: number;
  error?: string;
}

export interface SyncLogEntry {
  at: number;
  outcome: 'ok' | 'error' | 'partial';
  kind?: string;
  message: string;
  requests: number;
}

/**
 * A sync plan as the store keeps it (meta `syncRun`): plain data. The store
 * knows nothing of the sync engine; lib/sync/engine.ts owns the task kinds
 * and checks a stored plan before resuming it (a plan written by another
 * release may hold tasks this one does not know: it is planned again).
 */
export interface StoredSyncRun {
  id: string;
  startedAt: number;
  latestDay: string;
  tasks: StoredSyncTask[];
  /** Ids of finished tasks. */
  done: string[];
  /** Tasks that failed for good, with the reason. */
  failed: { id: string; message: string }[];
  /** Tasks whose day an endpoint has not published yet. */
  deferred?: { id: string; message: string }[];
}

/** One planned task, as data: an id, a kind the engine knows, and the kind's own fields. */
export interface StoredSyncTask {
  id: string;
  kind: string;
}

/** A rate limiter's window, kept so a restarted worker keeps honouring it. */
export interface RateLimiterState {
  /** Start times (ms) of requests inside the current window, oldest first. */
  sent: number[];
  /** No request before this time (ms), set by a 429's retry-after. */
  blockedUntil: number;
}
