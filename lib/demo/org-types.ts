import type { DepartmentKey } from './departments';

/** Options of {@link createDemoOrg}. Same options ⇒ identical organisation. */
export interface DemoOrgOptions {
  /** PRNG seed (integer). Default 42. */
  seed?: number;
  /** Number of members (everyone who holds a seat by 2026-11-20). Default 2000; 20 … 100 000. */
  members?: number;
  /**
   * Number of RBAC groups, 0…50. Default 12 (10 departments + 2 cross-cutting); more split
   * departments into their named sub-teams (up to 25), then into further sub-teams (up to 50).
   */
  groups?: number;
  /**
   * Pins the latest day the engagement endpoints serve, `YYYY-MM-DD`. Default: none, the mock's
   * latest day follows its clock (yesterday after 13:30 UTC, else the day before). Only the
   * mock's answers depend on it, never the organisation's structure.
   */
  latestAvailableDay?: string;
  /** Organisation display name. Default 'Northwind Labs'. */
  name?: string;
}

export type ResolvedOrgOptions = Required<Omit<DemoOrgOptions, 'latestAvailableDay'>> & {
  /** The pinned latest day, or null when it follows the mock's clock. */
  latestAvailableDay: string | null;
};

/** Product bits used in activity masks. Office and Design count as active only per product. */
export const PRODUCT = { chat: 1, code: 2, cowork: 4, office: 8, design: 16 } as const;
export type ProductKey = keyof typeof PRODUCT;
export const PRODUCT_KEYS: readonly ProductKey[] = ['chat', 'code', 'cowork', 'office', 'design'];
/** Mask of the products whose use makes a member "active" (§5.2): chat, Claude Code, Cowork. */
export const CORE_PRODUCTS = PRODUCT.chat | PRODUCT.code | PRODUCT.cowork;

/** Office apps bits: excel, powerpoint, word, outlook. */
export const OFFICE_APPS = ['excel', 'powerpoint', 'word', 'outlook'] as const;
export type OfficeApp = (typeof OFFICE_APPS)[number];

export interface GroupTransfer {
  /** Day index of the move: the member holds both groups on this day. */
  day: number;
  from: number;
  to: number;
}

export interface DemoMember {
  index: number;
  /** Tagged id, `user_` + ULID. */
  id: string;
  name: string;
  email: string;
  department: DepartmentKey;
  /** Department or sub-team group index before any transfer; null when the department has no group. */
  primaryGroup: number | null;
  /** Cross-cutting groups held the whole time (People Managers, Pilot Cohort). */
  crossGroups: number[];
  transfer: GroupTransfer | null;
  manager: boolean;
  champion: boolean;
  /** Day index the seat was assigned (member appears in /users from this day). */
  seatDay: number;
  /** Day index the invitation was sent (≤ seatDay; equal for direct SCIM assignment). */
  inviteDay: number;
  /** First day of activity; null for seats never used. */
  firstActiveDay: number | null;
  /** Last possible day of activity for dormant members; null when not dormant. */
  lastActiveDay: number | null;
  /** Weekday probability of being active (before ramp-up and the org trend). */
  propensity: number;
  /** Weekend probability as a share of the weekday one (0.1–0.3). */
  weekendFactor: number;
  /** Volume multiplier (power law, ~1 on average). */
  intensity: number;
  /** Bit mask of products the member uses at all ({@link PRODUCT}). */
  products: number;
  /** First day each product may be used, indexed like {@link PRODUCT_KEYS}. */
  productStart: number[];
  /** Probability of using each product on an active day, indexed like {@link PRODUCT_KEYS}. */
  productUse: number[];
  /** Product forced on an active day when the draws pick none of chat/Claude Code/Cowork. */
  primary: 'chat' | 'code';
  /** Bit mask of Office apps (1 excel, 2 powerpoint, 4 word, 8 outlook). */
  officeApps: number;
  /** Indices into SKILLS, CONNECTORS, PLUGINS and org.projects. */
  skills: number[];
  connectors: number[];
  plugins: number[];
  projects: number[];
  /** Share of chat messages using extended thinking. */
  thinkingShare: number;
}

export interface DemoGroup {
  index: number;
  /** Tagged id, `rbac_group_` + ULID. */
  id: string;
  /** Bare UUID form, also accepted in filters. */
  uuid: string;
  name: string;
  kind: 'department' | 'team' | 'cross';
  department: DepartmentKey | null;
}

export interface DemoProject {
  index: number;
  /** Tagged id, `claude_proj_` + ULID. */
  id: string;
  name: string;
  department: DepartmentKey;
  /** Day index of creation. */
  createdDay: number;
  /** RFC 3339 creation time. */
  createdAt: string;
  /** Creator member index; null for a creator that can no longer be resolved. */
  creator: number | null;
}

export interface PendingInvitee {
  email: string;
  inviteDay: number;
  /** Day the invitation lapses (exclusive). */
  expiresDay: number;
}
