// Which RBAC groups each member holds, and the few who move between groups.
import type { DepartmentKey } from './departments';
import { P, unit } from './prng';
import { apportion, teamWeights } from './roster';
import { PILOT_END, STRUCTURE_DAY } from './calendar';
import type { DemoGroup, DemoMember } from './org-types';

/**
 * Sets `primaryGroup`, `crossGroups` and `transfer` on every member: department members are
 * split over the department's sub-teams by weight; managers join "People Managers"; pilot seats
 * join "Claude Pilot Cohort"; ~1% (never Legal) move to another team 30+ days after their seat
 * and at least 15 days before {@link STRUCTURE_DAY} (fixed dates, whatever the latest day).
 */
export function assignGroups(
  seed: number,
  members: DemoMember[],
  groups: readonly DemoGroup[],
): void {
  const deptGroups = new Map<DepartmentKey, number[]>();
  for (const g of groups) {
    if (g.department)
      deptGroups.set(g.department, [...(deptGroups.get(g.department) ?? []), g.index]);
  }
  for (const [dept, gs] of deptGroups) {
    const list = members.filter((m) => m.department === dept);
    const sizes = apportion(list.length, teamWeights(gs.length));
    let k = 0;
    gs.forEach((g, t) => {
      for (let j = 0; j < sizes[t]!; j++) list[k++]!.primaryGroup = g;
    });
  }
  const managers = groups.find((g) => g.name === 'People Managers');
  const pilot = groups.find((g) => g.name === 'Claude Pilot Cohort');
  const movable = groups
    .filter((g) => g.department && g.department !== 'legal')
    .map((g) => g.index);
  for (const m of members) {
    if (managers && m.manager) m.crossGroups.push(managers.index);
    if (pilot && m.seatDay <= PILOT_END) m.crossGroups.push(pilot.index);
    if (
      m.primaryGroup === null ||
      m.department === 'legal' ||
      unit(seed, m.index, 1, P.transfer) >= 0.01
    )
      continue;
    const same = (deptGroups.get(m.department) ?? []).filter((g) => g !== m.primaryGroup);
    const pool = same.length > 0 ? same : movable.filter((g) => g !== m.primaryGroup);
    const span = STRUCTURE_DAY - m.seatDay - 45;
    if (pool.length === 0 || span <= 0) continue;
    const to = pool[Math.floor(unit(seed, m.index, 2, P.transfer) * pool.length)]!;
    m.transfer = {
      day: m.seatDay + 30 + Math.floor(unit(seed, m.index, 3, P.transfer) * span),
      from: m.primaryGroup,
      to,
    };
  }
}
