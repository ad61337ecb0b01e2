/**
 * `GET /artifacts` — artifacts created on one day by MIME type × shared (reference §5.7). Single
 * day only (`date` is required, no range mode). Ungrouped answers fit one page; grouped ones page.
 * No `order`/`order_by`.
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  checkDay,
  checkLimit,
  checkListLength,
  type CursorParams,
} from '@/lib/api/endpoints/params';
import { filterStrings, type Filter } from '@/lib/api/query';
import { artifactsPage, type ArtifactActivity } from '@/lib/api/schemas/artifacts';

export type ArtifactsFilterDim =
  'artifact_type' | 'is_shared' | 'product' | 'rbac_group_id' | 'user_id';
export type ArtifactsGroupBy = 'product' | 'rbac_group_id' | 'user_id';

export interface ArtifactsParams extends CursorParams {
  /** The day, `YYYY-MM-DD` (required). */
  date: string;
  /** `is_shared` takes `true`/`false`; `artifact_type` a MIME type or `other`. */
  filter?: readonly Filter<ArtifactsFilterDim>[];
  group_by?: readonly ArtifactsGroupBy[];
}

export const artifactsEndpoint: EngagementEndpoint<ArtifactsParams, ArtifactActivity> = {
  envelope: 'engagement',
  path: '/artifacts',
  schema: artifactsPage,
  query: (params) => {
    if (params.date === undefined) throw new RangeError('/artifacts: date is required');
    checkDay('/artifacts', 'date', params.date);
    checkListLength('/artifacts', 'filter', params.filter);
    checkListLength('/artifacts', 'group_by', params.group_by);
    return {
      date: params.date,
      filter: filterStrings(params.filter),
      group_by: params.group_by,
      limit: checkLimit('/artifacts', params.limit),
      page: params.page || undefined,
    };
  },
};
