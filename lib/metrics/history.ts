/**
 * What lib/metrics reads: structural mirrors of the records in
 * `lib/store/records.ts` (lib/metrics may not import lib/store; the records
 * are assignable to these shapes, which `history.test.ts` checks at compile
 * time). Only the fields the metrics use are named.
 */
import type { ChampionDay, DayDigest } from '@/lib/metrics/day-digest';

/** Products, in the order used by every per-product array in lib/metrics. */
export const metricProducts = ['chat', 'claude_code', 'cowork', 'office', 'design'] as const;
export type MetricProduct = (typeof metricProducts)[number];

/** Per-member counters lib/metrics reads from a day of `/users` rows. */
export type ActivityColumn =
  | 'chatMessages'
  | 'chatProjectsUsed'
  | 'chatSkillsUsed'
  | 'chatConnectorsUsed'
  | 'codeSessions'
  | 'codeToolAccepted'
  | 'coworkSessions'
  | 'coworkMessages'
  | 'coworkSkillsUsed'
  | 'coworkConnectorsUsed'
  | 'officeSessions'
  | 'officeMessages'
  | 'designSessions'
  | 'designMessages';

/**
 * The column that makes a member active in a product on a day (> 0).
 * A member is **active** overall on a day, as the Analytics API defines it
 * (§5.2), when they sent a chat message, or had a Claude Code session, or a
 * Cowork session. Office and Design sessions make a member active in those
 * products (per-product actives) but not overall — so org DAU/WAU/MAU match
 * the API's `/summaries` exactly.
 */
export const productActivityColumn: Record<MetricProduct, ActivityColumn> = {
  chat: 'chatMessages',
  claude_code: 'codeSessions',
  cowork: 'coworkSessions',
  office: 'officeSessions',
  design: 'designSessions',
};

/** Which products' activity makes a member "active" overall (same order as metricProducts). */
export const countsTowardActive: Record<MetricProduct, boolean> = {
  chat: true,
  claude_code: true,
  cowork: true,
  office: false,
  design: false,
};

export interface SummaryInput {
  scope: string;
  day: string;
  dailyActive: number;
  weeklyActive: number;
  monthlyActive: number;
  productActive: Record<
    MetricProduct,
    { daily: number | null; weekly: number | null; monthly: number | null }
  >;
  assignedSeats: number | null;
  pendingInvites: number | null;
}

export interface DayColumnsInput {
  day: string;
  memberIds: readonly string[];
  /** Columns aligned with memberIds. A missing column reads as zeros. */
  columns: Partial<Record<ActivityColumn, Uint32Array>>;
  complete: boolean;
  /**
   * The day's digest (day-digest.ts), when the reader made it while loading
   * (then `columns` may hold only what the digest does not: see
   * `digestColumns`). Absent: made from `columns`.
   */
  digest?: DayDigest;
  /** The day's champion inputs (day-digest.ts), likewise. */
  champion?: ChampionDay;
}

export interface MemberInput {
  id: string;
  email: string;
  firstSeenDay: string;
  lastSeenDay: string;
  lastActiveDay: string | null;
}

export interface GroupInput {
  id: string;
  name: string | null;
  source: 'api' | 'org-chart';
}

export interface MembershipInput {
  groupId: string;
  /** Window [startDay, endDay). */
  startDay: string;
  endDay: string;
  memberIds: readonly string[];
}

export type RollupColumn =
  | 'chatSkillsUsed'
  | 'coworkSkillsUsed'
  | 'chatConnectorsUsed'
  | 'coworkConnectorsUsed'
  | 'chatProjectsUsed';

export interface RollupInput {
  /** Window [startDay, endDay). */
  startDay: string;
  endDay: string;
  memberIds: readonly string[];
  columns: Partial<Record<RollupColumn, Uint32Array>>;
}

export interface CatalogInput {
  kind: 'skills' | 'connectors' | 'projects' | 'plugins' | 'artifacts';
  scope: string;
  startDay: string;
  endDay: string;
  rows: readonly Record<string, unknown>[];
}

/** The features whose use the suggestion rules compare between teams. */
export type FeatureName = 'connectors' | 'skills' | 'projects' | 'cowork';

/**
 * Use of each feature summed over a group and a window, from the API's grouped
 * `/users` rollup: > 0 when someone in the group used it, 0 when nobody did,
 * null when the API gave no count that tells (a distinct count it nulled).
 */
export type FeatureUse = Record<FeatureName, number | null>;

/** A group's figures over a window [startDay, endDay) from `/users?group_by[]=rbac_group_id`. */
export interface GroupActivityInput {
  groupId: string;
  startDay: string;
  endDay: string;
  distinctActive: number | null;
  /** Absent in histories synced before feature totals were kept. */
  featureUse?: FeatureUse;
}

/** Everything lib/metrics reads. Absent arrays mean nothing of that kind is stored. */
export interface MetricsHistory {
  summaries?: readonly SummaryInput[];
  days?: readonly DayColumnsInput[];
  members?: readonly MemberInput[];
  groups?: readonly GroupInput[];
  memberships?: readonly MembershipInput[];
  rollups?: readonly RollupInput[];
  catalogs?: readonly CatalogInput[];
  /**
   * Every day whose per-member rows are stored complete, including days older
   * than those in `days` (which holds only the rows a model reads). Absent: only
   * the days in `days` are known to be stored.
   */
  memberDaysStored?: readonly string[];
  /** Group rollups (distinct actives, feature use) per window. */
  groupActivity?: readonly GroupActivityInput[];
  /** Head count per group id from an imported org chart (email → team), when there is one. */
  orgChartCounts?: Readonly<Record<string, number>>;
}
