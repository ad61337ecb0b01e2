// Structure that recurs every calendar month after the first year: new chat projects and new
// invitations. Fixed by the calendar (month by month up to STRUCTURE_HORIZON), never by the
// latest available day, so a day's figures are the same whenever the demo was started.
import { STRUCTURE_DAY, STRUCTURE_HORIZON } from './calendar';
import { dayMs, monthOf, monthStartDay } from './dates';
import { DEPARTMENTS, type DepartmentKey } from './departments';
import { ulid } from './ids';
import { FIRST_NAMES, freshEmail, LAST_NAMES, localPartAt } from './names';
import { hash4, P, pickWeighted, stream, unit } from './prng';
import { PRODUCT, type DemoMember, type DemoProject, type PendingInvitee } from './org-types';

/** Months (since January 2026) with recurring structure: the month after STRUCTURE_DAY onwards. */
export function recurringMonths(): number[] {
  const out: number[] = [];
  for (let k = monthOf(STRUCTURE_DAY) + 1; k <= monthOf(STRUCTURE_HORIZON); k++) out.push(k);
  return out;
}

/** A weighted draw in O(log n): index i with probability weights[i] / Σ weights. */
function picker(weights: readonly number[]): (u: number) => number {
  const cum = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cum[i] = total += w));
  return (u) => {
    const x = u * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** True when member `m` can act on day `d` (seated, activated, not yet dormant). */
function activeOn(m: DemoMember, d: number): boolean {
  return (
    m.firstActiveDay !== null &&
    m.firstActiveDay <= d &&
    m.seatDay <= d &&
    (m.lastActiveDay === null || m.lastActiveDay >= d)
  );
}

/**
 * New chat projects every month after the first year: about 6 per 1,000 members a month (at
 * least 1), each created by a chat member of its department who is active that day (a creation
 * forces chat activity, as in the first year) and used by the creator and up to 4 colleagues.
 * Indices continue after `first`; names are unique across both (a numbered suffix on repeats).
 * Appends the new projects to the users' `projects` lists.
 */
export function buildRecurringProjects(
  seed: number,
  members: readonly DemoMember[],
  first: readonly DemoProject[],
): DemoProject[] {
  const byDept = new Map<DepartmentKey, DemoMember[]>();
  for (const m of members) {
    if (m.firstActiveDay === null || !(m.products & PRODUCT.chat)) continue;
    const list = byDept.get(m.department) ?? [];
    list.push(m);
    byDept.set(m.department, list);
  }
  const depts = DEPARTMENTS.filter((d) => byDept.has(d.key));
  if (depts.length === 0) return [];
  const deptWeights = depts.map((d) => (d.key === 'legal' ? 0.01 : d.share * d.adoption));
  // Creators and users skew towards heavy users (as in the first year).
  const pickers = new Map(
    [...byDept].map(([k, pool]) => [k, picker(pool.map((m) => m.intensity * m.propensity))]),
  );
  const used = new Set(first.map((p) => p.name));
  const repeats = new Map<string, number>();
  const uniqueName = (name: string): string => {
    let n = repeats.get(name) ?? 1;
    let out = name;
    while (used.has(out)) out = `${name} (${++n})`;
    repeats.set(name, n);
    used.add(out);
    return out;
  };
  const perMonth = Math.max(1, Math.round(members.length * 0.006));
  const out: DemoProject[] = [];
  for (const k of recurringMonths()) {
    const start = monthStartDay(k);
    const days = monthStartDay(k + 1) - start;
    const s = stream(seed, k, 2, P.project);
    for (let j = 0; j < perMonth; j++) {
      const dept = depts[pickWeighted(deptWeights, s.next())]!;
      const pool = byDept.get(dept.key)!;
      const pick = pickers.get(dept.key)!;
      const day = start + s.int(days);
      let creator: DemoMember | null = null;
      for (let t = 0; t < 6 && !creator; t++) {
        const m = pool[pick(s.next())]!;
        if (activeOn(m, day)) creator = m;
      }
      if (!creator) continue;
      const date = new Date(dayMs(day));
      const prefixes = [
        '',
        '',
        `Q${Math.floor(date.getUTCMonth() / 3) + 1} `,
        `${date.getUTCFullYear()} `,
        'Shared ',
        'Team ',
      ];
      const name = uniqueName(
        `${prefixes[s.int(prefixes.length)]}${dept.projectTopics[s.int(dept.projectTopics.length)]}`,
      );
      const index = first.length + out.length;
      const createdMs = dayMs(day) + Math.floor(s.next() * 9 * 3600) * 1000 + 8 * 3_600_000;
      out.push({
        index,
        id: `claude_proj_${ulid(createdMs, seed, 9, index)}`,
        name,
        department: dept.key,
        createdDay: day,
        createdAt: `${new Date(createdMs).toISOString().slice(0, 19)}Z`,
        creator: s.next() < 0.03 ? null : creator.index,
      });
      creator.projects.push(index);
      for (let t = s.int(5); t > 0; t--) {
        const m = pool[pick(s.next())]!;
        if (activeOn(m, day) && !m.projects.includes(index)) m.projects.push(index);
      }
    }
  }
  return out;
}

/**
 * New invitations every month after the first year, never accepted (they lapse after 30
 * days): max(3, 1.5 per 1,000 members) a month, spread evenly over the month so that some
 * invitation is pending on every day. Emails avoid `taken` (and are added to it); `from` is
 * the index of the first one (names are drawn per index, continuing the first year's).
 */
export function buildRecurringInvitees(
  seed: number,
  n: number,
  domain: string,
  taken: Set<string>,
  from: number,
): PendingInvitee[] {
  const out: PendingInvitee[] = [];
  const perMonth = Math.max(3, Math.round(n * 0.0015));
  for (const k of recurringMonths()) {
    const start = monthStartDay(k);
    const days = monthStartDay(k + 1) - start;
    for (let j = 0; j < perMonth; j++) {
      const i = from + out.length;
      const firstName = hash4(seed, i, 0, P.invitee) % FIRST_NAMES.length;
      const last = hash4(seed, i, 1, P.invitee) % LAST_NAMES.length;
      const email = freshEmail(taken, localPartAt(firstName, last), domain);
      const inviteDay = start + Math.floor(((j + unit(seed, i, 2, P.invitee)) * days) / perMonth);
      out.push({ email, inviteDay, expiresDay: inviteDay + 30 });
    }
  }
  return out;
}
