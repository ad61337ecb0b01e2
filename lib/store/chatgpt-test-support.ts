/**
 * Test helpers for the ChatGPT stores (imported by *.test.ts only): records a
 * person can read, in the week of 1–7 March 2026 unless told otherwise.
 */
import {
  periodKeyOf,
  type ChatgptGptPeriod,
  type ChatgptPeriod,
  type ChatgptUserPeriod,
} from '@/lib/chatgpt/records';

const week: ChatgptPeriod = { cadence: 'weekly', start: '2026-03-01', end: '2026-03-07' };

/** An enabled, active person with 10 messages in `period` (default the week of 1 March 2026). */
export function chatgptUser(
  email: string,
  overrides: Partial<ChatgptUserPeriod> = {},
  period: ChatgptPeriod = week,
): ChatgptUserPeriod {
  return {
    ...period,
    periodKey: periodKeyOf(period),
    email,
    publicId: `user-${email.split('@')[0]}`,
    name: null,
    userStatus: 'enabled',
    isActive: true,
    firstDayActive: period.start,
    lastDayActiveInPeriod: period.start,
    lastDayActive: period.start,
    createdOrInvited: '2025-09-15',
    messages: 10,
    gptMessages: 0,
    gptsMessaged: 0,
    toolMessages: 0,
    toolsMessaged: 0,
    projectMessages: 0,
    projectsMessaged: 0,
    projectsCreated: 0,
    groups: [],
    departments: [],
    userRole: 'standard-user',
    ...overrides,
  };
}

/** An active GPT with 5 messages from 2 people in `period`. */
export function chatgptGpt(
  gptId: string,
  configType: string | null,
  overrides: Partial<ChatgptGptPeriod> = {},
  period: ChatgptPeriod = week,
): ChatgptGptPeriod {
  return {
    ...period,
    periodKey: periodKeyOf(period),
    gptId,
    gptName: gptId,
    configType,
    creatorEmail: null,
    isActive: true,
    messagesWorkspace: 5,
    uniqueMessagersWorkspace: 2,
    ...overrides,
  };
}
