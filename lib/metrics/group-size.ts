/**
 * Size of a scope: the denominator of its adoption rate.
 *
 * The API gives the org's assigned seats but no group sizes (a group-scoped
 * /summaries nulls the seat count), so groups use the best source available:
 *   1. an imported org chart's head count for the team,
 *   2. the seat count the admin entered for the group,
 *   3. members seen in /users rows over the window — `approximate: true`
 *      (someone who never appeared in /users is missed).
 * For the org: the API's assigned seats first, then the same three.
 * A source counts only when it holds a whole number ≥ 1; otherwise the next
 * one is tried. With nothing at all the size is null (`source: 'none'`).
 */

export type SizeSource = 'api-seats' | 'org-chart' | 'admin-seats' | 'members-seen' | 'none';

export interface ScopeSize {
  /** Seats / people the rate is measured against; null when unknown. */
  value: number | null;
  source: SizeSource;
  /** True when the size is the members-seen estimate. */
  approximate: boolean;
  /** People in the scope's membership (what the privacy floor counts); null for unknown. */
  members: number | null;
}

export interface SizeCandidates {
  apiSeats?: number | null;
  orgChart?: number | null;
  adminSeats?: number | null;
  membersSeen?: number | null;
  members?: number | null;
}

function usable(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

/**
 * Picks the best size. Example: `{ orgChart: null, adminSeats: 40, membersSeen: 37 }`
 * → `{ value: 40, source: 'admin-seats', approximate: false }`;
 * `{ membersSeen: 37 }` → `{ value: 37, source: 'members-seen', approximate: true }`;
 * `{ membersSeen: 0 }` → `{ value: 0, … approximate: true }` (a rate over it is null).
 */
export function bestScopeSize(c: SizeCandidates): ScopeSize {
  const members = c.members ?? null;
  const ordered: [SizeSource, number | null | undefined][] = [
    ['api-seats', c.apiSeats],
    ['org-chart', c.orgChart],
    ['admin-seats', c.adminSeats],
  ];
  for (const [source, value] of ordered)
    if (usable(value)) return { value, source, approximate: false, members };
  if (typeof c.membersSeen === 'number' && c.membersSeen >= 0)
    return { value: c.membersSeen, source: 'members-seen', approximate: true, members };
  return { value: null, source: 'none', approximate: false, members };
}

/**
 * Adoption rate in percent = actives / size × 100. Null when either is
 * unknown or the size is 0 (never NaN or Infinity).
 * Example: `adoptionRate(61, 100) === 61`; `adoptionRate(3, 0) === null`.
 */
export function adoptionRate(actives: number | null, size: number | null): number | null {
  if (actives === null || size === null || !(size > 0)) return null;
  return (actives / size) * 100;
}
