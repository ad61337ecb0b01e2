/**
 * zod schemas of the records the history stores: what a write must satisfy
 * (and what every record of an import file must satisfy). Strict on what
 * Uptake relies on (keys, days, counts), unknown keys dropped.
 */
import { z } from 'zod';
import { isDay } from '@/lib/store/days';
import {
  products,
  type CatalogSnapshot,
  type DaySummary,
  type GroupActivity,
  type GroupMembershipSnapshot,
  type GroupRecord,
  type MemberRecord,
  type SpendRow,
  type SyncCheckpoint,
  type SyncLogEntry,
} from '@/lib/store/records';

export const daySchema = z.string().refine(isDay, 'must be a real YYYY-MM-DD date');
export const countSchema = z.number().int().nonnegative();
const nullableCount = countSchema.nullable();
const timestamp = z.number().nonnegative();
const id = z.string().min(1);

const productActive = z.object({
  daily: nullableCount,
  weekly: nullableCount,
  monthly: nullableCount,
});

export const daySummarySchema = z.object({
  scope: id,
  day: daySchema,
  dailyActive: countSchema,
  weeklyActive: countSchema,
  monthlyActive: countSchema,
  productActive: z.object({
    chat: productActive,
    claude_code: productActive,
    cowork: productActive,
    office: productActive,
    design: productActive,
  } satisfies Record<(typeof products)[number], typeof productActive>),
  assignedSeats: nullableCount,
  pendingInvites: nullableCount,
  fetchedAt: timestamp,
}) satisfies z.ZodType<DaySummary>;

export const memberSchema = z.object({
  id,
  email: z.string(),
  firstSeenDay: daySchema,
  lastSeenDay: daySchema,
  lastActiveDay: daySchema.nullable(),
}) satisfies z.ZodType<MemberRecord>;

export const groupSchema = z.object({
  id,
  name: z.string().nullable(),
  source: z.enum(['api', 'org-chart']),
  lastSeenDay: daySchema,
}) satisfies z.ZodType<GroupRecord>;

export const membershipSchema = z.object({
  groupId: id,
  startDay: daySchema,
  endDay: daySchema,
  memberIds: z.array(id),
  fetchedAt: timestamp,
}) satisfies z.ZodType<GroupMembershipSnapshot>;

export const groupActivitySchema = z.object({
  groupId: id,
  startDay: daySchema,
  endDay: daySchema,
  distinctActive: nullableCount,
  // Optional: group activity stored before 0.2.0 has no feature totals.
  featureUse: z
    .object({
      connectors: nullableCount,
      skills: nullableCount,
      projects: nullableCount,
      cowork: nullableCount,
    })
    .optional(),
  fetchedAt: timestamp,
}) satisfies z.ZodType<GroupActivity>;

const looseRecord = z.record(z.string(), z.unknown());

export const catalogSchema = z.object({
  kind: z.enum(['skills', 'connectors', 'projects', 'plugins', 'artifacts']),
  scope: id,
  startDay: daySchema,
  endDay: daySchema,
  rows: z.array(looseRecord),
  fetchedAt: timestamp,
}) satisfies z.ZodType<CatalogSnapshot>;

export const spendRowSchema = z.object({
  kind: z.enum(['usage', 'cost']),
  day: daySchema,
  groupKey: z.string(),
  group: looseRecord,
  values: looseRecord,
  fetchedAt: timestamp,
}) satisfies z.ZodType<SpendRow>;

export const checkpointSchema = z.object({
  taskId: id,
  state: z.enum(['pending', 'in-progress', 'done', 'failed']),
  nextCursor: z.string().nullable(),
  pagesDone: countSchema,
  updatedAt: timestamp,
  error: z.string().optional(),
}) satisfies z.ZodType<SyncCheckpoint>;

export const syncLogEntrySchema = z.object({
  at: timestamp,
  outcome: z.enum(['ok', 'error', 'partial']),
  kind: z.string().optional(),
  message: z.string(),
  requests: countSchema,
}) satisfies z.ZodType<SyncLogEntry>;

/** The first problem zod found, as `path: message` (for error sentences). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? issue.path.join('.') : 'record';
  return `${path}: ${issue.message}`;
}

/** A member's row of one `/users` page; values are clamped at commit (see clampCount). */
export const userDayRowSchema = z.object({
  memberId: id,
  email: z.string(),
  values: z.record(z.string(), z.unknown()),
});
