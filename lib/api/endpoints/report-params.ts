/**
 * Parameters shared by the report endpoints (`/usage`, `/cost` and the legacy reports), reference
 * §6–§7. Times are RFC 3339 with a time zone; `starting_at` inclusive, `ending_at` exclusive, at most
 * 31 days apart, `starting_at` within the last 365 days and not before 2026-01-01 (server rules).
 */
import {
  checkLimit,
  checkTimestamp,
  type CursorParams,
  type Order,
} from '@/lib/api/endpoints/params';
import type { QueryParams } from '@/lib/api/query';

export type TimeBucketWidth = '1d' | '1h' | '1m';
export type ContextWindow = '0-200k' | '200k-1M';
export type InferenceGeoFilter = 'global' | 'us' | 'not_available';
export type Speed = 'fast' | 'standard';
export type ClaudeTagCategory = 'engaged' | 'proactive' | 'scheduled' | 'monitoring' | 'dm';

/** Time window and paging of every report. */
export interface ReportWindowParams extends CursorParams {
  /** Range start, e.g. `2026-11-01T00:00:00Z` (required). */
  starting_at: string;
  /** Range end (exclusive); default the earlier of now and `starting_at` + 31 days. */
  ending_at?: string | null;
}

/**
 * Ranking of the reports that rank rows (`/usage`, `/cost`, the per-user legacy reports). The
 * legacy bucketed reports take neither parameter (reference §0a; the SDK's types agree).
 */
export interface RankedReportParams extends ReportWindowParams {
  order?: Order;
  /** With `group_by[]=actor` (or per-user reports): drop rows of deleted members. */
  exclude_deleted_users?: boolean;
}

/** Checks the window and cursor parameters; the rest of `params` is passed through as is. */
export function reportQuery(endpoint: string, params: ReportWindowParams & object): QueryParams {
  if (params.starting_at === undefined)
    throw new RangeError(`${endpoint}: starting_at is required`);
  checkTimestamp(endpoint, 'starting_at', params.starting_at);
  checkTimestamp(endpoint, 'ending_at', params.ending_at);
  checkLimit(endpoint, params.limit);
  return { ...(params as QueryParams), page: params.page || undefined };
}
