// Chat projects: names, creators and creation days; which members use which projects.
import { STRUCTURE_DAY } from './calendar';
import { dayMs } from './dates';
import { DEPARTMENTS, type DepartmentKey } from './departments';
import { ulid } from './ids';
import { P, pickWeighted, stream, sumOf } from './prng';
import { PRODUCT, type DemoMember, type DemoProject } from './org-types';

const poolWeights = new WeakMap<readonly DemoMember[], { weights: number[]; total: number }>();
/** Creator weights of a pool and their sum (computed once per pool, not once per draw). */
function weightsOf(pool: readonly DemoMember[]): { weights: number[]; total: number } {
  let w = poolWeights.get(pool);
  if (!w) {
    const weights = pool.map((m) => m.intensity * m.propensity);
    w = { weights, total: sumOf(weights) };
    poolWeights.set(pool, w);
  }
  return w;
}

const PREFIXES = ['', '', 'Q2 ', 'Q3 ', 'Q4 ', '2026 ', 'Shared ', 'Team '];

/**
 * Builds the organisation's first-year chat projects (about 6 per 100 members, at least 12,
 * created by {@link STRUCTURE_DAY}; later ones come from `buildRecurringProjects`). Each has
 * a creator from its department who was active with chat on the creation day (a creation
 * forces chat activity that day, so `distinct_projects_created_count` adds up), except ~3%
 * whose creator can no longer be resolved (`created_by: null`, no creation event).
 */
export function buildProjects(seed: number, members: readonly DemoMember[]): DemoProject[] {
  const latest = STRUCTURE_DAY;
  const count = Math.max(12, Math.round(members.length * 0.06));
  const s = stream(seed, 0, 0, P.project);
  const byDept = new Map<DepartmentKey, DemoMember[]>();
  for (const m of members) {
    if (m.firstActiveDay === null || !(m.products & PRODUCT.chat) || m.firstActiveDay > latest)
      continue;
    const list = byDept.get(m.department) ?? [];
    list.push(m);
    byDept.set(m.department, list);
  }
  const depts = DEPARTMENTS.filter((d) => byDept.has(d.key));
  if (depts.length === 0) return [];
  const weights = depts.map((d) => (d.key === 'legal' ? 0.01 : d.share * d.adoption));
  const total = weights.reduce((a, b) => a + b, 0);
  const names = new Set<string>();
  const out: DemoProject[] = [];
  for (let k = 0; k < count; k++) {
    let x = s.next() * total;
    let di = 0;
    for (; di < depts.length - 1; di++) {
      x -= weights[di]!;
      if (x < 0) break;
    }
    const dept = depts[di]!;
    const pool = byDept.get(dept.key)!;
    // Creators skew towards heavy users.
    const { weights: pw, total: pt } = weightsOf(pool);
    const creator = pool[pickWeighted(pw, s.next(), pt)]!;
    const from = creator.firstActiveDay!;
    const to = Math.min(latest, creator.lastActiveDay ?? latest);
    const createdDay = from + Math.floor(Math.pow(s.next(), 0.8) * Math.max(0, to - from + 1));
    let name = `${PREFIXES[s.int(PREFIXES.length)]}${dept.projectTopics[s.int(dept.projectTopics.length)]}`;
    for (let n = 2; names.has(name); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
    names.add(name);
    const createdMs = dayMs(createdDay) + Math.floor(s.next() * 9 * 3600) * 1000 + 8 * 3_600_000;
    out.push({
      index: k,
      id: `claude_proj_${ulid(createdMs, seed, 9, k)}`,
      name,
      department: dept.key,
      createdDay,
      createdAt: `${new Date(createdMs).toISOString().slice(0, 19)}Z`,
      creator: s.next() < 0.03 ? null : creator.index,
    });
  }
  return out;
}

/**
 * Gives every chat member a few projects of their department (champions many more);
 * creators always use their own projects.
 */
export function assignProjects(
  seed: number,
  members: DemoMember[],
  projects: readonly DemoProject[],
): void {
  const byDept = new Map<DepartmentKey, number[]>();
  for (const p of projects) {
    const list = byDept.get(p.department);
    if (list) list.push(p.index);
    else byDept.set(p.department, [p.index]);
  }
  for (const m of members) {
    if (!(m.products & PRODUCT.chat)) continue;
    const s = stream(seed, m.index, 1, P.project);
    const pool = byDept.get(m.department) ?? [];
    const want = m.champion ? 8 + s.int(5) : Math.floor(Math.pow(s.next(), 1.8) * 6);
    const chosen = new Set<number>();
    for (let k = 0; k < want * 2 && chosen.size < want; k++) {
      const fromAll = pool.length === 0 || s.next() < 0.15;
      const p = fromAll ? s.int(projects.length) : pool[s.int(pool.length)]!;
      if (projects.length > 0) chosen.add(p);
    }
    m.projects = [...chosen];
  }
  for (const p of projects) {
    if (p.creator !== null) {
      const m = members[p.creator]!;
      if (!m.projects.includes(p.index)) m.projects.push(p.index);
    }
  }
  for (const m of members) m.projects.sort((a, b) => a - b);
}
