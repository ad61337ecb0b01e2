/**
 * Test-only builder of small histories (used by the `*.test.ts` files beside
 * it): members present on a range of days, with activity on chosen days.
 */
import { addDays, daysBetween } from '@/lib/metrics/days';
import type {
  ActivityColumn,
  DayColumnsInput,
  MetricsHistory,
  SummaryInput,
} from '@/lib/metrics/history';

export interface MemberSpec {
  id: string;
  email?: string;
  /** Days present in rows [from, to]; default: every day of the history. */
  seen?: [string, string];
  /** Day → counters that day. */
  active?: Record<string, Partial<Record<ActivityColumn, number>>>;
  /** Member record's first seen day; default: `seen[0]` or the first day. */
  firstSeenDay?: string;
  lastActiveDay?: string | null;
}

export interface HistorySpec {
  first: string;
  last: string;
  members?: MemberSpec[];
  groups?: { id: string; name?: string; members: string[]; source?: 'api' | 'org-chart' }[];
  summaries?: SummaryInput[];
  /** Days with no stored columns. */
  missing?: string[];
  extra?: Partial<MetricsHistory>;
}

/** The same counters on each of `days` (default: one chat message). */
export function on(
  days: string[],
  counters: Partial<Record<ActivityColumn, number>> = { chatMessages: 1 },
) {
  return Object.fromEntries(days.map((d) => [d, counters]));
}

/** Every day from `first` to `last` inclusive. */
export function dayRange(first: string, last: string): string[] {
  return Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => addDays(first, i));
}

const columnNames: ActivityColumn[] = [
  'chatMessages',
  'chatProjectsUsed',
  'chatSkillsUsed',
  'chatConnectorsUsed',
  'codeSessions',
  'codeToolAccepted',
  'coworkSessions',
  'coworkMessages',
  'coworkSkillsUsed',
  'coworkConnectorsUsed',
  'officeSessions',
  'officeMessages',
  'designSessions',
  'designMessages',
];

/** A history from a spec: one complete day of rows per day (except `missing`), member records, groups. */
export function makeHistory(spec: HistorySpec): MetricsHistory {
  const members = spec.members ?? [];
  const days: DayColumnsInput[] = [];
  for (const day of dayRange(spec.first, spec.last)) {
    if (spec.missing?.includes(day)) continue;
    const present = members.filter((m) => !m.seen || (m.seen[0] <= day && day <= m.seen[1]));
    const columns = Object.fromEntries(
      columnNames.map((c) => [c, Uint32Array.from(present, (m) => m.active?.[day]?.[c] ?? 0)]),
    );
    days.push({ day, memberIds: present.map((m) => m.id), columns, complete: true });
  }
  return {
    days,
    summaries: spec.summaries ?? [],
    members: members.map((m) => ({
      id: m.id,
      email: m.email ?? `${m.id}@example.test`,
      firstSeenDay: m.firstSeenDay ?? m.seen?.[0] ?? spec.first,
      lastSeenDay: m.seen?.[1] ?? spec.last,
      lastActiveDay: m.lastActiveDay ?? null,
    })),
    groups: (spec.groups ?? []).map((g) => ({
      id: g.id,
      name: g.name ?? null,
      source: g.source ?? 'api',
    })),
    memberships: (spec.groups ?? []).map((g) => ({
      groupId: g.id,
      startDay: addDays(spec.last, -29),
      endDay: addDays(spec.last, 1),
      memberIds: g.members,
    })),
    ...spec.extra,
  };
}

/** A /summaries row; unspecified counts are 0, product breakdown null. */
export function summary(
  scope: string,
  day: string,
  values: Partial<SummaryInput> = {},
): SummaryInput {
  const none = { daily: null, weekly: null, monthly: null };
  return {
    scope,
    day,
    dailyActive: 0,
    weeklyActive: 0,
    monthlyActive: 0,
    productActive: { chat: none, claude_code: none, cowork: none, office: none, design: none },
    assignedSeats: null,
    pendingInvites: null,
    ...values,
  };
}
