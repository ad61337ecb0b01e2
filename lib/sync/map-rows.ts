/**
 * From the API's wire shapes (lib/api, already validated) to the history's
 * normalised records (lib/store). The one place that knows both.
 *
 * A present null where the API's types promise a value is "not reported"
 * (lib/api/schemas/common.ts, `reported`): a counter or a whole metrics block
 * counts as nothing, the rest of the row is kept; a row whose null leaves it
 * without its member id or its day cannot be placed and is left out.
 */
import type { ActivitySummary, UserActivity } from '@/lib/api';
import type { DaySummaryInput, UserDayRow } from '@/lib/store/history';
import type { GroupFeatureUse, Product, UserDayColumn } from '@/lib/store/records';

const n = (value: number | null | undefined): number => (typeof value === 'number' ? value : 0);

type OfficeApp =
  { distinct_session_count?: number | null; message_count: number | null } | null | undefined;

/**
 * A member's counters from one `/users` row. Activity while "Chat and Cowork
 * unified" was on is reported in its own block; it is added to chat and Cowork
 * so a member is counted the same whichever way the org is set up. Office is
 * the sum over its apps.
 */
export function userRowValues(row: UserActivity): Record<UserDayColumn, number> {
  const chat = row.chat_metrics;
  const unified = row.chat_cowork_unified_metrics;
  const uChat = unified?.chat;
  const uSessions = unified?.sessions;
  const core = row.claude_code_metrics?.core_metrics;
  const actions = row.claude_code_metrics?.tool_actions;
  const cowork = row.cowork_metrics;
  const office = row.office_metrics;
  const apps: OfficeApp[] = [office?.excel, office?.powerpoint, office?.word, office?.outlook];
  const tools = [
    actions?.edit_tool,
    actions?.write_tool,
    actions?.multi_edit_tool,
    actions?.notebook_edit_tool,
  ];
  return {
    chatMessages: n(chat?.message_count) + n(uChat?.message_count),
    chatConversations: n(chat?.distinct_conversation_count) + n(uChat?.distinct_conversation_count),
    chatProjectsUsed:
      n(chat?.distinct_projects_used_count) + n(uChat?.distinct_projects_used_count),
    chatProjectsCreated:
      n(chat?.distinct_projects_created_count) + n(uChat?.distinct_projects_created_count),
    chatArtifactsCreated:
      n(chat?.distinct_artifacts_created_count) + n(uChat?.distinct_artifacts_created_count),
    chatFilesUploaded:
      n(chat?.distinct_files_uploaded_count) + n(uChat?.distinct_files_uploaded_count),
    chatSkillsUsed: n(chat?.distinct_skills_used_count) + n(uChat?.distinct_skills_used_count),
    chatConnectorsUsed:
      n(chat?.distinct_connectors_used_count) + n(uChat?.distinct_connectors_used_count),
    codeSessions: n(core?.distinct_session_count),
    codeCommits: n(core?.commit_count),
    codePullRequests: n(core?.pull_request_count),
    codeLinesAdded: n(core?.lines_of_code?.added_count),
    codeLinesRemoved: n(core?.lines_of_code?.removed_count),
    codeToolAccepted: tools.reduce((s, t) => s + n(t?.accepted_count), 0),
    codeToolRejected: tools.reduce((s, t) => s + n(t?.rejected_count), 0),
    coworkSessions: n(cowork?.distinct_session_count) + n(uSessions?.distinct_session_count),
    coworkMessages: n(cowork?.message_count) + n(uSessions?.message_count),
    coworkActions: n(cowork?.action_count) + n(uSessions?.action_count),
    coworkSkillsUsed:
      n(cowork?.distinct_skills_used_count) + n(uSessions?.distinct_skills_used_count),
    coworkConnectorsUsed:
      n(cowork?.distinct_connectors_used_count) + n(uSessions?.distinct_connectors_used_count),
    officeSessions: apps.reduce((s, a) => s + n(a?.distinct_session_count), 0),
    officeMessages: apps.reduce((s, a) => s + n(a?.message_count), 0),
    designSessions: n(row.design_metrics?.distinct_session_count),
    designMessages: n(row.design_metrics?.message_count),
    webSearches: n(row.web_search_count),
  };
}

type Count = number | null | undefined;

/**
 * A use total from counts of one row: their sum, or null when a count is
 * missing and the known ones sum to 0 (nobody used it as far as the API tells,
 * but it did not tell everything). A sum > 0 is kept even when a part is
 * missing: someone did use it.
 */
export function useTotal(parts: readonly Count[]): number | null {
  let sum = 0;
  let unknown = false;
  for (const p of parts) {
    if (typeof p === 'number') sum += p;
    else unknown = true;
  }
  return sum > 0 || !unknown ? sum : null;
}

/**
 * A group's feature use over a window, from a grouped `/users` row: Cowork
 * sessions (messages where sessions are nulled), connector calls and skill uses
 * in chat and Cowork, chat projects used — each including the "Chat and Cowork
 * unified" block when the row has one. 0 means nobody in the group used it; a
 * count or block not reported makes a total of 0 unknown (null), never "nobody".
 */
export function groupFeatureUse(row: UserActivity): GroupFeatureUse {
  const chat = row.chat_metrics;
  const cowork = row.cowork_metrics;
  const u = row.chat_cowork_unified_metrics;
  const both = <T>(a: T, b: T | undefined): (T | undefined)[] => (u ? [a, b] : [a]);
  return {
    cowork:
      useTotal(both(cowork?.distinct_session_count, u?.sessions?.distinct_session_count)) ??
      useTotal(both(cowork?.message_count, u?.sessions?.message_count)),
    connectors: useTotal([
      ...both(chat?.connectors_used_count, u?.chat?.connectors_used_count),
      ...both(cowork?.connectors_used_count, u?.sessions?.connectors_used_count),
    ]),
    skills: useTotal([
      ...both(chat?.distinct_skills_used_count, u?.chat?.distinct_skills_used_count),
      ...both(cowork?.skills_used_count, u?.sessions?.skills_used_count),
    ]),
    projects: useTotal(
      both(chat?.distinct_projects_used_count, u?.chat?.distinct_projects_used_count),
    ),
  };
}

/**
 * A per-member `/users` row as the history keeps it; null for rows without a member (grouped rows,
 * or a member id not reported). An email not reported is kept empty.
 */
export function toUserDayRow(row: UserActivity): UserDayRow | null {
  if (!row.user?.id) return null;
  return { memberId: row.user.id, email: row.user.email_address ?? '', values: userRowValues(row) };
}

/**
 * One `/summaries` row as the history keeps it; null when its day or one of its active-user
 * counts was not reported (nothing to store for that day; the other days are kept).
 */
export function toDaySummary(row: ActivitySummary, fetchedAt: number): DaySummaryInput | null {
  const { date } = row;
  const daily = row.daily_active_user_count;
  const weekly = row.weekly_active_user_count;
  const monthly = row.monthly_active_user_count;
  if (date === null || daily === null || weekly === null || monthly === null) return null;
  const product = (key: string) => {
    const r = row as Record<string, unknown>;
    const get = (w: string) => {
      const v = r[`${key}_${w}_active_user_count`];
      return typeof v === 'number' ? v : null;
    };
    return { daily: get('daily'), weekly: get('weekly'), monthly: get('monthly') };
  };
  const productActive: Record<
    Product,
    { daily: number | null; weekly: number | null; monthly: number | null }
  > = {
    chat: product('chat'),
    claude_code: product('claude_code'),
    cowork: product('cowork'),
    office: product('office_agent'),
    design: product('claude_design'),
  };
  return {
    day: date,
    dailyActive: daily,
    weeklyActive: weekly,
    monthlyActive: monthly,
    productActive,
    assignedSeats: row.assigned_seat_count ?? null,
    pendingInvites: typeof row.pending_invite_count === 'number' ? row.pending_invite_count : null,
    fetchedAt,
  };
}

/** Every `/summaries` row that can be stored, and how many could not (see `toDaySummary`). */
export function toDaySummaries(
  rows: readonly ActivitySummary[],
  fetchedAt: number,
): { days: DaySummaryInput[]; skipped: number } {
  const days = rows.flatMap((row) => toDaySummary(row, fetchedAt) ?? []);
  return { days, skipped: rows.length - days.length };
}
