/**
 * `GET /v1/organizations/analytics/users` — one row per member per day (or per window in range
 * mode, or per RBAC group when grouped). Reference §5.1, SDK type `AnalyticsUserActivity`.
 *
 * Strict: the member (`user.id`, `user.email_address`, or `user: null` on grouped rows) and, in
 * every product block present since launch, the session/conversation count and message count
 * (plus Claude Code's commits, pull requests, lines and edit/write tool decisions). Everything else
 * is nullish. `design_metrics` and `science_metrics` arrived later, so they are optional blocks.
 */
import { z } from 'zod';
import {
  analyticsUser,
  count,
  day,
  distinctCount,
  groupKeys,
  optionalCount,
  pageEnvelope,
  reported,
} from '@/lib/api/schemas/common';

/** claude.ai chat activity (`AnalyticsChatMetrics`). */
export const chatMetrics = z.looseObject({
  distinct_conversation_count: distinctCount,
  message_count: count,
  thinking_message_count: optionalCount,
  distinct_projects_created_count: optionalCount,
  distinct_projects_used_count: optionalCount,
  distinct_files_uploaded_count: optionalCount,
  distinct_artifacts_created_count: optionalCount,
  distinct_shared_artifacts_viewed_count: optionalCount,
  distinct_skills_used_count: optionalCount,
  connectors_used_count: optionalCount,
  distinct_connectors_used_count: optionalCount,
  shared_conversations_viewed_count: optionalCount,
});

const toolActionCounts = z.looseObject({ accepted_count: count, rejected_count: count });
const toolActions = reported(toolActionCounts);

/** Claude Code activity (`AnalyticsClaudeCodeMetrics`). */
export const claudeCodeMetrics = z.looseObject({
  core_metrics: reported(
    z.looseObject({
      distinct_session_count: distinctCount,
      commit_count: count,
      pull_request_count: count,
      artifacts_created_count: optionalCount,
      lines_of_code: reported(z.looseObject({ added_count: count, removed_count: count })),
    }),
  ),
  tool_actions: reported(
    z.looseObject({
      edit_tool: toolActions,
      write_tool: toolActions,
      // MultiEdit no longer exists and NotebookEdit is rare: tolerate their disappearance.
      multi_edit_tool: toolActionCounts.nullish(),
      notebook_edit_tool: toolActionCounts.nullish(),
    }),
  ),
});

/** Cowork activity (`AnalyticsCoworkMetrics`); gated metrics are null while switched off. */
export const coworkMetrics = z.looseObject({
  distinct_session_count: distinctCount,
  message_count: count,
  action_count: optionalCount,
  dispatch_turn_count: optionalCount,
  skills_used_count: optionalCount,
  distinct_skills_used_count: optionalCount,
  connectors_used_count: optionalCount,
  distinct_connectors_used_count: optionalCount,
  plugins_used_count: optionalCount,
  distinct_plugins_used_count: optionalCount,
  artifacts_created_count: optionalCount,
  file_edit_count: optionalCount,
  edit_tool_count: optionalCount,
  multi_edit_tool_count: optionalCount,
  write_tool_count: optionalCount,
  notebook_edit_tool_count: optionalCount,
  sessions_with_file_edits_count: optionalCount,
});

/** One Office app (`AnalyticsOfficeProductMetrics`). */
export const officeProductMetrics = z.looseObject({
  distinct_session_count: distinctCount,
  message_count: count,
  skills_used_count: optionalCount,
  distinct_skills_used_count: optionalCount,
  connectors_used_count: optionalCount,
  distinct_connectors_used_count: optionalCount,
});

/** Claude in Office per app. The early API had only `excel` and `powerpoint`. */
export const officeMetrics = z.looseObject({
  excel: reported(officeProductMetrics),
  powerpoint: reported(officeProductMetrics),
  word: officeProductMetrics.nullish(),
  outlook: officeProductMetrics.nullish(),
});

/** Claude Design (`AnalyticsDesignMetrics`). */
export const designMetrics = z.looseObject({
  distinct_session_count: distinctCount,
  message_count: count,
  distinct_projects_created_count: optionalCount,
  distinct_projects_used_count: optionalCount,
});

/** Claude Science (`AnalyticsScienceMetrics`). */
export const scienceMetrics = z.looseObject({
  distinct_session_count: distinctCount,
  message_count: count,
  delegation_count: optionalCount,
  remote_compute_job_count: optionalCount,
  skills_used_count: optionalCount,
});

/** Activity while "Chat and Cowork unified" was on; omitted where unavailable. */
export const chatCoworkUnifiedMetrics = z.looseObject({
  chat: reported(chatMetrics),
  sessions: reported(coworkMetrics),
});

/** Claude Tag (Claude in Slack) activity; omitted where not offered. */
export const claudeTagMetrics = z.looseObject({
  active_day_count: optionalCount,
  active_message_count: optionalCount,
});

/**
 * One `/users` row (`AnalyticsUserActivity`). `user` is null on rows aggregated across users
 * (grouped by `rbac_group_id`), where `distinct_user_count` holds the number of active members.
 */
export const userActivity = z.looseObject({
  user: analyticsUser.nullable(),
  distinct_user_count: optionalCount,
  last_activity_date: day.nullish(),
  web_search_count: optionalCount,
  chat_metrics: reported(chatMetrics),
  claude_code_metrics: reported(claudeCodeMetrics),
  cowork_metrics: reported(coworkMetrics),
  office_metrics: reported(officeMetrics),
  design_metrics: designMetrics.nullish(),
  science_metrics: scienceMetrics.nullish(),
  chat_cowork_unified_metrics: chatCoworkUnifiedMetrics.nullish(),
  claude_tag_metrics: claudeTagMetrics.nullish(),
  rbac_group_id: groupKeys.rbac_group_id,
  rbac_group_name: groupKeys.rbac_group_name,
});
export type UserActivity = z.output<typeof userActivity>;

/** The `/users` page. */
export const usersPage = pageEnvelope(userActivity);
