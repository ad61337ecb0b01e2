/**
 * The columns of ChatGPT Enterprise / Edu workspace-analytics exports, by
 * schema version (../shared/reference/chatgpt-enterprise.md §2), and how a
 * file's kind is told from its header (never from its name).
 *
 * User Engagement grew: the January 2025 file has 22 columns; February 2025
 * adds `project_messages`, `projects_messaged`; March and October 2025 files
 * have 30 (`groups`, the `*_to_messages` dicts and `projects_created`
 * joined); 2026 adds `credits_used`. The parser reads columns by name, so
 * any of these (and unknown extra columns) parse the same way.
 */

/** User Engagement columns of the January 2025 export (22). */
const users2025Jan = [
  'cadence',
  'period_start',
  'period_end',
  'account_id',
  'public_id',
  'name',
  'email',
  'role',
  'user_role',
  'department',
  'user_status',
  'created_or_invited_date',
  'is_active',
  'first_day_active_in_period',
  'last_day_active_in_period',
  'messages',
  'messages_rank',
  'gpt_messages',
  'gpts_messaged',
  'tool_messages',
  'tools_messaged',
  'last_day_active',
] as const;

/** User Engagement columns of the October 2025 export (30), in the file's order (reference §5). */
const users2025Oct = [
  'cadence',
  'period_start',
  'period_end',
  'account_id',
  'public_id',
  'name',
  'email',
  'role',
  'user_role',
  'department',
  'groups',
  'user_status',
  'created_or_invited_date',
  'is_active',
  'first_day_active_in_period',
  'last_day_active_in_period',
  'messages',
  'messages_rank',
  'model_to_messages',
  'gpt_messages',
  'gpts_messaged',
  'gpt_to_messages',
  'tool_messages',
  'tools_messaged',
  'tool_to_messages',
  'project_messages',
  'projects_messaged',
  'project_to_messages',
  'projects_created',
  'last_day_active',
] as const;

const insertBefore = (columns: readonly string[], before: string, added: string[]) => {
  const at = columns.indexOf(before);
  return [...columns.slice(0, at), ...added, ...columns.slice(at)];
};

/** The export schema versions Uptake knows, oldest first. */
export const userSchemaVersions = ['2025-01', '2025-02', '2025-10', '2026'] as const;
export type UserSchemaVersion = (typeof userSchemaVersions)[number];

/** User Engagement columns of each schema version, in file order. */
export const userColumns: Record<UserSchemaVersion, readonly string[]> = {
  '2025-01': users2025Jan,
  '2025-02': insertBefore(users2025Jan, 'last_day_active', [
    'project_messages',
    'projects_messaged',
  ]),
  '2025-10': users2025Oct,
  '2026': [...users2025Oct, 'credits_used'],
};

/** GPT Engagement columns with `config_type` (third-party sources, 2026; reference §2b). */
export const gptColumns = [
  'cadence',
  'period_start',
  'period_end',
  'account_id',
  'gpt_id',
  'gpt_name',
  'config_type',
  'gpt_description',
  'gpt_url',
  'gpt_creator_public_id',
  'gpt_creator_email',
  'is_active',
  'first_day_active_in_period',
  'last_day_active_in_period',
  'messages_workspace',
  'unique_messagers_workspace',
] as const;

/** GPT Engagement columns of the February 2025 file (no `config_type`). */
export const gptColumns2025 = gptColumns.filter((c) => c !== 'config_type');

/** Columns without which a file of that kind cannot be read. */
export const requiredColumns = {
  users: ['cadence', 'period_start', 'period_end', 'email', 'user_status', 'is_active', 'messages'],
  gpts: ['cadence', 'period_start', 'period_end', 'gpt_id', 'is_active', 'messages_workspace'],
} as const;

export type ChatgptFileKind = keyof typeof requiredColumns;

export const kindLabels: Record<ChatgptFileKind, string> = {
  users: 'User Engagement',
  gpts: 'GPT Engagement',
};

/** A header cell as compared: trimmed, lower-cased, BOM and surrounding quotes removed. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

export type Detection =
  | { ok: true; kind: ChatgptFileKind; index: Map<string, number>; ignored: string[] }
  | { ok: false; reason: string };

const known = new Set<string>([...userColumns['2026'], ...gptColumns]);

/**
 * The kind of export whose first row is `header`: GPT Engagement when it has
 * `gpt_id`, User Engagement when it has `email` and `user_status`; `index`
 * maps each column name to its position (the first, if repeated), `ignored`
 * lists columns Uptake does not know. Not ok, with a sentence naming what
 * was expected, for any other file or when a required column is missing.
 */
export function detectKind(header: readonly string[]): Detection {
  const names = header.map(normaliseHeader);
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (name && !index.has(name)) index.set(name, i);
  });
  const kind: ChatgptFileKind | null = index.has('gpt_id')
    ? 'gpts'
    : index.has('email') && index.has('user_status')
      ? 'users'
      : null;
  if (!kind) {
    const shown = names.filter(Boolean).slice(0, 6).join(', ');
    return {
      ok: false,
      reason:
        'This is not a ChatGPT Enterprise export. Uptake reads the User Engagement file ' +
        '(columns such as email, user_status, is_active, messages) and the GPT Engagement file ' +
        '(gpt_id, messages_workspace) from Workspace analytics → Export; this file begins with ' +
        `${shown ? `the columns ${shown}${names.length > 6 ? ', …' : ''}` : 'no header row'}.`,
    };
  }
  const missing = requiredColumns[kind].filter((c) => !index.has(c));
  if (missing.length) {
    return {
      ok: false,
      reason:
        `This looks like a ChatGPT ${kindLabels[kind]} export, but it has no ` +
        `${missing.join(', ')} column${missing.length > 1 ? 's' : ''}; download the export again ` +
        'from Workspace analytics without editing it.',
    };
  }
  const ignored = names.filter((n) => n && !known.has(n));
  return { ok: true, kind, index, ignored };
}
