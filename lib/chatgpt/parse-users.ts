/**
 * One User Engagement row → ChatgptUserPeriod (lib/chatgpt/records.ts),
 * read by column name (every schema version; reference §2a).
 *
 * - `email` is required, trimmed and lower-cased (the join key across tools).
 * - Pending users arrive almost blank: `is_active` null, counts 0, no public id.
 * - `tool_messages` is kept apart from `messages` (tool calls, not a subset).
 * - `groups` keeps the dict literal's values (SCIM group names); `department`
 *   the JSON array's items. `model_to_messages` and the other `*_to_messages`
 *   dicts are not kept (the metrics do not read them), so they are not parsed.
 * - `period_end` before `period_start` is an error.
 */
import {
  readCadence,
  readCount,
  readDay,
  readDictValues,
  readFlag,
  readList,
  readText,
  readUserStatus,
} from '@/lib/chatgpt/cells';
import {
  periodKeyOf,
  type ChatgptPeriod,
  type ChatgptPeriodKey,
  type ChatgptUserPeriod,
} from '@/lib/chatgpt/records';
import { RowProblem, type RowReader } from '@/lib/chatgpt/row-reader';

/** Periods already read, by their three raw cells (a file holds a handful of periods). */
const periodCache = new Map<string, ChatgptPeriod & { periodKey: ChatgptPeriodKey }>();

/**
 * The row's period (cadence, start, end) and its key, checked. Shared with
 * GPT rows. The same object for every row of a period: spread it, never change it.
 */
export function readPeriod(row: RowReader): ChatgptPeriod & { periodKey: ChatgptPeriodKey } {
  const raw = `${row.raw('cadence')}\u0000${row.raw('period_start')}\u0000${row.raw('period_end')}`;
  const hit = periodCache.get(raw);
  if (hit) return hit;
  const period = checkedPeriod(row);
  const read = { ...period, periodKey: periodKeyOf(period) };
  if (periodCache.size > 1000) periodCache.clear();
  periodCache.set(raw, read);
  return read;
}

function checkedPeriod(row: RowReader): ChatgptPeriod {
  const cadence = row.field('cadence', readCadence);
  const start = row.field('period_start', readDay);
  const end = row.field('period_end', readDay);
  if (!start) throw new RowProblem('period_start', 'The period_start is blank.');
  if (!end) throw new RowProblem('period_end', 'The period_end is blank.');
  if (end < start)
    throw new RowProblem('period_end', `The period ends (${end}) before it starts (${start}).`);
  return { cadence, start, end };
}

export function readUserRow(row: RowReader): ChatgptUserPeriod {
  const period = readPeriod(row);
  const email = row.raw('email').trim().toLowerCase();
  if (!email) throw new RowProblem('email', 'The email is blank.');
  if (!email.includes('@'))
    throw new RowProblem('email', `The email "${email.slice(0, 60)}" is not an address.`);
  return {
    // Named, not spread: `{ ...period, 22 more }` took V8's slow path (~100 µs a row).
    cadence: period.cadence,
    start: period.start,
    end: period.end,
    periodKey: period.periodKey,
    email,
    publicId: readText(row.raw('public_id')),
    name: readText(row.raw('name')),
    userStatus: row.field('user_status', readUserStatus),
    isActive: row.field('is_active', readFlag),
    firstDayActive: row.field('first_day_active_in_period', readDay),
    lastDayActiveInPeriod: row.field('last_day_active_in_period', readDay),
    lastDayActive: row.field('last_day_active', readDay),
    createdOrInvited: row.field('created_or_invited_date', readDay),
    messages: row.field('messages', readCount),
    gptMessages: row.field('gpt_messages', readCount),
    gptsMessaged: row.field('gpts_messaged', readCount),
    toolMessages: row.field('tool_messages', readCount),
    toolsMessaged: row.field('tools_messaged', readCount),
    projectMessages: row.field('project_messages', readCount),
    projectsMessaged: row.field('projects_messaged', readCount),
    projectsCreated: row.field('projects_created', readCount),
    groups: row.field('groups', readDictValues),
    departments: row.field('department', readList),
    userRole: readText(row.raw('user_role'))?.toLowerCase() ?? null,
  };
}
