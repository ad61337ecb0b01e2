/**
 * The shared work behind every insight model: pick the day the figures are
 * for, build the activity index once, count actives for the wanted scopes in
 * one pass, size every scope, plan suppression and select champions.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { buildActivityIndex } from '@/lib/metrics/build-activity-index';
import type { IndexMemo } from '@/lib/metrics/index-memo';
import {
  adoptionSection,
  scopeSeries,
  type AdoptionSection,
  type ScopeSeries,
} from '@/lib/metrics/adoption';
import type { Completeness } from '@/lib/metrics/completeness';
import type { ChampionSelection } from '@/lib/metrics/champions';
import type { MetricsSettings } from '@/lib/metrics/config';
import { dayNumber, resolveToday } from '@/lib/metrics/days';
import { bestScopeSize, type ScopeSize } from '@/lib/metrics/group-size';
import {
  metricProducts,
  type MetricProduct,
  type MetricsHistory,
  type SummaryInput,
} from '@/lib/metrics/history';
import type { Freshness } from '@/lib/metrics/insight-types';
import type { GroupSuppression } from '@/lib/metrics/privacy';
import { memberEdge, scopeCompleteness, suppressionPlan } from '@/lib/metrics/scope-completeness';
import { championSelectionOf, partsMemoOf } from '@/lib/metrics/parts-memo';
import { groupScopes, membersSeen, orgScope, type ScopeMembers } from '@/lib/metrics/scopes';
import { countActivesKept } from '@/lib/metrics/slide-counts';

/** Days of sparkline series in the model. */
export const SERIES_DAYS = 90;

export interface ScopeData {
  scope: ScopeMembers;
  size: ScopeSize;
  /** Null for scopes not computed in this build, or without data. */
  series: ScopeSeries | null;
  adoption: AdoptionSection | null;
  /** Which member-based parts of the scope's model have complete inputs (completeness.ts). */
  completeness: Completeness;
}

export interface InsightContext {
  settings: MetricsSettings;
  today: string;
  asOf: string | null;
  freshness: Freshness;
  history: MetricsHistory;
  idx: ActivityIndex | null;
  org: ScopeData;
  groups: ScopeData[];
  suppression: Map<string, GroupSuppression>;
  /** Null when nothing is stored, or the champion window is incomplete (held back). */
  champions: ChampionSelection | null;
  enabledProducts: Set<MetricProduct>;
  /** Pending invites from the latest org /summaries row that has them. */
  pendingInvites: number | null;
}

function latest(days: Iterable<string>, limit: string): string | null {
  let best: string | null = null;
  for (const d of days) if (d <= limit && (best === null || d > best)) best = d;
  return best;
}

/**
 * Prepares a build. `wanted` lists the group ids whose figures are needed
 * (the org's always are); every group is still sized for the privacy floor.
 */
export function prepareInsights(
  history: MetricsHistory,
  settings: MetricsSettings,
  today: number | string,
  timeZone: string,
  wanted: (groupId: string) => boolean,
  memo?: IndexMemo,
): InsightContext {
  const todayDay = resolveToday(today, timeZone);
  const membersLatestDay = latest(
    (history.days ?? []).filter((d) => d.complete).map((d) => d.day),
    todayDay,
  );
  const orgSummaries = (history.summaries ?? []).filter((s) => s.scope === 'org');
  const summariesLatestDay = latest(
    orgSummaries.map((s) => s.day),
    todayDay,
  );
  const asOf = latest(
    [membersLatestDay, summariesLatestDay].filter((d): d is string => d !== null),
    todayDay,
  );
  const freshness: Freshness = {
    latestDay: asOf,
    membersLatestDay,
    summariesLatestDay,
    lagDays: asOf === null ? null : dayNumber(todayDay) - dayNumber(asOf),
  };
  const base = { settings, today: todayDay, asOf, freshness, history, suppression: new Map() };
  const noSize = bestScopeSize({ adminSeats: settings.orgSeats });
  if (asOf === null) {
    const none = { days: 30, needed: 0, present: 0, complete: false };
    const org = {
      scope: { id: 'org', name: null, groupSource: null, members: new Int32Array(0) },
      size: noSize,
      series: null,
      adoption: null,
      completeness: { monthly: none, champions: none, seats: none, membersKnown: true, note: null },
    };
    return {
      ...base,
      idx: null,
      org,
      groups: [],
      champions: null,
      enabledProducts: new Set(),
      pendingInvites: null,
    };
  }
  const asOfNum = dayNumber(asOf);
  const rules = settings.champions;
  const length = Math.max(SERIES_DAYS + 30, rules.windowDays, 30);
  const idx = buildActivityIndex(history, asOfNum, length, rules.windowDays, memo);
  const summaries = new Map<string, Map<number, SummaryInput>>();
  for (const s of history.summaries ?? []) {
    const n = dayNumber(s.day);
    if (n < idx.first || n > asOfNum) continue;
    let byDay = summaries.get(s.scope);
    if (!byDay) summaries.set(s.scope, (byDay = new Map()));
    byDay.set(n, s);
  }
  const orgRows = [...(summaries.get('org')?.entries() ?? [])].sort((a, b) => b[0] - a[0]);
  const latestSeats = orgRows.find(([, s]) => s.assignedSeats !== null)?.[1].assignedSeats;
  const pendingInvites =
    orgRows.find(([, s]) => s.pendingInvites !== null)?.[1].pendingInvites ?? null;
  const org = orgScope(idx);
  const groups = groupScopes(history, idx, partsMemoOf(memo));
  // What the member history covers, and whose members are known (completeness.ts).
  const completeness = scopeCompleteness(
    history,
    idx,
    settings,
    memberEdge(asOfNum, membersLatestDay === null ? null : dayNumber(membersLatestDay)),
  );
  const completenessOf = (s: ScopeMembers) => completeness.of(s);
  const sizeOf = (s: ScopeMembers): ScopeSize =>
    s.id === 'org'
      ? bestScopeSize({
          apiSeats: latestSeats ?? null,
          adminSeats: settings.orgSeats,
          membersSeen: membersSeen(idx, s, 30),
          members: s.members.length,
        })
      : bestScopeSize({
          orgChart:
            history.orgChartCounts?.[s.id] ??
            (s.groupSource === 'org-chart' ? s.members.length : null),
          adminSeats: settings.groupSeats[s.id] ?? null,
          membersSeen: membersSeen(idx, s, 30),
          members: s.members.length,
        });
  const computed = [org, ...groups.filter((g) => wanted(g.id))];
  const counts = countActivesKept(idx, computed, settings.weekdaysOnly, memo);
  const data = new Map<string, ScopeData>();
  computed.forEach((s, i) => {
    const size = sizeOf(s);
    const completeness = completenessOf(s);
    const series = scopeSeries(
      idx,
      counts[i]!,
      summaries.get(s.id),
      size.value,
      settings.weekdaysOnly,
      completeness.membersKnown,
    );
    const adoption = adoptionSection(series, SERIES_DAYS);
    data.set(s.id, { scope: s, size, series, adoption, completeness });
  });
  // Inferred: a product anyone used in the index's days, or that the summaries show in use.
  const enabledProducts = new Set<MetricProduct>(
    settings.enabledProducts ??
      metricProducts.filter(
        (p, v) =>
          idx.active[v]!.some((w) => w !== 0) ||
          orgRows.some(([, s]) => (s.productActive?.[p]?.monthly ?? 0) > 0),
      ),
  );
  return {
    ...base,
    suppression: suppressionPlan(
      idx.memberIds.length,
      groups,
      settings.privacy.k,
      (g) => completenessOf(g).membersKnown,
    ),
    idx,
    org: data.get('org')!,
    groups: groups.map(
      (g) =>
        data.get(g.id) ?? {
          scope: g,
          size: sizeOf(g),
          series: null,
          adoption: null,
          completeness: completenessOf(g),
        },
    ),
    // Champions are scored on every day of their window: none from a partial one.
    champions:
      idx.latestColumns >= 0 && completeness.championsComplete
        ? championSelectionOf(idx, history, rules, asOf, partsMemoOf(memo))
        : null,
    enabledProducts,
    pendingInvites,
  };
}
