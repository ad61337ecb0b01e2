/**
 * Distinct skills, connectors or projects in use in a scope, from the
 * catalog snapshots (`/skills`, `/connectors`, `/apps/chat/projects`).
 * A row counts when its distinct user count is absent or > 0 and it is not
 * an aggregate bucket (`unknown`, `third-party`). Rows are read leniently
 * (snake_case as the API gives them, or camelCase).
 */
import { dayNumber } from '@/lib/metrics/days';
import type { CatalogInput } from '@/lib/metrics/history';

const nameKeys = {
  skills: ['skill_name', 'skillName'],
  connectors: ['connector_name', 'connectorName'],
  projects: ['project_id', 'projectId'],
} as const;
const buckets = new Set(['unknown', 'third-party']);

/**
 * Number of distinct items of `kind` used in `scope`, from the latest
 * snapshot overlapping [start, end) (day numbers); null when none is stored.
 * Example: rows `atlassian` (58 users), `github` (0 users), `unknown` → 1.
 */
export function catalogCount(
  catalogs: readonly CatalogInput[],
  kind: keyof typeof nameKeys,
  scope: string,
  start: number,
  end: number,
): number | null {
  let best: CatalogInput | null = null;
  for (const c of catalogs) {
    if (c.kind !== kind || c.scope !== scope) continue;
    if (dayNumber(c.startDay) >= end || dayNumber(c.endDay) <= start) continue;
    if (!best || c.endDay > best.endDay) best = c;
  }
  if (!best) return null;
  const names = new Set<string>();
  for (const row of best.rows) {
    const users = row['distinct_user_count'] ?? row['distinctUserCount'];
    if (typeof users === 'number' && users <= 0) continue;
    const key = nameKeys[kind].map((k) => row[k]).find((v) => typeof v === 'string');
    if (typeof key !== 'string' || buckets.has(key.toLowerCase())) continue;
    names.add(key);
  }
  return names.size;
}
