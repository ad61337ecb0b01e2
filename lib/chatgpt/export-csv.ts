/**
 * Writes ChatGPT records back out as export CSV text in the real format of a
 * schema version (lib/chatgpt/columns.ts): what the demo hands out as sample
 * files and what the parser's round-trip tests read. Columns Uptake does not
 * keep are filled the way the exports fill them: `model_to_messages` and the
 * other dicts as Python dict literals, `messages_rank` among the period's
 * active users (ties share a rank), `groups` keyed by a 32-hex id per name.
 */
import Papa from 'papaparse';
import {
  gptColumns,
  gptColumns2025,
  userColumns,
  type UserSchemaVersion,
} from '@/lib/chatgpt/columns';
import type { ChatgptGptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';

/** A deterministic 32-hex id for `text` (FNV-1a, four rounds); not a secret. */
export function hexIdOf(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const cadenceLabel = { weekly: 'Weekly', monthly: 'Monthly', range: 'Date Range' } as const;
const pyString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const pyDict = (entries: [string, string | number][]) =>
  entries.length
    ? `{${entries.map(([k, v]) => `${pyString(k)}: ${typeof v === 'number' ? v : pyString(v)}`).join(', ')}}`
    : '';
const count = (n: number, pending: boolean) => (pending ? '' : String(n));

/** Ranks of active users' messages within each period (1 = most; ties share). */
function ranksOf(users: readonly ChatgptUserPeriod[]): Map<ChatgptUserPeriod, number> {
  const byPeriod = new Map<string, ChatgptUserPeriod[]>();
  for (const u of users) {
    if (!u.isActive) continue;
    const list = byPeriod.get(u.periodKey);
    if (list) list.push(u);
    else byPeriod.set(u.periodKey, [u]);
  }
  const ranks = new Map<ChatgptUserPeriod, number>();
  for (const list of byPeriod.values()) {
    list.sort((a, b) => b.messages - a.messages);
    list.forEach((u, i) => {
      const previous = list[i - 1];
      ranks.set(u, previous && previous.messages === u.messages ? ranks.get(previous)! : i + 1);
    });
  }
  return ranks;
}

/** Options for the columns Uptake does not keep. */
export interface ExportCsvOptions {
  /** `account_id` (the workspace), 32 hex. */
  accountId: string;
  /** `role` per email (self-entered level); blank when absent. */
  roleOf?: (email: string) => string;
}

/** User Engagement CSV text of `version` for `users` (CRLF-free, header first). */
export function userEngagementCsv(
  users: readonly ChatgptUserPeriod[],
  version: UserSchemaVersion,
  options: ExportCsvOptions,
): string {
  const columns = userColumns[version];
  const ranks = ranksOf(users);
  const rows = users.map((u) => {
    const p = u.userStatus === 'pending';
    const active = u.isActive === true;
    const cells: Record<string, string> = {
      cadence: cadenceLabel[u.cadence],
      period_start: u.start,
      period_end: u.end,
      account_id: options.accountId,
      public_id: u.publicId ?? '',
      name: u.name ?? '',
      email: u.email,
      role: options.roleOf?.(u.email) ?? '',
      user_role: u.userRole ?? '',
      department: u.departments.length ? JSON.stringify(u.departments) : '',
      groups: pyDict(u.groups.map((g) => [hexIdOf(g), g])),
      user_status: u.userStatus,
      created_or_invited_date: u.createdOrInvited ?? '',
      is_active: u.isActive === null ? '' : u.isActive ? '1' : '0',
      first_day_active_in_period: u.firstDayActive ?? '',
      last_day_active_in_period: u.lastDayActiveInPeriod ?? '',
      messages: count(u.messages, p),
      messages_rank: active ? String(ranks.get(u) ?? '') : '',
      model_to_messages: u.messages ? pyDict([['gpt-5', u.messages]]) : '',
      gpt_messages: count(u.gptMessages, p),
      gpts_messaged: count(u.gptsMessaged, p),
      gpt_to_messages: u.gptMessages ? pyDict([[`g-${hexIdOf(u.email)}`, u.gptMessages]]) : '',
      tool_messages: count(u.toolMessages, p),
      tools_messaged: count(u.toolsMessaged, p),
      tool_to_messages: u.toolMessages ? pyDict([['Search', u.toolMessages]]) : '',
      project_messages: count(u.projectMessages, p),
      projects_messaged: count(u.projectsMessaged, p),
      project_to_messages: u.projectMessages
        ? pyDict([[`g-p-${hexIdOf(u.email)}`, u.projectMessages]])
        : '',
      projects_created: count(u.projectsCreated, p),
      last_day_active: u.lastDayActive ?? '',
      credits_used: p ? '' : String(u.messages * 2),
    };
    return columns.map((c) => cells[c] ?? '');
  });
  return Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n' });
}

/** GPT Engagement CSV text; `withConfigType` false writes the February 2025 columns. */
export function gptEngagementCsv(
  gpts: readonly ChatgptGptPeriod[],
  options: ExportCsvOptions & { withConfigType: boolean; creatorIdOf?: (email: string) => string },
): string {
  const columns: readonly string[] = options.withConfigType ? gptColumns : gptColumns2025;
  const rows = gpts.map((g) => {
    const cells: Record<string, string> = {
      cadence: cadenceLabel[g.cadence],
      period_start: g.start,
      period_end: g.end,
      account_id: options.accountId,
      gpt_id: g.gptId,
      gpt_name: g.gptName ?? '',
      config_type: g.configType ?? '',
      gpt_description: '',
      gpt_url: `https://chatgpt.com/g/${g.gptId}`,
      gpt_creator_public_id: g.creatorEmail ? (options.creatorIdOf?.(g.creatorEmail) ?? '') : '',
      gpt_creator_email: g.creatorEmail ?? '',
      is_active: g.isActive ? '1' : '0',
      first_day_active_in_period: g.isActive ? g.start : '',
      last_day_active_in_period: g.isActive ? g.end : '',
      messages_workspace: String(g.messagesWorkspace),
      unique_messagers_workspace: String(g.uniqueMessagersWorkspace),
    };
    return columns.map((c) => cells[c] ?? '');
  });
  return Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n' });
}
