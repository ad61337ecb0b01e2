// Department profiles of the demo organisation: how big, how eager, which products.
// Adoption differs on purpose (Engineering high and Claude Code heavy, Sales low,
// Finance light on connectors, Legal tiny) so the insight layer has gaps to find.
import { DEPARTMENTS } from './department-profiles';

export { DEPARTMENTS };

export type DepartmentKey =
  | 'engineering'
  | 'sales'
  | 'support'
  | 'operations'
  | 'marketing'
  | 'product'
  | 'data'
  | 'finance'
  | 'hr'
  | 'legal';

export interface DepartmentProfile {
  key: DepartmentKey;
  name: string;
  /** Share of the roster (Legal ignores this: it always has LEGAL_HEADCOUNT members). */
  share: number;
  /** Typical weekday probability of being active once onboarded (before per-member spread). */
  adoption: number;
  /** Share of seats that are never used. */
  neverActive: number;
  /** Exponent on the seat-date quantile: > 1 gets seats earlier, < 1 later. */
  seatEarliness: number;
  /** Probability that a member has each product at all. */
  products: { chat: number; code: number; cowork: number; office: number; design: number };
  /** Weights for the Office apps: excel, powerpoint, word, outlook. */
  officeApps: readonly [number, number, number, number];
  /** 0..1 appetite for connectors and skills (size of the member's sets). */
  connectors: number;
  skills: number;
  /** Sub-team names, in the order they are split out when more groups are requested. */
  subTeams: readonly string[];
  /** Words used to name this department's chat projects. */
  projectTopics: readonly string[];
}

/** Legal is deliberately tiny so that a group under the privacy floor (k = 5) exists. */
export const LEGAL_HEADCOUNT = 4;

/** Order in which departments get their own RBAC group when fewer than 10 are requested. */
export const GROUP_PRIORITY: readonly DepartmentKey[] = [
  'engineering',
  'sales',
  'legal',
  'finance',
  'marketing',
  'support',
  'operations',
  'product',
  'data',
  'hr',
];

/** Order in which departments are split into sub-teams when more than 10 department groups are requested. */
export const SPLIT_PRIORITY: readonly DepartmentKey[] = [
  'engineering',
  'sales',
  'support',
  'engineering',
  'data',
  'marketing',
  'sales',
  'engineering',
  'operations',
  'finance',
  'product',
  'hr',
  'engineering',
  'support',
];

/**
 * Further sub-teams, split out (in this order) only after every named sub-team in
 * {@link SPLIT_PRIORITY} exists, i.e. for plans of more than 25 groups (up to 50). Big departments
 * come first and more often; Legal never appears (it must stay under the privacy floor).
 * Each entry names the department and the next sub-team it gains.
 */
export const EXTRA_SUB_TEAMS: readonly (readonly [DepartmentKey, string])[] = [
  ['engineering', 'Developer Experience'],
  ['sales', 'Enterprise Accounts'],
  ['support', 'Customer Success'],
  ['engineering', 'Payments'],
  ['operations', 'Procurement'],
  ['marketing', 'Product Marketing'],
  ['sales', 'Sales Engineering'],
  ['engineering', 'Site Reliability'],
  ['product', 'Research'],
  ['data', 'Data Engineering'],
  ['support', 'Tier 3'],
  ['finance', 'Tax'],
  ['engineering', 'Search'],
  ['sales', 'Partnerships'],
  ['hr', 'Learning & Development'],
  ['marketing', 'Content'],
  ['engineering', 'Frontend'],
  ['operations', 'Facilities'],
  ['support', 'Support Operations'],
  ['data', 'Business Intelligence'],
  ['product', 'Product Operations'],
  ['engineering', 'Quality Engineering'],
  ['sales', 'Mid-Market'],
  ['finance', 'Treasury'],
  ['marketing', 'Events'],
];

/** Relative size of the n-th sub-team inside a split department (first is biggest). */
export function subTeamWeight(n: number): number {
  return 1 / (1 + 0.35 * n);
}

/** Profile of a department key. */
export function department(key: DepartmentKey): DepartmentProfile {
  const d = DEPARTMENTS.find((x) => x.key === key);
  if (!d) throw new Error(`unknown department ${key}`);
  return d;
}
