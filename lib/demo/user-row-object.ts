// The /users row object (AnalyticsUserActivity, §5.1) of a UserRowAccumulator.
import { dayString } from './dates';
import type { AnalyticsUserRef, UserActivityRow } from './types';
import { popcount } from './popcount';
import type { UserRowAccumulator } from './user-row';

/**
 * Builds the row: every metric block present; distinct skills/connectors/plugins are popcounts
 * of the unions; Cowork file-edit metrics are null (reporting not enabled for the demo org).
 */
export function accumulatorRow(
  a: UserRowAccumulator,
  user: AnalyticsUserRef | null,
  grouped: boolean,
): UserActivityRow {
  const c = a.chat;
  const o = (i: number) => {
    const x = a.office[i]!;
    return {
      distinct_session_count: x.sessions,
      message_count: x.messages,
      skills_used_count: x.skillInv,
      distinct_skills_used_count: popcount(x.skillMask),
      connectors_used_count: x.calls,
      distinct_connectors_used_count: popcount(x.connMask),
    };
  };
  const t = a.tools;
  return {
    user,
    distinct_user_count: grouped ? a.activeMembers.size : null,
    last_activity_date: a.lastActive >= 0 ? dayString(a.lastActive) : null,
    web_search_count: a.web,
    chat_metrics: {
      distinct_conversation_count: c.conv,
      message_count: c.msgs,
      thinking_message_count: c.thinking,
      distinct_projects_created_count: c.created,
      distinct_projects_used_count: a.chatProjects.size,
      distinct_files_uploaded_count: c.files,
      distinct_artifacts_created_count: c.artifacts,
      distinct_shared_artifacts_viewed_count: c.sharedArt,
      distinct_skills_used_count: popcount(c.skillMask),
      connectors_used_count: c.calls,
      distinct_connectors_used_count: popcount(c.connMask),
      shared_conversations_viewed_count: c.sharedConv,
    },
    claude_code_metrics: {
      core_metrics: {
        distinct_session_count: a.code.sessions,
        commit_count: a.code.commits,
        pull_request_count: a.code.prs,
        artifacts_created_count: a.code.artifacts,
        lines_of_code: { added_count: a.code.added, removed_count: a.code.removed },
      },
      tool_actions: {
        edit_tool: { accepted_count: t[0]!, rejected_count: t[1]! },
        multi_edit_tool: { accepted_count: t[2]!, rejected_count: t[3]! },
        write_tool: { accepted_count: t[4]!, rejected_count: t[5]! },
        notebook_edit_tool: { accepted_count: t[6]!, rejected_count: t[7]! },
      },
    },
    cowork_metrics: {
      distinct_session_count: a.cowork.sessions,
      message_count: a.cowork.msgs,
      action_count: a.cowork.actions,
      dispatch_turn_count: a.cowork.dispatch,
      skills_used_count: a.cowork.skillInv,
      distinct_skills_used_count: popcount(a.cowork.skillMask),
      connectors_used_count: a.cowork.calls,
      distinct_connectors_used_count: popcount(a.cowork.connMask),
      plugins_used_count: a.cowork.pluginInv,
      distinct_plugins_used_count: popcount(a.cowork.pluginMask),
      artifacts_created_count: a.cowork.artifacts,
      // File-edit reporting is not enabled for the demo organisation: null, never 0 (§5.1).
      file_edit_count: null,
      edit_tool_count: null,
      multi_edit_tool_count: null,
      write_tool_count: null,
      notebook_edit_tool_count: null,
      sessions_with_file_edits_count: null,
    },
    office_metrics: { excel: o(0), powerpoint: o(1), word: o(2), outlook: o(3) },
    design_metrics: {
      distinct_session_count: a.design.sessions,
      message_count: a.design.msgs,
      distinct_projects_created_count: a.design.created,
      distinct_projects_used_count: a.design.used,
    },
    science_metrics: {
      distinct_session_count: 0,
      message_count: 0,
      delegation_count: 0,
      remote_compute_job_count: 0,
      skills_used_count: 0,
    },
  };
}
