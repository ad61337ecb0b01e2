/**
 * zod schemas of the ChatGPT export records (lib/chatgpt/records.ts) the
 * history stores (`chatgptUsers`, `chatgptGpts`): what a write must satisfy.
 */
import { z } from 'zod';
import type { ChatgptGptPeriod, ChatgptPeriodKey, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { countSchema, daySchema } from '@/lib/store/record-schemas';

const cadence = z.enum(['weekly', 'monthly', 'range']);
const periodKey = z
  .string()
  .regex(
    /^(weekly|monthly|range):\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}$/,
    'must be cadence:start:end',
  )
  .transform((k) => k as ChatgptPeriodKey);
const nullableDay = daySchema.nullable();
const nullableText = z.string().nullable();

const period = {
  periodKey,
  cadence,
  start: daySchema,
  end: daySchema,
};

export const chatgptUserSchema = z
  .object({
    ...period,
    email: z.string().min(1),
    publicId: nullableText,
    name: nullableText,
    userStatus: z.enum(['enabled', 'pending', 'deleted']),
    isActive: z.boolean().nullable(),
    firstDayActive: nullableDay,
    lastDayActiveInPeriod: nullableDay,
    lastDayActive: nullableDay,
    createdOrInvited: nullableDay,
    messages: countSchema,
    gptMessages: countSchema,
    gptsMessaged: countSchema,
    toolMessages: countSchema,
    toolsMessaged: countSchema,
    projectMessages: countSchema,
    projectsMessaged: countSchema,
    projectsCreated: countSchema,
    groups: z.array(z.string()),
    departments: z.array(z.string()),
    userRole: nullableText,
  })
  .refine((u) => u.periodKey === `${u.cadence}:${u.start}:${u.end}`, {
    message: 'periodKey must match cadence, start and end',
  }) satisfies z.ZodType<ChatgptUserPeriod>;

export const chatgptGptSchema = z
  .object({
    ...period,
    gptId: z.string().min(1),
    gptName: nullableText,
    configType: nullableText,
    creatorEmail: nullableText,
    isActive: z.boolean(),
    messagesWorkspace: countSchema,
    uniqueMessagersWorkspace: countSchema,
  })
  .refine((g) => g.periodKey === `${g.cadence}:${g.start}:${g.end}`, {
    message: 'periodKey must match cadence, start and end',
  }) satisfies z.ZodType<ChatgptGptPeriod>;
