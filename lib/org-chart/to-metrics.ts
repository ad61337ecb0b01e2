/**
 * What an applied org chart gives the insight core (MetricsHistory): a head
 * count per group (`orgChartCounts`, the best group-size source), and, for
 * teams that match no API group, org-chart groups with their members.
 *
 * A team matches an API group when their names are equal ignoring case and
 * surrounding spaces; an unmatched team becomes group `org-chart:<slug>`.
 * People are tied to member ids by email (case-insensitive); someone not yet
 * seen in /users still counts in the head count but is in no membership.
 */
import { teamCounts, type OrgChart } from '@/lib/org-chart/chart';

export interface NamedGroup {
  id: string;
  name: string | null;
}

const key = (name: string) => name.trim().toLowerCase();

/** The group id for an org-chart team that matches no API group. Example: `R&D Europe` → `org-chart:r-d-europe`. */
export function orgChartGroupId(team: string): string {
  const slug = key(team)
    .replace(/^'/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `org-chart:${slug || 'team'}`;
}

/** Each team with the API group it matches (null when none). */
export function matchTeams(
  teams: readonly string[],
  groups: readonly NamedGroup[],
): { team: string; groupId: string | null }[] {
  const byName = new Map<string, string>();
  for (const g of groups) if (g.name && !byName.has(key(g.name))) byName.set(key(g.name), g.id);
  return teams.map((team) => ({ team, groupId: byName.get(key(team)) ?? null }));
}

/**
 * The chart as insight-core inputs. `members` maps emails to member ids;
 * `window` is the membership window [startDay, endDay) to record.
 */
export function orgChartForMetrics(
  chart: OrgChart,
  apiGroups: readonly NamedGroup[],
  members: readonly { id: string; email: string }[],
  window: { startDay: string; endDay: string },
): {
  orgChartCounts: Record<string, number>;
  groups: { id: string; name: string; source: 'org-chart' }[];
  memberships: { groupId: string; startDay: string; endDay: string; memberIds: string[] }[];
} {
  const counts = teamCounts(chart);
  const matched = matchTeams(chart.teams, apiGroups);
  const idOf = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
  const orgChartCounts: Record<string, number> = {};
  const groups: { id: string; name: string; source: 'org-chart' }[] = [];
  const memberIds = new Map<number, string[]>();
  matched.forEach(({ team, groupId }, t) => {
    const id = groupId ?? orgChartGroupId(team);
    orgChartCounts[id] = (orgChartCounts[id] ?? 0) + counts[team]!;
    if (groupId === null) {
      groups.push({ id, name: team, source: 'org-chart' });
      memberIds.set(t, []);
    }
  });
  chart.emails.forEach((email, i) => {
    const list = memberIds.get(chart.teamIndex[i]!);
    const id = idOf.get(email);
    if (list && id) list.push(id);
  });
  const memberships = [...memberIds].map(([t, ids]) => ({
    groupId: orgChartGroupId(chart.teams[t]!),
    ...window,
    memberIds: ids,
  }));
  return { orgChartCounts, groups, memberships };
}
