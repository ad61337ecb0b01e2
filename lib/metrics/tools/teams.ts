/**
 * Teams of the Tools view and their privacy floor.
 *
 * **A person's teams** (one person = one lower-cased email), best source first:
 * 1. the Claude groups the publication gate publishes that hold them
 *    (API groups, and org-chart teams, which the gate lists as groups);
 * 2. else their org-chart team, when the gate publishes it (the org chart
 *    maps emails, so it places people who are only in ChatGPT too);
 * 3. else the SCIM groups of their ChatGPT row (`groups`), as team
 *    `chatgpt-group:<name>` — the fallback when neither knows them.
 * Someone in none is in the org's figures only.
 *
 * **Floor**: in each period, a team's figures count over its people holding
 * a seat in either tool. The teams go through the same plan as Claude's
 * groups (privacy.ts `planSuppression`): a team of fewer than k such people
 * is hidden, and so is any team whose figures would let a count of fewer
 * than k people be worked out by subtraction (complementary suppression).
 * Hidden teams publish no figure, only why.
 */
import { planSuppression, type GroupSuppression } from '@/lib/metrics/privacy';
import type { ToolPerson } from '@/lib/metrics/tools/people';

export interface TeamDirectory {
  /** Published Claude groups: id, name, members' emails (lower-cased). */
  groups: readonly { id: string; name: string | null; emails: readonly string[] }[];
  /** Org chart: lower-cased email → published group id (unpublished teams left out). */
  orgChart: ReadonlyMap<string, string>;
  /** Claude groups the gate hides: listed with why, never with members or figures. */
  hidden?: readonly { id: string; name: string | null; because: string }[];
}

export interface ToolTeam {
  id: string;
  name: string;
  source: 'claude-group' | 'chatgpt-group';
  /** Everyone of the period in the team (seat or not). */
  people: ToolPerson[];
}

const scimPrefix = 'chatgpt-group:';

/** Every team of `people` (one period), sorted by name. */
export function teamsOf(people: readonly ToolPerson[], directory: TeamDirectory): ToolTeam[] {
  const groupsOf = new Map<string, string[]>();
  for (const g of directory.groups)
    for (const email of g.emails) {
      const list = groupsOf.get(email);
      if (list) list.push(g.id);
      else groupsOf.set(email, [g.id]);
    }
  const nameOf = new Map(directory.groups.map((g) => [g.id, g.name ?? g.id]));
  const teams = new Map<string, ToolTeam>();
  const put = (id: string, name: string, source: ToolTeam['source'], p: ToolPerson) => {
    const team = teams.get(id) ?? { id, name, source, people: [] };
    if (!team.people.includes(p)) team.people.push(p);
    teams.set(id, team);
  };
  for (const p of people) {
    const claude = groupsOf.get(p.key);
    if (claude) {
      for (const id of claude) put(id, nameOf.get(id)!, 'claude-group', p);
      continue;
    }
    const charted = directory.orgChart.get(p.key);
    if (charted && nameOf.has(charted)) {
      put(charted, nameOf.get(charted)!, 'claude-group', p);
      continue;
    }
    for (const name of p.chatgpt?.groups ?? [])
      put(`${scimPrefix}${name}`, name, 'chatgpt-group', p);
  }
  return [...teams.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Holds a seat in either tool: counted in the team's figures. */
export const holdsSeat = (p: ToolPerson) => p.chatgptSeat || p.claudeSeat;

/**
 * Which teams of one period to hide, by team id: the privacy plan over the
 * people holding a seat in either tool (the period's org) and each team's
 * seat holders. Example with k = 5: org of 12 = A (7) + B (5) → nothing
 * hidden; org of 12 = A (8) + B (4) → B below k, and A hidden too (org − A
 * would give B's 4).
 */
export function hiddenTeams(
  people: readonly ToolPerson[],
  teams: readonly ToolTeam[],
  k: number,
): Map<string, GroupSuppression> {
  const index = new Map<ToolPerson, number>();
  for (const p of people) if (holdsSeat(p)) index.set(p, index.size);
  return planSuppression(
    index.size,
    teams.map((t) => ({
      id: t.id,
      members: t.people.filter(holdsSeat).map((p) => index.get(p)!),
    })),
    k,
  );
}
