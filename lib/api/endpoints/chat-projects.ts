/**
 * `GET /apps/chat/projects` — claude.ai chat project usage (reference §5.3). Sorted by project id.
 * A `product` filter is refused by the server, so the type does not offer it.
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  daySelectionQuery,
  listQuery,
  type DaySelection,
  type EngagementListParams,
} from '@/lib/api/endpoints/params';
import { chatProjectsPage, type ChatProjectActivity } from '@/lib/api/schemas/chat-projects';

export type ChatProjectsFilterDim = 'project_id' | 'rbac_group_id' | 'user_id';
export type ChatProjectsGroupBy = 'rbac_group_id' | 'user_id';
export type ChatProjectsParams = DaySelection &
  EngagementListParams<ChatProjectsFilterDim, ChatProjectsGroupBy>;

const path = '/apps/chat/projects';

export const chatProjectsEndpoint: EngagementEndpoint<ChatProjectsParams, ChatProjectActivity> = {
  envelope: 'engagement',
  path,
  schema: chatProjectsPage,
  query: (params) => ({ ...daySelectionQuery(path, params), ...listQuery(path, params) }),
};
