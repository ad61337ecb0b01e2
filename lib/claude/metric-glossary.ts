/**
 * Host knowledge: the native metrics Uptake understands, by their visible
 * labels (old and new), with what the native dashboard means by them and
 * why Uptake's figure (from the Analytics API) can differ. Only labels that
 * are not headings (tile labels, legend and bar labels, column headers): a
 * note inside a heading would change the heading's accessible name, and
 * charts under headings already carry the target strip.
 *
 * Native definitions follow the help-center descriptions (native-dashboard.md
 * §1.2–1.8); the reconciliation notes follow the API reference (lag, windows,
 * revisions). The figure Uptake shows beside each is computed by
 * lib/overlay/metric-figures.ts from the insight model.
 */
import type { LabelAlias } from '@/lib/claude/labels';
import type { AnalyticsPageKind } from '@/lib/claude/pages';

export type MetricKey =
  | 'daily-active'
  | 'weekly-active'
  | 'monthly-active'
  | 'utilization'
  | 'assigned-seats'
  | 'pending-invites'
  | 'stickiness'
  | 'chat-share'
  | 'cowork-sessions'
  | 'days-active'
  | 'pull-requests';

export interface MetricGloss {
  key: MetricKey;
  /** The labels this metric appears under (tile labels, panel headings, column headers). */
  labels: LabelAlias[];
  /** Short name for the tooltip title. */
  name: string;
  /** What the native dashboard counts. */
  native: string;
  /** Why the native figure and Uptake's API figure can differ. */
  reconcile: string;
  /** Only on these pages (a generic label such as "Adoption"); everywhere when absent. */
  pages?: AnalyticsPageKind[];
}

const LAG =
  'The API reports complete UTC days with about a day of lag, and engagement figures can be revised by a few percent over the next days; the dashboard refreshes daily on its own schedule.';

export const metricGlossary: MetricGloss[] = [
  {
    key: 'daily-active',
    labels: [
      { text: 'Daily active', seen: 'Overview › Adoption level, mid-2026' },
      { text: 'DAU', seen: 'All activity, early 2026', removeAfter: '2027-06' },
      { text: 'Daily active users', seen: 'All activity, early 2026', removeAfter: '2027-06' },
    ],
    name: 'Daily active members',
    native: 'Members who used any Claude product on the day.',
    reconcile: LAG,
  },
  {
    key: 'weekly-active',
    labels: [
      { text: 'Weekly active members', seen: 'Overview summary, mid-2026' },
      { text: 'Weekly active', seen: 'Overview › Adoption level, mid-2026' },
      { text: 'Weekly active users', seen: 'All activity, early 2026', removeAfter: '2027-06' },
      { text: 'WAU', seen: 'All activity, early 2026', removeAfter: '2027-06' },
    ],
    name: 'Weekly active members',
    native: 'Members who used any Claude product in the last 7 days.',
    reconcile: `Uptake's weekly window is the 7 days ending on its latest day. ${LAG}`,
  },
  {
    key: 'monthly-active',
    labels: [
      { text: 'Monthly active', seen: 'Overview › Adoption level, mid-2026' },
      { text: 'MAU', seen: 'All activity, early 2026', removeAfter: '2027-06' },
    ],
    name: 'Monthly active members',
    native: 'Members who used any Claude product in the last 30 days.',
    reconcile: `Uptake's monthly window is the 30 days ending on its latest day. ${LAG}`,
  },
  {
    key: 'utilization',
    labels: [
      { text: 'Utilization rate', seen: 'All activity, early 2026', removeAfter: '2027-06' },
      { text: 'Weekly active / assigned seats', seen: 'Overview › Adoption level, mid-2026' },
    ],
    name: 'Utilization rate',
    native: 'Weekly active members divided by assigned seats.',
    reconcile: `Uptake divides by the seats the API reports for the same day (or the seat count an admin entered). ${LAG}`,
  },
  {
    key: 'assigned-seats',
    labels: [{ text: 'Assigned seats', seen: 'Overview › Adoption level, mid-2026' }],
    name: 'Assigned seats',
    native: 'Seats assigned to members of the organisation.',
    reconcile:
      'Uptake reads the seat count from the API for its latest day; seats assigned since then are not counted yet.',
  },
  {
    key: 'pending-invites',
    labels: [{ text: 'Pending invites', seen: 'All activity, early 2026' }],
    name: 'Pending invites',
    native: 'Invitations sent but not accepted yet.',
    reconcile:
      'Uptake counts them from the API on its latest day; invitations lapse and are re-sent between syncs.',
  },
  {
    key: 'stickiness',
    labels: [{ text: 'Daily / monthly active', seen: 'Overview › Product stickiness, mid-2026' }],
    name: 'Stickiness',
    native: 'Daily active members as a share of monthly active members.',
    reconcile: `Uptake computes the same ratio from the API's daily and 30-day actives. ${LAG}`,
  },
  {
    key: 'chat-share',
    labels: [{ text: '% of users with at least 1 chat', seen: 'Claude Chat tab, 2026' }],
    name: 'Members with at least one chat',
    pages: ['chat'],
    native: 'Share of members who started at least one chat in the chosen range.',
    reconcile: `Uptake's Chat adoption counts members who sent any chat message in the last 30 days, divided by assigned seats. ${LAG}`,
  },
  {
    key: 'cowork-sessions',
    labels: [{ text: 'Sessions in Cowork', seen: 'Overview summary, mid-2026' }],
    name: 'Cowork',
    native: 'Cowork sessions in the chosen range.',
    reconcile: `Uptake counts members with any Cowork session over 30 days, not sessions. ${LAG}`,
  },
  {
    key: 'days-active',
    labels: [{ text: 'Days active', seen: 'Overview › Members and members list, 2026' }],
    name: 'Days active',
    native: 'Days with any activity in the chosen range, weekends included.',
    reconcile:
      "Uptake's champion score counts active weekdays over its window (30 days by default): weekend work never adds to it.",
  },
  {
    key: 'pull-requests',
    labels: [
      { text: 'PRs with CC', seen: 'Claude Code › Productivity, 2026' },
      { text: 'PRs created in Code', seen: 'Overview summary, mid-2026' },
      { text: 'Lines of code with CC', seen: 'Claude Code › Productivity, 2026' },
    ],
    name: 'Pull requests and lines of code',
    native:
      'Pull requests and lines attributed to Claude Code through the Claude GitHub app (21 days before to 2 days after merge).',
    reconcile:
      'Uptake reads these counts from the API but never ranks or badges people by them: a champion is chosen for consistent, broad and deep use.',
  },
];
