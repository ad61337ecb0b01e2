/**
 * `GET /summaries` — org-wide daily activity, one row per UTC day in
 * `[starting_date, ending_date)` (reference §5.2). `ending_date` defaults to the latest available
 * day + 1. The range limit is 366 days now (31 on older deployments — chunk to be safe). Only the
 * `rbac_group_id` filter exists; with it, seat counts and adoption rates come back null. Answers in
 * one page (`next_page` is null); `limit` and `page` are accepted but ignored by the server.
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  checkDay,
  checkLimit,
  checkListLength,
  type CursorParams,
} from '@/lib/api/endpoints/params';
import { filterStrings, type Filter } from '@/lib/api/query';
import { summariesPage, type ActivitySummary } from '@/lib/api/schemas/summaries';

export type SummariesFilterDim = 'rbac_group_id';

export interface SummariesParams extends CursorParams {
  /** First day, `YYYY-MM-DD`, inclusive (required). */
  starting_date: string;
  /** Day after the last, `YYYY-MM-DD`, exclusive. */
  ending_date?: string;
  /** Only `rbac_group_id`; repeating it means OR. */
  filter?: readonly Filter<SummariesFilterDim>[];
}

export const summariesEndpoint: EngagementEndpoint<SummariesParams, ActivitySummary> = {
  envelope: 'engagement',
  path: '/summaries',
  schema: summariesPage,
  query: (params) => {
    checkDay('/summaries', 'starting_date', params.starting_date);
    checkDay('/summaries', 'ending_date', params.ending_date);
    if (params.starting_date === undefined)
      throw new RangeError('/summaries: starting_date is required');
    checkListLength('/summaries', 'filter', params.filter);
    return {
      starting_date: params.starting_date,
      ending_date: params.ending_date,
      filter: filterStrings(params.filter),
      limit: checkLimit('/summaries', params.limit),
      page: params.page || undefined,
    };
  },
};
