// Endpoint table (§1): path under /v1/organizations/analytics → category and handler.
import type { HandlerContext } from './context';
import { listArtifacts } from './endpoints/artifacts';
import { listConnectors } from './endpoints/connectors';
import {
  listCostReport,
  listUsageReport,
  listUserCostReport,
  listUserUsageReport,
} from './endpoints/legacy';
import { listPlugins } from './endpoints/plugins';
import { listProjects } from './endpoints/projects';
import { listSkills } from './endpoints/skills';
import { listSummaries } from './endpoints/summaries';
import { listCost, listUsage } from './endpoints/usage-cost';
import { listUsers } from './endpoints/users';

export const BASE_PATH = '/v1/organizations/analytics';

export interface Route {
  /** engagement: #1–#7; report: legacy #8–#11; usage-cost: #12–#13 (Admin keys allowed). */
  kind: 'engagement' | 'report' | 'usage-cost';
  handle(ctx: HandlerContext, headers: Record<string, string>): unknown;
}

export const ROUTES: Record<string, Route> = {
  '/users': { kind: 'engagement', handle: listUsers },
  '/summaries': { kind: 'engagement', handle: listSummaries },
  '/apps/chat/projects': { kind: 'engagement', handle: listProjects },
  '/skills': { kind: 'engagement', handle: listSkills },
  '/connectors': { kind: 'engagement', handle: listConnectors },
  '/plugins': { kind: 'engagement', handle: listPlugins },
  '/artifacts': { kind: 'engagement', handle: listArtifacts },
  '/user_usage_report': { kind: 'report', handle: listUserUsageReport },
  '/user_cost_report': { kind: 'report', handle: listUserCostReport },
  '/usage_report': { kind: 'report', handle: listUsageReport },
  '/cost_report': { kind: 'report', handle: listCostReport },
  '/usage': { kind: 'usage-cost', handle: listUsage },
  '/cost': { kind: 'usage-cost', handle: listCost },
};

/** Query parameters that are arrays (sent as `name[]=…`). */
export const ARRAY_PARAMS: ReadonlySet<string> = new Set([
  'filter',
  'group_by',
  'products',
  'models',
  'user_ids',
  'actor_ids',
  'actor_types',
  'agent_ids',
  'api_key_ids',
  'claude_tag_categories',
  'claude_tag_user_ids',
  'context_windows',
  'deployment_ids',
  'environment_ids',
  'inference_geos',
  'organization_ids',
  'rbac_group_ids',
  'service_tiers',
  'session_ids',
  'slack_channel_ids',
  'speeds',
  'user_profile_ids',
  'workspace_ids',
]);
