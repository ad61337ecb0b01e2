/**
 * `GET /plugins` — plugin usage in Cowork and Claude Code (reference §5.6). Sorted by plugin name.
 * `product` (filter and grouping) takes only `chat_cowork_unified`, `claude_code`, `cowork`.
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  daySelectionQuery,
  listQuery,
  type DaySelection,
  type EngagementListParams,
} from '@/lib/api/endpoints/params';
import { pluginsPage, type PluginActivity } from '@/lib/api/schemas/plugins';

export type PluginsFilterDim = 'plugin_name' | 'product' | 'rbac_group_id' | 'user_id';
export type PluginsGroupBy = 'product' | 'rbac_group_id' | 'user_id';
export type PluginsParams = DaySelection & EngagementListParams<PluginsFilterDim, PluginsGroupBy>;

export const pluginsEndpoint: EngagementEndpoint<PluginsParams, PluginActivity> = {
  envelope: 'engagement',
  path: '/plugins',
  schema: pluginsPage,
  query: (params) => ({
    ...daySelectionQuery('/plugins', params),
    ...listQuery('/plugins', params),
  }),
};
