// Who is in the organisation and in which RBAC groups.
import {
  DEPARTMENTS,
  EXTRA_SUB_TEAMS,
  GROUP_PRIORITY,
  LEGAL_HEADCOUNT,
  SPLIT_PRIORITY,
  subTeamWeight,
  type DepartmentKey,
} from './departments';
import { ulid, uuidFor } from './ids';
import { FIRST_NAMES, LAST_NAMES, freshEmail, localPartAt } from './names';
import { hash4, P, stream } from './prng';
import { dayMs } from './dates';
import type { DemoGroup } from './org-types';

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder).
 * The parts always sum to `total`; all-zero weights give all to the first part.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left--;
  }
  return parts;
}

/** Department of every member index: exact quotas (Legal fixed), shuffled by the seed. */
export function assignDepartments(seed: number, members: number): DepartmentKey[] {
  const legal = Math.min(LEGAL_HEADCOUNT, Math.floor(members / 5));
  const others = DEPARTMENTS.filter((d) => d.key !== 'legal');
  const counts = apportion(
    members - legal,
    others.map((d) => d.share),
  );
  const list: DepartmentKey[] = [];
  others.forEach((d, i) => {
    for (let k = 0; k < counts[i]!; k++) list.push(d.key);
  });
  for (let k = 0; k < legal; k++) list.push('legal');
  const s = stream(seed, 0, 0, P.dept);
  for (let i = list.length - 1; i > 0; i--) {
    const j = s.int(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Unique `first.last@domain` names for every member, first collision gets `2`, and so on. */
export function assignNames(
  seed: number,
  members: number,
  domain: string,
): { name: string; email: string }[] {
  const taken = new Set<string>();
  const out: { name: string; email: string }[] = [];
  for (let i = 0; i < members; i++) {
    const fi = hash4(seed, i, 0, P.name) % FIRST_NAMES.length;
    const li = hash4(seed, i, 1, P.name) % LAST_NAMES.length;
    const email = freshEmail(taken, localPartAt(fi, li), domain);
    out.push({ name: `${FIRST_NAMES[fi]!} ${LAST_NAMES[li]!}`, email });
  }
  return out;
}

/**
 * Groups a plan holds when every department is split into its named sub-teams: 2 cross-cutting +
 * 23 department and sub-team groups = 25. Plans up to this size are the ones before 100,000-member
 * orgs existed and stay exactly as they were.
 */
export const MAX_GROUPS = 2 + DEPARTMENTS.reduce((n, d) => n + Math.max(1, d.subTeams.length), 0);

/** Most groups a plan can hold: {@link MAX_GROUPS} plus the {@link EXTRA_SUB_TEAMS} (50). */
export const MAX_PLANNED_GROUPS = MAX_GROUPS + EXTRA_SUB_TEAMS.length;

/** How a department maps to groups: no group, one group, or named sub-teams. */
export interface GroupPlan {
  /** Per department: list of sub-team names ([] = one department group; null = no group). */
  teams: Map<DepartmentKey, string[] | null>;
  crossCutting: string[];
}

/**
 * Plans `groups` RBAC groups: cross-cutting groups first (2 when ≥ 12 groups, 1 when ≥ 6),
 * then one group per department in {@link GROUP_PRIORITY} order, then sub-team splits in
 * {@link SPLIT_PRIORITY} order, then (beyond {@link MAX_GROUPS}) the {@link EXTRA_SUB_TEAMS} in
 * their order. Legal is never split (it must stay under the privacy floor).
 */
export function planGroups(groups: number): GroupPlan {
  const cross =
    groups >= 12
      ? ['People Managers', 'Claude Pilot Cohort']
      : groups >= 6
        ? ['People Managers']
        : [];
  let budget = Math.max(0, groups - cross.length);
  const teams = new Map<DepartmentKey, string[] | null>(DEPARTMENTS.map((d) => [d.key, null]));
  for (const key of GROUP_PRIORITY) {
    if (budget <= 0) break;
    teams.set(key, []);
    budget--;
  }
  const splits = new Map<DepartmentKey, number>();
  for (const key of SPLIT_PRIORITY) {
    if (budget <= 0) break;
    const sub = DEPARTMENTS.find((d) => d.key === key)!.subTeams;
    const n = splits.get(key) ?? 1;
    if (n >= sub.length) continue;
    splits.set(key, n + 1);
    teams.set(key, sub.slice(0, n + 1));
    budget--;
  }
  for (const [key, name] of EXTRA_SUB_TEAMS) {
    if (budget <= 0) break;
    teams.set(key, [...(teams.get(key) ?? []), name]);
    budget--;
  }
  return { teams, crossCutting: cross };
}

/** Materialises a plan into groups with ids (department groups, sub-teams, then cross-cutting). */
export function buildGroups(seed: number, plan: GroupPlan): DemoGroup[] {
  const out: DemoGroup[] = [];
  const created = dayMs(0) - 20 * 86_400_000;
  const add = (name: string, kind: DemoGroup['kind'], department: DepartmentKey | null): void => {
    const index = out.length;
    out.push({
      index,
      id: `rbac_group_${ulid(created + index * 60_000, seed, 7, index)}`,
      uuid: uuidFor(seed, 7, index),
      name,
      kind,
      department,
    });
  };
  for (const d of DEPARTMENTS) {
    const teams = plan.teams.get(d.key);
    if (teams === null || teams === undefined) continue;
    if (teams.length === 0) add(d.name, 'department', d.key);
    else for (const t of teams) add(`${d.name} – ${t}`, 'team', d.key);
  }
  for (const c of plan.crossCutting) add(c, 'cross', null);
  return out;
}

/** Sub-team weights for a split department. */
export function teamWeights(n: number): number[] {
  return Array.from({ length: n }, (_, i) => subTeamWeight(i));
}
