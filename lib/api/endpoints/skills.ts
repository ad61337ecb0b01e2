/**
 * `GET /skills` — skill usage (reference §5.4). Sorted by skill name. `skill_name` filters match
 * case-insensitively; `share_status` values are `organization`, `private`, `public`.
 */
import type { EngagementEndpoint } from '@/lib/api/endpoints/define';
import {
  daySelectionQuery,
  listQuery,
  type DaySelection,
  type EngagementListParams,
} from '@/lib/api/endpoints/params';
import { skillsPage, type SkillActivity } from '@/lib/api/schemas/skills';

export type SkillsFilterDim =
  'product' | 'rbac_group_id' | 'share_status' | 'skill_name' | 'user_id';
export type SkillsGroupBy = 'product' | 'rbac_group_id' | 'user_id';
export type SkillsParams = DaySelection & EngagementListParams<SkillsFilterDim, SkillsGroupBy>;

export const skillsEndpoint: EngagementEndpoint<SkillsParams, SkillActivity> = {
  envelope: 'engagement',
  path: '/skills',
  schema: skillsPage,
  query: (params) => ({ ...daySelectionQuery('/skills', params), ...listQuery('/skills', params) }),
};
