/**
 * What Uptake keeps of ChatGPT Enterprise / Edu workspace-analytics exports
 * (see ../shared/reference/chatgpt-enterprise.md): one record per person per
 * export period (User Engagement) and one per custom GPT per period (GPT
 * Engagement). These are the shapes the importer produces and stores, and
 * the shapes the pure metrics (lib/metrics) read (lib/metrics imports the
 * types only; the file has no browser, storage or clock code).
 *
 * Dates are `YYYY-MM-DD` (UTC calendar days, inclusive at both ends).
 */

/**
 * An export's period. ChatGPT exports Sunday–Saturday weeks or calendar
 * months; some 2026 files use a free `Date Range`. `range` keeps those.
 */
export type ChatgptCadence = 'weekly' | 'monthly' | 'range';

/** `user_status` as exported. Only `enabled` holds a seat. */
export type ChatgptUserStatus = 'enabled' | 'pending' | 'deleted';

/**
 * A period's identity: `${cadence}:${start}:${end}`. Re-importing rows of the
 * same period key replaces the earlier ones (never double-counts).
 */
export type ChatgptPeriodKey = `${ChatgptCadence}:${string}:${string}`;

export interface ChatgptPeriod {
  cadence: ChatgptCadence;
  /** First day of the period (`period_start`). */
  start: string;
  /** Last day of the period, inclusive (`period_end`). */
  end: string;
}

/** One User Engagement row: one person in one period. */
export interface ChatgptUserPeriod extends ChatgptPeriod {
  periodKey: ChatgptPeriodKey;
  /** Join key across tools: `email`, trimmed and lower-cased. Always filled. */
  email: string;
  /** `public_id`; null for pending users. */
  publicId: string | null;
  /** `name`; null when blank. May equal the email. */
  name: string | null;
  userStatus: ChatgptUserStatus;
  /** `is_active` (≥ 1 message sent in the period); null when blank (pending). */
  isActive: boolean | null;
  /** `first_day_active_in_period` / `last_day_active_in_period`; null when inactive. */
  firstDayActive: string | null;
  lastDayActiveInPeriod: string | null;
  /** `last_day_active`: last message in this or any earlier period; null if never active. */
  lastDayActive: string | null;
  /** `created_or_invited_date`; null when blank. */
  createdOrInvited: string | null;
  /** `messages`: messages the person sent (not model messages). 0 when blank. */
  messages: number;
  /** `gpt_messages`, `gpts_messaged`: messages to custom GPTs; distinct GPTs. */
  gptMessages: number;
  gptsMessaged: number;
  /** `tool_messages`, `tools_messaged`: tool calls; NOT a subset of `messages`. */
  toolMessages: number;
  toolsMessaged: number;
  /** `project_messages`, `projects_messaged`, `projects_created` (0 in files before Feb 2025). */
  projectMessages: number;
  projectsMessaged: number;
  projectsCreated: number;
  /** SCIM groups from `groups` (the dict literal's values, e.g. `SG-ChatGPT-Sales`). */
  groups: string[];
  /** Self-reported `department` values (JSON array in the cell). Not an org chart. */
  departments: string[];
  /** `user_role`: `account-owner`, `account-admin`, `standard-user`; null when blank. */
  userRole: string | null;
}

/** One GPT Engagement row: one custom GPT (one config) in one period. */
export interface ChatgptGptPeriod extends ChatgptPeriod {
  periodKey: ChatgptPeriodKey;
  gptId: string;
  gptName: string | null;
  /** `config_type` (`live` / `draft`), lower-cased; null when the column is absent. */
  configType: string | null;
  /** Lower-cased `gpt_creator_email`; null when blank. */
  creatorEmail: string | null;
  isActive: boolean;
  messagesWorkspace: number;
  uniqueMessagersWorkspace: number;
}

/** Everything imported, as the metrics read it. */
export interface ChatgptHistory {
  users: readonly ChatgptUserPeriod[];
  gpts: readonly ChatgptGptPeriod[];
}

/** The period key of a period. */
export function periodKeyOf(period: ChatgptPeriod): ChatgptPeriodKey {
  return `${period.cadence}:${period.start}:${period.end}`;
}
