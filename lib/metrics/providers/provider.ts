/**
 * **The provider seam** (issue 13 item 1): the smallest description that lets
 * a second data source feed the same people-and-periods picture as Claude's
 * Analytics API. A provider names
 * - its **products** (what a person can be active in),
 * - its **periods** (the grain its rows come in: Claude's are days,
 *   ChatGPT's are Sunday–Saturday weeks or calendar months), and
 * - how **one of its rows maps into member activity**: whose row it is (the
 *   lower-cased email, the join key across tools), whether the person holds a
 *   seat in that period, and whether they were active.
 *
 * Claude's own insight model (insight-model.ts and everything under it) is
 * untouched: it keeps reading its day columns directly. The seam is what the
 * cross-tool metrics (lib/metrics/tools) read, so a third provider would add a
 * descriptor and a row mapping here, nothing else.
 */
import type { ChatgptUserPeriod } from '@/lib/chatgpt/records';
import {
  countsTowardActive,
  metricProducts,
  productActivityColumn,
  type ActivityColumn,
} from '@/lib/metrics/history';

export type ProviderId = 'claude' | 'chatgpt';

/** The grain of a provider's rows. */
export type PeriodGrain = 'day' | 'week' | 'month' | 'range';

export interface ProviderProduct {
  id: string;
  label: string;
}

export interface Provider {
  id: ProviderId;
  /** The tool's name as people say it. */
  name: string;
  products: readonly ProviderProduct[];
  /** The grains its rows may come in. */
  grains: readonly PeriodGrain[];
}

/**
 * One person's activity in one provider period, as the cross-tool metrics
 * read it. `active` implies `seat` (nobody counts as active without a seat:
 * a rate never exceeds 100%).
 */
export interface PersonActivity {
  /** Trimmed, lower-cased email: one person across tools. */
  email: string;
  seat: boolean;
  active: boolean;
}

export const claudeProvider: Provider = {
  id: 'claude',
  name: 'Claude',
  products: [
    { id: 'chat', label: 'Chat' },
    { id: 'claude_code', label: 'Claude Code' },
    { id: 'cowork', label: 'Cowork' },
    { id: 'office', label: 'Office' },
    { id: 'design', label: 'Design' },
  ],
  grains: ['day'],
};

export const chatgptProvider: Provider = {
  id: 'chatgpt',
  name: 'ChatGPT',
  products: [
    { id: 'chat', label: 'Chat' },
    { id: 'gpts', label: 'Custom GPTs' },
    { id: 'tools', label: 'Tools' },
    { id: 'projects', label: 'Projects' },
  ],
  grains: ['week', 'month', 'range'],
};

/** Lower-cased, trimmed email: the join key. `' Ana@X.com '` → `ana@x.com`. */
export function personKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * ChatGPT's mapping: a User Engagement row holds a seat when `user_status` is
 * `enabled` (pending and deleted rows are not seats, as Claude's assigned
 * seats exclude pending invites), and is active when it holds a seat and
 * `is_active` is 1 (at least one message sent in the period).
 * Example: `{ userStatus: 'deleted', isActive: true }` → seat false, active false.
 */
export function chatgptActivity(row: ChatgptUserPeriod): PersonActivity {
  const seat = row.userStatus === 'enabled';
  return { email: personKey(row.email), seat, active: seat && row.isActive === true };
}

/** The day-column shape Claude's rows come in (lib/store's UserDayColumns is assignable). */
export interface ClaudeDayInput {
  day: string;
  memberIds: readonly string[];
  columns: Partial<Record<ActivityColumn, Uint32Array>>;
}

/** Columns that make a Claude member active overall (history.ts: chat, Claude Code, Cowork). */
export const claudeActiveColumns: readonly ActivityColumn[] = metricProducts
  .filter((p) => countsTowardActive[p])
  .map((p) => productActivityColumn[p]);

/**
 * Claude's mapping, one day at a time: every member with a `/users` row that
 * day holds a seat (a row of zeros is a member inactive that day), and is
 * active when any column of `claudeActiveColumns` is above 0 (the Analytics
 * API's definition, so the roll-up matches `/summaries`). `visit` gets the
 * member's position in the day and whether they were active.
 */
export function eachClaudeActivity(
  day: ClaudeDayInput,
  visit: (memberIndex: number, active: boolean) => void,
): void {
  const cols = claudeActiveColumns.map((c) => day.columns[c]);
  for (let i = 0; i < day.memberIds.length; i += 1) {
    let active = false;
    for (const col of cols) if (col && col[i]! > 0) active = true;
    visit(i, active);
  }
}
