/**
 * `GET /v1/organizations/analytics/apps/chat/projects` — claude.ai chat project usage, one row per
 * project (per project × group when grouped). Reference §5.3, SDK type `AnalyticsProjectActivity`.
 *
 * Strict: `project_id`, `distinct_user_count`, `message_count`. The creator is `null` when unknown.
 */
import { z } from 'zod';
import {
  analyticsUser,
  count,
  groupKeys,
  identity,
  optionalCount,
  optionalString,
  pageEnvelope,
} from '@/lib/api/schemas/common';

/** One chat project's activity. */
export const chatProjectActivity = z.looseObject({
  project_id: identity,
  project_name: optionalString,
  created_at: optionalString,
  created_by: analyticsUser.nullish(),
  distinct_user_count: count,
  distinct_conversation_count: optionalCount,
  message_count: count,
  user_id: groupKeys.user_id,
  rbac_group_id: groupKeys.rbac_group_id,
  rbac_group_name: groupKeys.rbac_group_name,
});
export type ChatProjectActivity = z.output<typeof chatProjectActivity>;

/** The `/apps/chat/projects` page. */
export const chatProjectsPage = pageEnvelope(chatProjectActivity);
