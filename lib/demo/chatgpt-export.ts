// The demo organisation's ChatGPT Enterprise exports (issue 13 item 6): User Engagement and GPT
// Engagement rows for the last complete Sunday–Saturday weeks and calendar months before the
// demo's latest day, as CSV text in the real export format (lib/chatgpt/export-csv.ts): the
// weeks and the newest months in the October 2025 schema (GPTs with config_type), the oldest
// month in the January 2025 schema (22 columns; GPTs without config_type).
import type { UserSchemaVersion } from '@/lib/chatgpt/columns';
import { gptEngagementCsv, hexIdOf, userEngagementCsv } from '@/lib/chatgpt/export-csv';
import {
  periodKeyOf,
  type ChatgptGptPeriod,
  type ChatgptPeriod,
  type ChatgptUserPeriod,
} from '@/lib/chatgpt/records';
import { chatgptPeople, scimGroupOf, type ChatgptPerson } from './chatgpt-people';
import { dayIndex, dayString, weekday } from './dates';
import type { DemoOrgCore } from './org';
import { unit } from './prng';

export const demoChatgptWeeks = 6;
export const demoChatgptMonths = 3;

/** The last `weeks` complete Sunday–Saturday weeks and `months` calendar months ending ≤ `latestDay`. */
export function demoChatgptPeriods(
  latestDay: string,
  weeks = demoChatgptWeeks,
  months = demoChatgptMonths,
) {
  const latest = dayIndex(latestDay);
  const lastSaturday = latest - ((weekday(latest) + 1) % 7);
  const weekly: ChatgptPeriod[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const end = lastSaturday - 7 * w;
    weekly.push({ cadence: 'weekly', start: dayString(end - 6), end: dayString(end) });
  }
  const monthly: ChatgptPeriod[] = [];
  const d = new Date(`${dayString(latest + 1)}T00:00:00Z`); // the month holding the day after
  for (let k = months; k >= 1; k--) {
    const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k, 1));
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k + 1, 0));
    monthly.push({
      cadence: 'monthly',
      start: start.toISOString().slice(0, 10),
      end: end.toISOString().slice(0, 10),
    });
  }
  return { weekly, monthly };
}

const P_ACTIVE = 9201;
const P_VOLUME = 9202;

/** Is `p` active in the period starting at day `start` lasting `days` days? */
function activeIn(seed: number, p: ChatgptPerson, start: number, days: number): boolean {
  const chance = 1 - Math.pow(1 - p.weekly, days / 7);
  return p.status !== 'pending' && unit(seed, p.key, start, P_ACTIVE) < chance;
}

/** One person's row for one period, or null when the account did not exist yet. */
function userRow(seed: number, p: ChatgptPerson, period: ChatgptPeriod): ChatgptUserPeriod | null {
  const start = dayIndex(period.start);
  const end = dayIndex(period.end);
  const days = end - start + 1;
  if (p.createdDay > end) return null;
  const active = p.status === 'enabled' && activeIn(seed, p, start, days);
  const draw = (n: number) => unit(seed, p.key, start * 8 + n, P_VOLUME);
  const messages = active ? 1 + Math.floor(p.intensity * (days / 7) * (4 + 70 * draw(0))) : 0;
  const tools = active ? Math.floor(messages * (0.1 + 1.6 * draw(1))) : 0; // may exceed messages
  const gpts = active && draw(2) < 0.4 ? Math.floor(messages * 0.3 * draw(3)) : 0;
  const projects = active && draw(4) < 0.3 ? Math.floor(messages * 0.4 * draw(5)) : 0;
  const first = start + Math.floor(draw(6) * Math.min(3, days));
  const last = Math.min(end, Math.max(first, end - Math.floor(draw(7) * 3)));
  // Last active day in this or an earlier period: look back week by week.
  let lastDayActive: string | null = active ? dayString(last) : null;
  for (let back = 1; !lastDayActive && p.status !== 'pending' && back <= 26; back++) {
    const ws = start - 7 * back;
    if (ws + 6 < p.createdDay) break;
    if (activeIn(seed, p, ws, 7)) lastDayActive = dayString(ws + 4);
  }
  const pending = p.status === 'pending';
  return {
    ...period,
    periodKey: periodKeyOf(period),
    email: p.email,
    publicId: pending ? null : `user-${hexIdOf(p.email).slice(0, 24)}`,
    name: pending ? null : p.name,
    userStatus: p.status,
    isActive: pending ? null : active,
    firstDayActive: active ? dayString(first) : null,
    lastDayActiveInPeriod: active ? dayString(last) : null,
    lastDayActive,
    createdOrInvited: dayString(p.createdDay),
    messages,
    gptMessages: gpts,
    gptsMessaged: gpts ? 1 + Math.floor(draw(3) * 3) : 0,
    toolMessages: tools,
    toolsMessaged: tools ? 1 + Math.floor(draw(1) * 4) : 0,
    projectMessages: projects,
    projectsMessaged: projects ? 1 + Math.floor(draw(5) * 2) : 0,
    projectsCreated: projects && draw(4) < 0.08 ? 1 : 0,
    groups: pending ? [] : [scimGroupOf(p.department)],
    departments: pending || !p.selfDepartment ? [] : [p.selfDepartment],
    userRole: pending ? null : p.userRole,
  };
}

const gptNames = [
  'Policy Helper',
  'RFP Drafter',
  'SQL Coach',
  'Brand Voice Checker',
  'Onboarding Buddy',
  'Release Notes Writer',
  'Contract Summariser',
  'Forecast Explainer',
  'Ticket Triage',
  'Interview Question Bank',
  'Campaign Brief Builder',
  'Runbook Navigator',
];

/** Custom GPTs of the workspace: one per 120 people (at least 6), made by active seat holders. */
function gptRows(seed: number, people: ChatgptPerson[], period: ChatgptPeriod): ChatgptGptPeriod[] {
  const makers = people.filter((p) => p.status === 'enabled' && p.weekly > 0.5);
  const count = Math.max(6, Math.round(people.length / 120));
  const start = dayIndex(period.start);
  const days = dayIndex(period.end) - start + 1;
  const rows: ChatgptGptPeriod[] = [];
  for (let i = 0; i < count && makers.length; i++) {
    const maker = makers[Math.floor(unit(seed, i, 0, 9301) * makers.length)]!;
    const base = gptNames[i % gptNames.length]!;
    const name = i < gptNames.length ? base : `${base} ${Math.floor(i / gptNames.length) + 1}`;
    const gptId = i === 3 ? `g-${hexIdOf(name).slice(0, 9)}` : `g-${hexIdOf(`${seed} ${name}`)}`;
    const popularity = 0.2 + 2 * unit(seed, i, 0, 9302);
    const configs = i === 2 || unit(seed, i, 0, 9303) < 0.25 ? ['live', 'draft'] : ['live'];
    for (const configType of configs) {
      const active =
        unit(seed, i, start + (configType === 'draft' ? 1 : 0), 9304) <
        (configType === 'live' ? 0.8 : 0.3);
      const messages = active
        ? Math.floor(popularity * (days / 7) * 30 * unit(seed, i, start, 9305))
        : 0;
      rows.push({
        ...period,
        periodKey: periodKeyOf(period),
        gptId,
        gptName: name,
        configType,
        creatorEmail: maker.email,
        isActive: active,
        messagesWorkspace: messages,
        uniqueMessagersWorkspace: Math.min(messages, Math.ceil(messages / 4)),
      });
    }
  }
  return rows;
}

export interface DemoChatgptFile {
  name: string;
  kind: 'users' | 'gpts';
  text: string;
}

/** The demo's ChatGPT export files for the periods before `latestDay` (see the module note). */
export function demoChatgptExports(org: DemoOrgCore, latestDay: string): DemoChatgptFile[] {
  const seed = org.options.seed;
  const people = chatgptPeople(org);
  const accountId = hexIdOf(`${org.organizationId} chatgpt`);
  const usersOf = (periods: ChatgptPeriod[]) =>
    periods.flatMap((period) => people.flatMap((p) => userRow(seed, p, period) ?? []));
  const { weekly, monthly } = demoChatgptPeriods(latestDay);
  const files: DemoChatgptFile[] = [];
  const weeks = `${weekly[0]!.start}_${weekly.at(-1)!.end}`;
  files.push({
    name: `user_engagement_weekly_${weeks}.csv`,
    kind: 'users',
    text: userEngagementCsv(usersOf(weekly), '2025-10', { accountId }),
  });
  files.push({
    name: `gpt_engagement_weekly_${weeks}.csv`,
    kind: 'gpts',
    text: gptEngagementCsv(
      weekly.flatMap((w) => gptRows(seed, people, w)),
      { accountId, withConfigType: true },
    ),
  });
  monthly.forEach((month, i) => {
    const version: UserSchemaVersion = i === 0 ? '2025-01' : '2025-10';
    const tag = month.start.slice(0, 7);
    files.push({
      name: `user_engagement_monthly_${tag}.csv`,
      kind: 'users',
      text: userEngagementCsv(usersOf([month]), version, { accountId }),
    });
    files.push({
      name: `gpt_engagement_monthly_${tag}.csv`,
      kind: 'gpts',
      // Files without config_type hold one row per GPT (its live config).
      text: gptEngagementCsv(
        gptRows(seed, people, month).filter((g) => i > 0 || g.configType === 'live'),
        { accountId, withConfigType: i > 0 },
      ),
    });
  });
  return files;
}
