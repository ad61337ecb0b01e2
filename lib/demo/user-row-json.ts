// Fast JSON for /users rows: a /users page of 1000 rows is ~2.4 MB, and JSON.stringify of
// the row objects dominated serve time. These functions write the same text directly.
// Invariant (tested): userRowJson(acc, u) === JSON.stringify(acc.toRow(u, false)).
import { dayString } from './dates';
import type { DemoMember } from './org-types';
import { userRef } from './member-day';
import { popcount } from './popcount';
import { UserRowAccumulator } from './user-row';

const ZERO_TAIL = JSON.stringify(new UserRowAccumulator().toRow(null, false)).slice(
  '{"user":null,'.length,
);

const userJsonCache = new WeakMap<DemoMember, string>();

/** JSON of a member's `user` object (cached per member). */
export function userJson(m: DemoMember): string {
  let s = userJsonCache.get(m);
  if (s === undefined) {
    s = JSON.stringify(userRef(m));
    userJsonCache.set(m, s);
  }
  return s;
}

/** JSON of an all-zero (inactive) per-user row. */
export function zeroRowJson(m: DemoMember): string {
  return `{"user":${userJson(m)},${ZERO_TAIL}`;
}

/** JSON of a per-user row (not grouped) from an accumulator. */
export function userRowJson(a: UserRowAccumulator, m: DemoMember): string {
  const c = a.chat;
  const k = a.code;
  const t = a.tools;
  const w = a.cowork;
  const o = (i: number): string => {
    const x = a.office[i]!;
    return `{"distinct_session_count":${x.sessions},"message_count":${x.messages},"skills_used_count":${x.skillInv},"distinct_skills_used_count":${popcount(x.skillMask)},"connectors_used_count":${x.calls},"distinct_connectors_used_count":${popcount(x.connMask)}}`;
  };
  const last = a.lastActive >= 0 ? `"${dayString(a.lastActive)}"` : 'null';
  return (
    `{"user":${userJson(m)},"distinct_user_count":null,"last_activity_date":${last},"web_search_count":${a.web},` +
    `"chat_metrics":{"distinct_conversation_count":${c.conv},"message_count":${c.msgs},"thinking_message_count":${c.thinking},` +
    `"distinct_projects_created_count":${c.created},"distinct_projects_used_count":${a.chatProjects.size},` +
    `"distinct_files_uploaded_count":${c.files},"distinct_artifacts_created_count":${c.artifacts},` +
    `"distinct_shared_artifacts_viewed_count":${c.sharedArt},"distinct_skills_used_count":${popcount(c.skillMask)},` +
    `"connectors_used_count":${c.calls},"distinct_connectors_used_count":${popcount(c.connMask)},"shared_conversations_viewed_count":${c.sharedConv}},` +
    `"claude_code_metrics":{"core_metrics":{"distinct_session_count":${k.sessions},"commit_count":${k.commits},"pull_request_count":${k.prs},` +
    `"artifacts_created_count":${k.artifacts},"lines_of_code":{"added_count":${k.added},"removed_count":${k.removed}}},` +
    `"tool_actions":{"edit_tool":{"accepted_count":${t[0]},"rejected_count":${t[1]}},"multi_edit_tool":{"accepted_count":${t[2]},"rejected_count":${t[3]}},` +
    `"write_tool":{"accepted_count":${t[4]},"rejected_count":${t[5]}},"notebook_edit_tool":{"accepted_count":${t[6]},"rejected_count":${t[7]}}}},` +
    `"cowork_metrics":{"distinct_session_count":${w.sessions},"message_count":${w.msgs},"action_count":${w.actions},"dispatch_turn_count":${w.dispatch},` +
    `"skills_used_count":${w.skillInv},"distinct_skills_used_count":${popcount(w.skillMask)},"connectors_used_count":${w.calls},` +
    `"distinct_connectors_used_count":${popcount(w.connMask)},"plugins_used_count":${w.pluginInv},"distinct_plugins_used_count":${popcount(w.pluginMask)},` +
    `"artifacts_created_count":${w.artifacts},"file_edit_count":null,"edit_tool_count":null,"multi_edit_tool_count":null,"write_tool_count":null,` +
    `"notebook_edit_tool_count":null,"sessions_with_file_edits_count":null},` +
    `"office_metrics":{"excel":${o(0)},"powerpoint":${o(1)},"word":${o(2)},"outlook":${o(3)}},` +
    `"design_metrics":{"distinct_session_count":${a.design.sessions},"message_count":${a.design.msgs},"distinct_projects_created_count":${a.design.created},"distinct_projects_used_count":${a.design.used}},` +
    `"science_metrics":{"distinct_session_count":0,"message_count":0,"delegation_count":0,"remote_compute_job_count":0,"skills_used_count":0}}`
  );
}
