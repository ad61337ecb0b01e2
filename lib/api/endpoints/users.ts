/**
 * `GET /users` — per-member activity (reference §5.1). Sorted by email by default. In range mode
 * each member gets one row for the whole window. A `project_id` filter cannot be combined with
 * `group_by` or an `rbac_group_id` filter (the server answers 400).
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  daySelectionQuery,
  listQuery,
  type DaySelection,
  type EngagementListParams,
} from '@/lib/api/endpoints/params';
import { usersPage, type UserActivity } from '@/lib/api/schemas/users';

export type UsersFilterDim = 'project_id' | 'rbac_group_id' | 'user_id';
export type UsersGroupBy = 'rbac_group_id';
export type UsersParams = DaySelection & EngagementListParams<UsersFilterDim, UsersGroupBy>;

export const usersEndpoint: EngagementEndpoint<UsersParams, UserActivity> = {
  envelope: 'engagement',
  path: '/users',
  schema: usersPage,
  query: (params) => ({
    ...daySelectionQuery('/users', params),
    ...listQuery('/users', params),
  }),
};
