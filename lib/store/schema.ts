/**
 * The IndexedDB schema of the local history: object stores, their keys and
 * indexes, and the stored shapes that differ from the public records.
 *
 * Keys are chosen for the reads metrics and sync do (see README.md): compound
 * keys put the range being scanned last, so "a day range for a scope" or "the
 * latest snapshot of a group" is one key-range query, never a table scan.
 */
import type { DBSchema } from 'idb';
import type {
  CatalogSnapshot,
  DaySummary,
  GroupActivity,
  GroupMembershipSnapshot,
  GroupRecord,
  MemberRecord,
  SpendRow,
  SyncCheckpoint,
  SyncLogEntry,
  UserDayColumn,
} from '@/lib/store/records';
import type { StoredChatgptChunk, StoredChatgptPeriod } from '@/lib/store/chatgpt-chunks';

/** A column as stored: the narrowest array holding every value, or absent when all zero. */
export type StoredColumn = Uint8Array | Uint16Array | Uint32Array;

/**
 * A committed day of per-member activity as stored (`userDays`). Members are
 * interned (ordinals from `memberKeys`) and columns narrowed, which makes a
 * 5,000-member day several times smaller than the public `UserDayColumns`;
 * reads convert back (see columns.ts).
 */
export interface StoredUserDay {
  day: string;
  /** Member ordinals, aligned with the columns. */
  members: StoredColumn;
  /**
   * Sparse layout (written since 0.3): bit i set when entry i has any activity, and every column
   * holds the active entries only. Absent: dense, every column aligned with `members` (see
   * sparse-columns.ts). Readers accept both.
   */
  active?: Uint8Array;
  columns: Partial<Record<UserDayColumn, StoredColumn>>;
  fetchedAt: number;
  /** Bytes of the typed arrays above (indexed, so stats need not load the records). */
  bytes: number;
}

/** A per-member window rollup as stored (`userRollups`), encoded like StoredUserDay. */
export interface StoredRollup {
  startDay: string;
  endDay: string;
  members: StoredColumn;
  columns: Partial<Record<UserDayColumn | 'activeDays', StoredColumn>>;
  fetchedAt: number;
  bytes: number;
}

/** One member's counters for one day, in the simple object form the sync layer produces. */
export interface UserDayRow {
  memberId: string;
  email: string;
  values: Partial<Record<UserDayColumn, number>>;
}

/** One fetched page of a day not yet committed (`staging`). */
export interface StagedPage {
  day: string;
  pageIndex: number;
  rows: UserDayRow[];
  stagedAt: number;
}

/** Interned member id → small ordinal used by stored columnar records. */
export interface MemberKey {
  id: string;
  ordinal: number;
}

/** The API key kept "on this device" (extension-origin IndexedDB only). */
export interface StoredSecret {
  key: string;
  savedAt: number;
}

export interface HistorySchema extends DBSchema {
  summaries: { key: [string, string]; value: DaySummary; indexes: { byDay: string } };
  userDays: { key: string; value: StoredUserDay; indexes: { byBytes: number } };
  staging: { key: [string, number]; value: StagedPage };
  memberKeys: { key: string; value: MemberKey; indexes: { byOrdinal: number } };
  members: { key: string; value: MemberRecord; indexes: { byEmail: string } };
  groups: { key: string; value: GroupRecord };
  groupMembership: { key: [string, string, string]; value: GroupMembershipSnapshot };
  userRollups: { key: [string, string]; value: StoredRollup; indexes: { byBytes: number } };
  groupActivity: {
    key: [string, string, string];
    value: GroupActivity;
    indexes: { byStart: string };
  };
  catalog: { key: [string, string, string, string]; value: CatalogSnapshot };
  spend: { key: [string, string, string]; value: SpendRow };
  checkpoints: { key: string; value: SyncCheckpoint };
  syncLog: { key: number; value: SyncLogEntry };
  meta: { key: string; value: unknown };
  secrets: { key: string; value: StoredSecret };
  /** ChatGPT imports (v3; v2's per-row `chatgptUsers`/`chatgptGpts` are gone). */
  chatgptPeriods: { key: [string, string]; value: StoredChatgptPeriod };
  chatgptChunks: { key: [string, string, number]; value: StoredChatgptChunk };
}

export type StoreName = keyof HistorySchema & string;

/** Stores holding history (exported, cleared by a replace-import). */
export const historyStores = [
  'summaries',
  'userDays',
  'members',
  'groups',
  'groupMembership',
  'userRollups',
  'groupActivity',
  'catalog',
  'spend',
] as const satisfies readonly StoreName[];
export type HistoryStore = (typeof historyStores)[number];

/** Greatest possible key component: arrays sort after every number, date and string. */
export const maxKey: [] = [];
