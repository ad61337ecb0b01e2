// filter[] and group_by[] of the engagement endpoints (§3.4).
import type { DemoOrg } from '../org';
import { badRequest } from './errors';
import type { ParsedQuery } from './query';

export interface EndpointDims {
  filters: readonly string[];
  groupBy: readonly string[];
  /** Accepted `product` filter / group values. */
  products?: readonly string[];
}

/** At most this many `filter[]` / `group_by[]` entries. */
export const MAX_ENTRIES = 100;

/**
 * Parses `filter[]` entries (`dimension:value`, split on the first `:`) into dimension →
 * values. Same dimension repeated = OR, different dimensions = AND. 400 on more than 100
 * entries, a missing `:`, an unsupported dimension, or a bad `product`/`share_status`/`is_shared` value.
 * `chat_cowork_unified` is rejected: the demo organisation does not have Chat and Cowork unified.
 */
export function parseFilters(q: ParsedQuery, dims: EndpointDims): Map<string, string[]> {
  const raw = q.arrays.get('filter') ?? [];
  if (raw.length > MAX_ENTRIES) throw badRequest(`filter[] accepts at most ${MAX_ENTRIES} entries`);
  const out = new Map<string, string[]>();
  for (const entry of raw) {
    const at = entry.indexOf(':');
    if (at <= 0)
      throw badRequest(`filter[] entries must look like dimension:value, got '${entry}'`);
    const dim = entry.slice(0, at);
    const value = entry.slice(at + 1);
    if (!dims.filters.includes(dim)) {
      throw badRequest(
        `Unsupported filter dimension '${dim}' for this endpoint; supported: ${dims.filters.join(', ')}`,
      );
    }
    if (dim === 'product') checkProduct(value, dims);
    if (dim === 'share_status' && !['organization', 'private', 'public'].includes(value)) {
      throw badRequest(`share_status must be one of organization, private, public, got '${value}'`);
    }
    if (dim === 'is_shared' && value !== 'true' && value !== 'false')
      throw badRequest(`is_shared must be true or false, got '${value}'`);
    out.set(dim, [...(out.get(dim) ?? []), value]);
  }
  if (
    out.has('project_id') &&
    (out.has('rbac_group_id') || (q.arrays.get('group_by') ?? []).length > 0)
  ) {
    throw badRequest(
      'A project_id filter cannot be combined with group_by[] or an rbac_group_id filter',
    );
  }
  return out;
}

function checkProduct(value: string, dims: EndpointDims): void {
  if (value === 'chat_cowork_unified')
    throw badRequest('chat_cowork_unified is not available for this organization');
  if (!dims.products?.includes(value)) {
    throw badRequest(
      `Unsupported product '${value}'; supported: ${(dims.products ?? []).join(', ')}`,
    );
  }
}

/** Parses `group_by[]`: ≤ 100 entries, each a supported dimension (duplicates collapse). */
export function parseGroupBy(q: ParsedQuery, dims: EndpointDims): string[] {
  const raw = q.arrays.get('group_by') ?? [];
  if (raw.length > MAX_ENTRIES)
    throw badRequest(`group_by[] accepts at most ${MAX_ENTRIES} entries`);
  for (const g of raw) {
    if (!dims.groupBy.includes(g)) {
      throw badRequest(
        `Unsupported group_by dimension '${g}' for this endpoint; supported: ${dims.groupBy.join(', ') || 'none'}`,
      );
    }
  }
  return dims.groupBy.filter((g) => raw.includes(g));
}

/** Who a request covers: null = no restriction. */
export interface MemberScope {
  users: Set<number> | null;
  groups: number[] | null;
}

/** Member indices of `user_id` filters and group indices of `rbac_group_id` filters (unknown ids match nothing). */
export function memberScope(org: DemoOrg, filters: Map<string, string[]>): MemberScope {
  const users = filters.get('user_id');
  const groups = filters.get('rbac_group_id');
  return {
    users: users
      ? new Set(users.flatMap((id) => (org.memberById.has(id) ? [org.memberById.get(id)!] : [])))
      : null,
    groups: groups
      ? [
          ...new Set(
            groups.flatMap((id) => (org.groupByKey.has(id) ? [org.groupByKey.get(id)!] : [])),
          ),
        ]
      : null,
  };
}

/** Lower-cased set of a name-like filter (skill_name, connector_name, plugin_name), or null. */
export function nameFilter(filters: Map<string, string[]>, dim: string): Set<string> | null {
  const v = filters.get(dim);
  return v ? new Set(v.map((x) => x.toLowerCase())) : null;
}
