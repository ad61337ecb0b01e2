/**
 * Plans a sync as a request budget: which tasks, in which order, at about how
 * many pages each. Pure: everything it needs to know about the history and
 * the clock comes in as `PlanInput`.
 *
 * Order of a cold start (nothing stored): the useful picture first — each
 * group's figures for the latest day (3 requests for all groups), each group's
 * daily series (`/summaries` per group, one request each), a 30-day per-member
 * rollup for champions — then the history: group membership, per-member days
 * newest first back to the configured depth, skills/connectors/plugins/projects,
 * spend. An incremental sync fetches only what is missing plus a revision
 * window of recent days (the API revises values by a few percent).
 */
import {
  addDays,
  apiFloorDay,
  dayNumber,
  dayRange,
  maxDay,
  splitRange,
  windowEnding,
} from './days';
import type { SyncTask } from './tasks';

export interface PlanInput {
  /** Latest day the API has (learned from this sync's `/summaries` answer). */
  latestDay: string;
  /** Days of per-member activity already complete in the history. */
  storedUserDays: ReadonlySet<string>;
  /** Known groups, with the days of their daily series already stored. */
  groups: readonly { id: string; storedDays: ReadonlySet<string> }[];
  /** End day (exclusive) of the newest stored 30-day member rollup, or null. */
  latestRollupEnd: string | null;
  /** Per group: end day (exclusive) of the newest membership snapshot, or null. */
  membershipEnd: ReadonlyMap<string, string>;
  /** End day (exclusive) of the newest skills/connectors snapshot, or null. */
  catalogEnd: string | null;
  /** Members expected per day (seats), to estimate pages. */
  expectedMembers: number;
  options: PlanOptions;
}

export interface PlanOptions {
  /** How far back per-member history goes: a number of days, or everything since 2026-01-01. */
  historyDepthDays: number | 'all';
  /** Recent per-member days re-read on every sync. */
  revisionDays: number;
  /** Days after which a rollup, membership or catalog snapshot is refreshed. */
  refreshEveryDays: number;
  pageSize: number;
  /** Include usage and cost reports. */
  spend: boolean;
}

export const defaultPlanOptions: PlanOptions = {
  historyDepthDays: 'all',
  revisionDays: 2,
  refreshEveryDays: 7,
  pageSize: 1000,
  spend: true,
};

/** Groups whose daily series is missing more days than this get one `/summaries` request instead of per-day calls. */
const groupGapViaSummaries = 6;

/** The first day per-member history should reach. */
export function historyStartDay(latestDay: string, depth: number | 'all'): string {
  if (depth === 'all') return apiFloorDay;
  return maxDay(apiFloorDay, addDays(latestDay, -(depth - 1)));
}

function isStale(endDay: string | null | undefined, latestDay: string, everyDays: number): boolean {
  if (!endDay) return true;
  return dayNumber(addDays(latestDay, 1)) - dayNumber(endDay) >= everyDays;
}

export function planSync(input: PlanInput): SyncTask[] {
  const { latestDay, options } = input;
  const tasks: SyncTask[] = [];
  const endDay = addDays(latestDay, 1);
  const startDay = historyStartDay(latestDay, options.historyDepthDays);
  const pagesPerDay = Math.max(1, Math.ceil(input.expectedMembers / options.pageSize));
  const cold = input.groups.length === 0;

  // 1. First picture: every group's figures for the latest day (also discovers groups).
  if (cold || input.groups.some((g) => !g.storedDays.has(latestDay))) {
    tasks.push({
      kind: 'group-day',
      id: `group-day:${latestDay}`,
      phase: 'first-picture',
      day: latestDay,
      estimatedPages: 3,
    });
  }
  // Each group's daily series: `/summaries` per group when much is missing (a
  // cold start), in spans of at most 366 days (the API's limit): the newest span
  // is part of the first picture, older spans come after it (history); else
  // three group-wide requests per missing day.
  const seriesDays = dayRange(apiFloorDay, addDays(latestDay, -1));
  const missingDays = new Set<string>();
  const olderSpans: SyncTask[] = [];
  for (const group of input.groups) {
    const missing = seriesDays.filter((day) => !group.storedDays.has(day));
    if (missing.length > groupGapViaSummaries) {
      splitRange(missing[0]!, latestDay).forEach((span, k) =>
        (k === 0 ? tasks : olderSpans).push({
          kind: 'group-summaries',
          id: `group-summaries:${group.id}:${span.startDay}:${span.endDay}`,
          phase: k === 0 ? 'first-picture' : 'history',
          groupId: group.id,
          ...span,
          estimatedPages: 1,
        }),
      );
    } else {
      for (const day of missing) missingDays.add(day);
    }
  }
  for (const day of [...missingDays].sort().reverse()) {
    tasks.push({
      kind: 'group-day',
      id: `group-day:${day}`,
      phase: 'history',
      day,
      estimatedPages: 3,
    });
  }

  // Champions need a window rollup (exact distinct skills, connectors, projects).
  if (
    isStale(input.latestRollupEnd, latestDay, options.refreshEveryDays) ||
    (input.latestRollupEnd !== endDay && !input.latestRollupEnd)
  ) {
    tasks.push({
      kind: 'user-rollup',
      id: `user-rollup:${windowEnding(endDay, 30).startDay}:${endDay}`,
      phase: 'first-picture',
      ...windowEnding(endDay, 30),
      estimatedPages: pagesPerDay,
    });
  }

  tasks.push(...olderSpans);

  // 2. History: membership (group sizes and per-group member metrics).
  for (const group of input.groups) {
    if (isStale(input.membershipEnd.get(group.id), latestDay, options.refreshEveryDays)) {
      tasks.push({
        kind: 'membership',
        id: `membership:${group.id}:${endDay}`,
        phase: 'history',
        groupId: group.id,
        ...windowEnding(endDay, 30),
        estimatedPages: 1,
      });
    }
  }

  // Per-member days: the revision window first (recent values are revised), then missing days newest first.
  const revision = new Set(dayRange(addDays(latestDay, -(options.revisionDays - 1)), latestDay));
  const days = dayRange(startDay, latestDay)
    .reverse()
    .filter((day) => revision.has(day) || !input.storedUserDays.has(day));
  for (const day of days) {
    tasks.push({
      kind: 'user-day',
      id: `user-day:${day}`,
      phase: 'history',
      day,
      estimatedPages: pagesPerDay,
    });
  }

  // Skills, connectors, plugins, projects: the 30-day picture, org-wide and per group.
  if (isStale(input.catalogEnd, latestDay, options.refreshEveryDays)) {
    const window = windowEnding(endDay, 30);
    for (const [catalog, byGroup] of [
      ['skills', false],
      ['skills', true],
      ['connectors', false],
      ['connectors', true],
      ['plugins', false],
      ['projects', false],
    ] as const) {
      tasks.push({
        kind: 'catalog',
        id: `catalog:${catalog}:${byGroup ? 'by-group' : 'org'}:${endDay}`,
        phase: 'refresh',
        catalog,
        byGroup,
        ...window,
        estimatedPages: 1,
      });
    }
  }

  // Spend: the last 30 days in daily buckets (reports allow at most 31 days per
  // query, starting within the last 365 days and not before 2026-01-01).
  if (options.spend) {
    const window = windowEnding(endDay, 30);
    for (const [report, groupBy] of [
      ['cost', ['product', 'model']],
      ['cost', ['rbac_group_id']],
      ['usage', ['product']],
    ] as const) {
      tasks.push({
        kind: 'spend',
        id: `spend:${report}:${groupBy.join('+')}:${endDay}`,
        phase: 'refresh',
        report,
        groupBy: [...groupBy],
        ...window,
        estimatedPages: 1,
      });
    }
    // Spend per person, month to date, one row each (top spenders, individual limits; admin only).
    const monthStart = `${latestDay.slice(0, 8)}01`;
    tasks.push({
      kind: 'spend',
      id: `spend:cost:actor:${monthStart}:${endDay}`,
      phase: 'refresh',
      report: 'cost',
      groupBy: ['actor'],
      bucketed: false,
      startDay: maxDay(apiFloorDay, monthStart),
      endDay,
      estimatedPages: pagesPerDay,
    });
  }
  return tasks;
}
