// Aggregation of member-day activity into entity rows (projects, skills, connectors,
// plugins, artifacts), split by the requested group_by[] keys.
import { memberDayDetail, type MemberDayDetail } from '../detail';
import type { DemoOrg } from '../org';
import type { DemoMember } from '../org-types';
import type { MemberScope } from './filters';
import { forEachActive, scopedGroupsOn } from './scan';

export interface AggRow<A> {
  entity: string;
  userId: string | null;
  product: string | null;
  group: number | null;
  /** Members contributing to the row (exact distinct count over the window). */
  users: Set<number>;
  acc: A;
}

/** `add(entity, product, fn)`: credit one piece of a member-day to an entity (product null = n/a). */
export type Emit<A> = (
  entity: string,
  product: string | null,
  fn: (acc: A, users: Set<number>) => void,
) => void;

/**
 * Walks active member-days in [from, to) within `scope` and lets `visit` emit contributions.
 * Each contribution lands in one row per combination of the grouped keys: the member
 * (`user_id`), the product, and each RBAC group held that day (restricted to the scoped
 * groups), so group rows are not an exclusive partition. Rows are returned unsorted.
 */
export function aggregate<A>(
  org: DemoOrg,
  from: number,
  to: number,
  scope: MemberScope,
  groupBy: readonly string[],
  init: () => A,
  visit: (detail: MemberDayDetail, m: DemoMember, emit: Emit<A>) => void,
): AggRow<A>[] {
  const rows = new Map<string, AggRow<A>>();
  const byUser = groupBy.includes('user_id');
  const byProduct = groupBy.includes('product');
  const byGroup = groupBy.includes('rbac_group_id');
  forEachActive(org, from, to, scope, (m, d) => {
    const detail = memberDayDetail(org, m, d);
    const groups = byGroup ? scopedGroupsOn(m, d, scope.groups) : [null];
    const emit: Emit<A> = (entity, product, fn) => {
      const p = byProduct ? product : null;
      const u = byUser ? m.id : null;
      for (const g of groups) {
        const key = `${entity}\u0000${u ?? ''}\u0000${p ?? ''}\u0000${g ?? ''}`;
        let row = rows.get(key);
        if (!row) {
          row = { entity, userId: u, product: p, group: g, users: new Set(), acc: init() };
          rows.set(key, row);
        }
        row.users.add(m.index);
        fn(row.acc, row.users);
      }
    };
    visit(detail, m, emit);
  });
  return [...rows.values()];
}

/** Flat group keys of a grouped row (only the requested ones, §3.4). */
export function groupKeys(
  org: DemoOrg,
  row: AggRow<unknown>,
  groupBy: readonly string[],
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (groupBy.includes('product')) out.product = row.product;
  if (groupBy.includes('user_id')) out.user_id = row.userId;
  if (groupBy.includes('rbac_group_id')) {
    const g = row.group === null ? null : org.groups[row.group]!;
    out.rbac_group_id = g?.id ?? null;
    out.rbac_group_name = g?.name ?? null;
  }
  return out;
}

/** Natural-order tie-breaker for grouped rows: entity, then user, product, group. */
export function rowSortKey(row: AggRow<unknown>, entity: string): string {
  return `${entity}\u0000${row.userId ?? ''}\u0000${row.product ?? ''}\u0000${String(row.group ?? '').padStart(4, '0')}`;
}

/** Integer micro-cents as a decimal string in cents with 6 decimals (`1250000000` → `"1250.000000"`). */
export function centsText(micro: number): string {
  const whole = Math.floor(micro / 1e6);
  return `${whole}.${String(Math.round(micro - whole * 1e6)).padStart(6, '0')}`;
}
