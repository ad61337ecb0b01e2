// createDemoOrg: the deterministic synthetic organisation behind demo mode and the mock API.
import { creationKey } from './activity';
import { dayIndex, dayMs, parseDay } from './dates';
import type { DepartmentKey } from './departments';
import { ulid, uuidFor } from './ids';
import { buildInvitees } from './invitees';
import { assignGroups } from './membership';
import { createOrgCache, type OrgCache } from './org-cache';
import type {
  DemoGroup,
  DemoMember,
  DemoOrgOptions,
  DemoProject,
  PendingInvitee,
  ResolvedOrgOptions,
} from './org-types';
import { hash4, P, unit } from './prng';
import { assignProjects, buildProjects } from './projects';
import { buildRecurringProjects } from './recurring';
import {
  apportion,
  assignDepartments,
  assignNames,
  buildGroups,
  MAX_PLANNED_GROUPS,
  planGroups,
} from './roster';
import { memberTraits } from './traits';

/** The immutable part of a demo organisation. */
export interface DemoOrgCore {
  readonly options: ResolvedOrgOptions;
  readonly name: string;
  /** Organisation UUID (as reported in legacy reports). */
  readonly organizationId: string;
  /** Email domain, e.g. `northwind.example`. */
  readonly domain: string;
  /**
   * Day index of `options.latestAvailableDay` when pinned; null when the latest day follows the
   * mock's clock (see `latestDayAt`). Nothing in the organisation's structure depends on it.
   */
  readonly latestDay: number | null;
  readonly members: readonly DemoMember[];
  /** Member indices sorted by email (the natural order of `/users`). */
  readonly emailOrder: Int32Array;
  readonly memberById: ReadonlyMap<string, number>;
  readonly groups: readonly DemoGroup[];
  /** Group index by tagged id and by bare UUID. */
  readonly groupByKey: ReadonlyMap<string, number>;
  readonly projects: readonly DemoProject[];
  readonly projectById: ReadonlyMap<string, number>;
  /** Invitations never accepted (not members; counted in `pending_invite_count` until they lapse). */
  readonly pendingInvitees: readonly PendingInvitee[];
  /** Member indices of the champions. */
  readonly champions: readonly number[];
  /** Project creations: {@link creationKey}(member, day) → project indices. */
  readonly creations: ReadonlyMap<number, number[]>;
}

/** A demo organisation plus its lazily filled caches (bitsets, summaries). */
export interface DemoOrg extends DemoOrgCore {
  readonly cache: OrgCache;
}

/** Where champions come from (weights): mostly technical teams, a few elsewhere. */
const CHAMPION_DEPTS: readonly (readonly [DepartmentKey, number])[] = [
  ['engineering', 0.4],
  ['data', 0.15],
  ['product', 0.15],
  ['marketing', 0.15],
  ['operations', 0.1],
  ['support', 0.05],
];

/** Largest organisation the generator builds (the largest Claude Enterprise customers' size). */
export const MAX_MEMBERS = 100_000;

/** Fills in defaults and validates options; throws RangeError on impossible values. */
export function resolveOptions(options: DemoOrgOptions = {}): ResolvedOrgOptions {
  const r: ResolvedOrgOptions = {
    seed: options.seed ?? 42,
    members: options.members ?? 2000,
    groups: options.groups ?? 12,
    latestAvailableDay: options.latestAvailableDay ?? null,
    name: options.name ?? 'Northwind Labs',
  };
  if (!Number.isInteger(r.members) || r.members < 20 || r.members > MAX_MEMBERS)
    throw new RangeError(`members must be an integer in 20…${MAX_MEMBERS}`);
  if (!Number.isInteger(r.groups) || r.groups < 0 || r.groups > MAX_PLANNED_GROUPS)
    throw new RangeError(`groups must be an integer in 0…${MAX_PLANNED_GROUPS}`);
  if (r.latestAvailableDay !== null && !((parseDay(r.latestAvailableDay) ?? 0) >= 1))
    throw new RangeError('latestAvailableDay must be a YYYY-MM-DD day after 2026-01-01');
  return r;
}

/**
 * Builds the demo organisation. Deterministic: the same options always give the same
 * members, groups, projects and activity. Activity itself is not stored; it is computed per
 * (member, day) from hashes (see `activityMask`, `memberDay`) and cached as per-day bitsets.
 * Example: `createDemoOrg({ members: 500, seed: 7 })`.
 */
export function createDemoOrg(options: DemoOrgOptions = {}): DemoOrg {
  const opts = resolveOptions(options);
  const { seed, members: n } = opts;
  const latestDay = opts.latestAvailableDay === null ? null : dayIndex(opts.latestAvailableDay);
  const domain = `${
    opts.name
      .split(/\s+/)[0]!
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '') || 'demo'
  }.example`;
  const depts = assignDepartments(seed, n);
  const names = assignNames(seed, n, domain);
  const championCount = Math.min(Math.max(5, Math.min(15, Math.round(n / 250))), Math.floor(n / 4));
  const quotas = apportion(
    championCount,
    CHAMPION_DEPTS.map(([, w]) => w),
  );
  // Per department: its members by champion draw (ties by index), the first quota of them.
  const championDraw = depts.map((_, i) => hash4(seed, i, 0, P.manager + 100));
  const candidates = CHAMPION_DEPTS.flatMap(([key], k) =>
    depts
      .flatMap((d, i) => (d === key ? [i] : []))
      .sort((a, b) => championDraw[a]! - championDraw[b]! || a - b)
      .slice(0, quotas[k]),
  );
  const championSet = new Set(candidates);

  const plan = planGroups(opts.groups);
  const groups = buildGroups(seed, plan);
  const members: DemoMember[] = depts.map((dept, i) => {
    const t = memberTraits(seed, i, dept, championSet.has(i));
    return {
      index: i,
      id: `user_${ulid(dayMs(t.seatDay) - 86_400_000 * 3 + (hash4(seed, i, 2, P.id) % 86_400_000), seed, 3, i)}`,
      name: names[i]!.name,
      email: names[i]!.email,
      department: dept,
      primaryGroup: null,
      crossGroups: [],
      transfer: null,
      manager: unit(seed, i, 0, P.manager) < 0.09,
      champion: championSet.has(i),
      ...t,
      projects: [],
    };
  });
  assignGroups(seed, members, groups);

  const firstYear = buildProjects(seed, members);
  assignProjects(seed, members, firstYear);
  const projects = [...firstYear, ...buildRecurringProjects(seed, members, firstYear)];
  const creations = new Map<number, number[]>();
  for (const p of projects) {
    if (p.creator === null) continue;
    const key = creationKey(p.creator, p.createdDay);
    creations.set(key, [...(creations.get(key) ?? []), p.index]);
  }

  const emailOrder = Int32Array.from(members.map((m) => m.index)).sort((a, b) =>
    members[a]!.email < members[b]!.email ? -1 : 1,
  );
  const groupByKey = new Map<string, number>();
  for (const g of groups) {
    groupByKey.set(g.id, g.index);
    groupByKey.set(g.uuid, g.index);
  }
  const core: DemoOrgCore = {
    options: opts,
    name: opts.name,
    organizationId: uuidFor(seed, 11, 0),
    domain,
    latestDay,
    members,
    emailOrder,
    memberById: new Map(members.map((m) => [m.id, m.index])),
    groups,
    groupByKey,
    projects,
    projectById: new Map(projects.map((p) => [p.id, p.index])),
    pendingInvitees: buildInvitees(seed, n, domain, new Set(names.map((x) => x.email))),
    champions: candidates.sort((a, b) => a - b),
    creations,
  };
  return { ...core, cache: createOrgCache() };
}
