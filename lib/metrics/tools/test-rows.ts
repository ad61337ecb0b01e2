/**
 * Test helpers: ChatGPT User Engagement records and Claude day columns
 * written short, for the tables of lib/metrics/tools tests.
 */
import type { ChatgptGptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import type { ClaudeDayInput } from '@/lib/metrics/providers/provider';

/** The week of the reference's sample rows: Sunday 1 – Saturday 7 March 2026. */
export const week = { cadence: 'weekly', start: '2026-03-01', end: '2026-03-07' } as const;
export const march = { cadence: 'monthly', start: '2026-03-01', end: '2026-03-31' } as const;

/** A User Engagement record: enabled and inactive unless `over` says otherwise. */
export function gptRow(
  email: string,
  over: Partial<ChatgptUserPeriod> = {},
  period: { cadence: 'weekly' | 'monthly'; start: string; end: string } = week,
): ChatgptUserPeriod {
  return {
    ...period,
    periodKey: `${period.cadence}:${period.start}:${period.end}`,
    email,
    publicId: null,
    name: null,
    userStatus: 'enabled',
    isActive: false,
    firstDayActive: null,
    lastDayActiveInPeriod: null,
    lastDayActive: null,
    createdOrInvited: '2025-06-01',
    messages: 0,
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
    ...over,
  };
}

/** An active User Engagement record with `messages` sent on `days` (first and last). */
export function activeRow(
  email: string,
  messages: number,
  over: Partial<ChatgptUserPeriod> = {},
  period: { cadence: 'weekly' | 'monthly'; start: string; end: string } = week,
): ChatgptUserPeriod {
  return gptRow(
    email,
    {
      isActive: true,
      messages,
      firstDayActive: period.start,
      lastDayActiveInPeriod: period.start,
      lastDayActive: period.start,
      ...over,
    },
    period,
  );
}

/** A GPT Engagement record. */
export function gptEngagement(
  gptId: string,
  isActive: boolean,
  messages: number,
): ChatgptGptPeriod {
  return {
    ...week,
    periodKey: `weekly:${week.start}:${week.end}`,
    gptId,
    gptName: null,
    configType: 'live',
    creatorEmail: null,
    isActive,
    messagesWorkspace: messages,
    uniqueMessagersWorkspace: 0,
  };
}

/** A Claude day: `members` id → chat messages (0 = a member inactive that day). */
export function claudeDay(day: string, members: Record<string, number>): ClaudeDayInput {
  const ids = Object.keys(members);
  return {
    day,
    memberIds: ids,
    columns: { chatMessages: Uint32Array.from(ids.map((id) => members[id]!)) },
  };
}
