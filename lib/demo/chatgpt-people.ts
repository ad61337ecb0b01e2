// Who in the demo organisation holds a ChatGPT Enterprise seat, and how they use it (issue 13).
// Pure functions of (seed, person, purpose) hashes, like the rest of the demo: the same org
// gives the same ChatGPT workspace. Realistic overlap with Claude on purpose: some people use
// both tools, some one, some neither; some hold a ChatGPT seat only (not in the Claude org).
import { department, type DepartmentKey } from './departments';
import { dayIndex } from './dates';
import { FIRST_NAMES, LAST_NAMES, freshEmail, localPartAt } from './names';
import type { DemoOrgCore } from './org';
import { unit } from './prng';

/** Purposes of the hash draws (distinct from the Claude generator's). */
export const P = {
  seat: 9101,
  status: 9102,
  never: 9103,
  propensity: 9104,
  created: 9105,
  extraName: 9106,
  extraDept: 9107,
  selfDept: 9108,
  role: 9109,
  intensity: 9110,
} as const;

/** Share of each department holding a ChatGPT seat (sales and marketing bought it first). */
const seatShare: Record<DepartmentKey, number> = {
  engineering: 0.45,
  sales: 0.8,
  support: 0.55,
  operations: 0.6,
  marketing: 0.85,
  product: 0.7,
  data: 0.6,
  finance: 0.5,
  hr: 0.65,
  legal: 0.5,
};

export interface ChatgptPerson {
  /** Stable index: members keep theirs; ChatGPT-only people follow them. */
  key: number;
  email: string;
  name: string;
  department: DepartmentKey;
  status: 'enabled' | 'pending' | 'deleted';
  /** Day index the account was created (or the invite sent, when pending). */
  createdDay: number;
  /** Weekly probability of sending at least one message (0 for seats never used). */
  weekly: number;
  /** Volume multiplier (~1). */
  intensity: number;
  /** Self-reported department (`department` column), or null when the person left it blank. */
  selfDepartment: string | null;
  userRole: 'standard-user' | 'account-admin' | 'account-owner';
}

/** The ChatGPT workspace rolled out before Claude: accounts from early 2025. */
const rolloutDay = dayIndex('2025-02-03');

function person(
  org: DemoOrgCore,
  key: number,
  email: string,
  name: string,
  dept: DepartmentKey,
  intensity: number,
): ChatgptPerson {
  const s = org.options.seed;
  const status = unit(s, key, 0, P.status);
  const never = unit(s, key, 0, P.never) < 0.12;
  const roleDraw = unit(s, key, 0, P.role);
  return {
    key,
    email,
    name,
    department: dept,
    status: status < 0.03 ? 'pending' : status < 0.05 ? 'deleted' : 'enabled',
    createdDay: rolloutDay + Math.floor(unit(s, key, 0, P.created) * 600),
    weekly: never ? 0 : 0.15 + 0.8 * unit(s, key, 0, P.propensity),
    intensity,
    selfDepartment: unit(s, key, 0, P.selfDept) < 0.65 ? dept : null,
    userRole: key === 0 ? 'account-owner' : roleDraw < 0.01 ? 'account-admin' : 'standard-user',
  };
}

/**
 * Everyone with a row in the demo's ChatGPT exports: the Claude members drawn
 * to hold a ChatGPT seat (by department share), then ChatGPT-only people
 * (6% of the org's size, at least 3), with emails in the same domain.
 */
export function chatgptPeople(org: DemoOrgCore): ChatgptPerson[] {
  const s = org.options.seed;
  const people: ChatgptPerson[] = [];
  for (const m of org.members) {
    if (unit(s, m.index, 0, P.seat) >= seatShare[m.department]) continue;
    const intensity = 0.4 + 1.2 * unit(s, m.index, 0, P.intensity);
    people.push(person(org, m.index, m.email, m.name, m.department, intensity));
  }
  const taken = new Set(org.members.map((m) => m.email));
  const extra = Math.max(3, Math.round(org.members.length * 0.06));
  const depts = Object.keys(seatShare) as DepartmentKey[];
  for (let i = 0; i < extra; i++) {
    const key = org.members.length + i;
    const fi = Math.floor(unit(s, key, 1, P.extraName) * FIRST_NAMES.length);
    const li = Math.floor(unit(s, key, 2, P.extraName) * LAST_NAMES.length);
    const email = freshEmail(taken, localPartAt(fi, li), org.domain);
    const dept = depts[Math.floor(unit(s, key, 0, P.extraDept) * depts.length)]!;
    const name = `${FIRST_NAMES[fi]} ${LAST_NAMES[li]}`;
    people.push(person(org, key, email, name, dept, 0.4 + 1.2 * unit(s, key, 0, P.intensity)));
  }
  return people;
}

/** The SCIM group the demo's identity provider gives a department in ChatGPT. */
export function scimGroupOf(dept: DepartmentKey): string {
  return `SG-ChatGPT-${department(dept).name}`;
}
