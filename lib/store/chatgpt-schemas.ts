/**
 * Validation of the ChatGPT export records (lib/chatgpt/records.ts) before
 * the history stores them (`chatgptUsers`, `chatgptGpts`).
 *
 * Hand-written rather than zod: an import writes up to a few hundred thousand
 * rows at once, and jitless zod (the only zod extension pages may run) took
 * ~85 µs a row on the shared machine, more than parsing the CSV. Same rules
 * as record-schemas.ts: real days, whole non-negative counts, known enums,
 * and a period key that matches its cadence and dates. Returns the first
 * problem as "field: what is wrong", or null when the record is valid.
 */
import type { ChatgptGptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { isDay } from '@/lib/store/days';

type Check = (value: unknown) => string | null;

const day: Check = (v) =>
  typeof v === 'string' && isDay(v) ? null : 'must be a real YYYY-MM-DD date';
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);
const text: Check = (v) => (typeof v === 'string' ? null : 'must be text');
const nonEmpty: Check = (v) => (typeof v === 'string' && v.length > 0 ? null : 'must be filled');
const count: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 0 ? null : 'must be a whole number ≥ 0';
const flag: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    values.includes(v as string) ? null : `must be one of ${values.join(', ')}`;
const texts: Check = (v) =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'must be a list of texts';

const period: Record<string, Check> = {
  periodKey: text,
  cadence: oneOf('weekly', 'monthly', 'range'),
  start: day,
  end: day,
};

const userChecks: Record<keyof ChatgptUserPeriod, Check> = {
  ...(period as Record<'periodKey' | 'cadence' | 'start' | 'end', Check>),
  email: nonEmpty,
  publicId: nullable(text),
  name: nullable(text),
  userStatus: oneOf('enabled', 'pending', 'deleted'),
  isActive: nullable(flag),
  firstDayActive: nullable(day),
  lastDayActiveInPeriod: nullable(day),
  lastDayActive: nullable(day),
  createdOrInvited: nullable(day),
  messages: count,
  gptMessages: count,
  gptsMessaged: count,
  toolMessages: count,
  toolsMessaged: count,
  projectMessages: count,
  projectsMessaged: count,
  projectsCreated: count,
  groups: texts,
  departments: texts,
  userRole: nullable(text),
};

const gptChecks: Record<keyof ChatgptGptPeriod, Check> = {
  ...(period as Record<'periodKey' | 'cadence' | 'start' | 'end', Check>),
  gptId: nonEmpty,
  gptName: nullable(text),
  configType: nullable(text),
  creatorEmail: nullable(text),
  isActive: flag,
  messagesWorkspace: count,
  uniqueMessagersWorkspace: count,
};

function problemOf(record: unknown, checks: Record<string, Check>): string | null {
  if (typeof record !== 'object' || record === null) return 'not a record';
  const r = record as Record<string, unknown>;
  for (const field in checks) {
    const problem = checks[field]!(r[field]);
    if (problem) return `${field}: ${problem}`;
  }
  if (r.periodKey !== `${r.cadence}:${r.start}:${r.end}`)
    return 'periodKey: must match cadence, start and end';
  if ((r.end as string) < (r.start as string)) return 'end: must not be before start';
  return null;
}

/** The first problem of a User Engagement record, or null. */
export const chatgptUserProblem = (u: unknown) => problemOf(u, userChecks);
/** The first problem of a GPT Engagement record, or null. */
export const chatgptGptProblem = (g: unknown) => problemOf(g, gptChecks);
