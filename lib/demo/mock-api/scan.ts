// Walks the active member-days of a window, honouring user and RBAC-group scope.
import { ensureBits, groupMask, groupsOn, wordsFor } from '../bitsets';
import type { DemoOrg } from '../org';
import { SLOT } from '../org-cache';
import type { DemoMember } from '../org-types';
import type { MemberScope } from './filters';

/**
 * Calls `visit(member, day)` for every member active on a day in [from, to) who matches
 * `scope`: in the `user_id` set, and holding one of the scoped groups on that very day.
 * Days ascend; members ascend by index within a day.
 */
export function forEachActive(
  org: DemoOrg,
  from: number,
  to: number,
  scope: MemberScope,
  visit: (m: DemoMember, d: number) => void,
): void {
  if (to <= from) return;
  const bits = ensureBits(org, to - 1, from);
  const words = wordsFor(org.members.length);
  for (let d = from; d < to; d++) {
    const active = bits[SLOT.any]![d]!;
    const mask = scope.groups ? groupMask(org, scope.groups, d) : null;
    for (let w = 0; w < words; w++) {
      let x = active[w]!;
      if (mask) x &= mask[w]!;
      while (x !== 0) {
        const low = x & -x;
        const i = (w << 5) + (31 - Math.clz32(low));
        x ^= low;
        if (scope.users && !scope.users.has(i)) continue;
        visit(org.members[i]!, d);
      }
    }
  }
}

/** Groups a member holds on day `d`, restricted to `only` when given. */
export function scopedGroupsOn(m: DemoMember, d: number, only: number[] | null): number[] {
  const held = groupsOn(m, d);
  return only ? held.filter((g) => only.includes(g)) : held;
}
