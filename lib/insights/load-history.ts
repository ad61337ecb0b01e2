/**
 * Reads what lib/metrics needs from the local history, for a window ending
 * on the latest stored day: per-member days for trends (90 days of series
 * plus the 30 days before them), which member days are stored at all, summaries
 * since the floor, members, groups, membership snapshots, recent group rollups,
 * the latest rollup and the latest catalogs.
 */
import { addDays, type MetricsHistory } from '@/lib/metrics';
import { orgChartForMetrics } from '@/lib/org-chart/to-metrics';
import type { OrgChart } from '@/lib/org-chart/chart';
import { readOrgChart } from '@/lib/org-chart/store';
import { readSettings, type Settings } from '@/lib/store/settings';
import { idbHistoryStorage, type HistoryStorage } from '@/lib/store/history-store';
import type { CatalogSnapshot } from '@/lib/store/records';
import { readMetricDays, recentWindowFrom, type MetricDayCache } from './metric-days';

const floorDay = '2026-01-01';
/** 90 days of series + 30 days of window before the first = 120 days of member rows. */
const memberDaysWindow = 120;

function latestOf(snapshots: CatalogSnapshot[]): CatalogSnapshot[] {
  const newest = snapshots.reduce<string | null>(
    (a, s) => (!a || s.endDay > a ? s.endDay : a),
    null,
  );
  return snapshots.filter((s) => s.endDay === newest);
}

/**
 * Where the history, the settings and the org chart come from: by default the
 * extension's own (IndexedDB); the headless sync (lib/headless) hands its file
 * store, its settings file and its org chart. The service also passes what it
 * keeps between loads (issue 12 items 2 and 4).
 */
export interface HistorySource {
  store?: HistoryStorage;
  settings?: () => Promise<Pick<Settings, 'teamSource'>>;
  orgChart?: () => Promise<OrgChart | null>;
  /** Today (`YYYY-MM-DD`): the recent window ends at the latest stored day up to it. */
  today?: string;
  /** Days held from the previous load (metric-days.ts); a fresh one when absent. */
  dayCache?: MetricDayCache;
  /** The champion window of the settings the model is built with (default: the stored ones). */
  championWindowDays?: number;
}

export async function loadMetricsHistory(source: HistorySource = {}): Promise<{
  history: MetricsHistory;
  latestDay: string | null;
}> {
  const {
    store = idbHistoryStorage,
    settings: settingsOf = readSettings,
    orgChart: orgChartOf = readOrgChart,
  } = source;
  const { getMeta, latestMembership, readCatalog, readGroups, readLatestRollup } = store;
  const { readGroupActivity, readMembers, readSummaries, readUserDays } = store;
  const { storedScopes, storedUserDays } = store;
  const latestDay = await getMeta('latestAvailableDay');
  if (!latestDay) return { history: {}, latestDay: null };
  const [scopes, groups, members, rollup, memberDaysStored, groupActivity] = await Promise.all([
    storedScopes(),
    readGroups(),
    readMembers(),
    readLatestRollup(),
    // Which member days are complete (completeness of windows longer than the rows read).
    storedUserDays(),
    // Group rollups of the windows ending on recent days (30-day feature totals).
    readGroupActivity({ fromDay: addDays(latestDay, -59), toDay: latestDay }),
  ]);
  const summaries = (
    await Promise.all(scopes.map((scope) => readSummaries(scope, floorDay, latestDay)))
  ).flat();
  const fromDay = addDays(latestDay, -(memberDaysWindow - 1));
  const days =
    store === idbHistoryStorage
      ? await readRecentDays(source, memberDaysStored, fromDay, latestDay)
      : await readUserDays(fromDay, latestDay); // another store: every column (headless)
  const memberships = (await Promise.all(groups.map((g) => latestMembership(g.id)))).filter(
    (m) => m !== null,
  );
  const catalogs = (
    await Promise.all(
      (['skills', 'connectors', 'projects', 'plugins'] as const).flatMap((kind) =>
        ['org', ...groups.map((g) => g.id)].map(async (scope) =>
          latestOf(await readCatalog(kind, scope)),
        ),
      ),
    )
  ).flat();
  // An imported org chart is the best source of team sizes. With teams taken from the org
  // chart (settings.teamSource), its teams replace the API's groups: API groups matching a
  // chart team keep their id and history, chart-only teams are added, the rest are left out.
  const chart = await orgChartOf().catch(() => null);
  const fromChart = chart
    ? orgChartForMetrics(chart, groups, members, {
        startDay: addDays(latestDay, -29),
        endDay: addDays(latestDay, 1),
      })
    : null;
  const chartTeams = fromChart !== null && (await settingsOf()).teamSource === 'org-chart';
  const inChart = new Set(Object.keys(fromChart?.orgChartCounts ?? {}));
  const keep = <T extends { id?: string; groupId?: string }>(items: readonly T[]): T[] =>
    chartTeams ? items.filter((g) => inChart.has(g.id ?? g.groupId ?? '')) : [...items];
  return {
    latestDay,
    history: {
      summaries,
      days,
      members,
      groups: [...keep(groups), ...(chartTeams && fromChart ? fromChart.groups : [])],
      memberships: [
        ...keep(memberships),
        ...(chartTeams && fromChart ? fromChart.memberships : []),
      ],
      rollups: rollup ? [rollup] : [],
      catalogs,
      memberDaysStored,
      groupActivity: keep(groupActivity),
      ...(fromChart ? { orgChartCounts: fromChart.orgChartCounts } : {}),
    },
  };
}

/** The extension's member days: column by column, one day at a time, digested as read (metric-days.ts). */
async function readRecentDays(
  source: HistorySource,
  stored: readonly string[],
  fromDay: string,
  latestDay: string,
) {
  const today = source.today ?? latestDay;
  const end = stored.filter((d) => d <= today).pop() ?? latestDay;
  const windowDays =
    source.championWindowDays ?? (await readSettings()).metrics.champions.windowDays;
  return readMetricDays(
    fromDay,
    latestDay,
    recentWindowFrom(end < latestDay ? end : latestDay, windowDays),
    source.dayCache ?? new Map(),
  );
}
