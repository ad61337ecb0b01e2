/**
 * `GET /connectors` — connector (MCP) usage (reference §5.5). Sorted by normalised connector name;
 * `connector_name` filters match case-insensitively and by display name.
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  daySelectionQuery,
  listQuery,
  type DaySelection,
  type EngagementListParams,
} from '@/lib/api/endpoints/params';
import { connectorsPage, type ConnectorActivity } from '@/lib/api/schemas/connectors';

export type ConnectorsFilterDim = 'connector_name' | 'product' | 'rbac_group_id' | 'user_id';
export type ConnectorsGroupBy = 'product' | 'rbac_group_id' | 'user_id';
export type ConnectorsParams = DaySelection &
  EngagementListParams<ConnectorsFilterDim, ConnectorsGroupBy>;

export const connectorsEndpoint: EngagementEndpoint<ConnectorsParams, ConnectorActivity> = {
  envelope: 'engagement',
  path: '/connectors',
  schema: connectorsPage,
  query: (params) => ({
    ...daySelectionQuery('/connectors', params),
    ...listQuery('/connectors', params),
  }),
};
