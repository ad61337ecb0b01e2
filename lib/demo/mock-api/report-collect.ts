// Sums usage facts into (bucket × group) cells for the report endpoints.
import { groupsOn } from '../bitsets';
import { dayMs, dayOfMs } from '../dates';
import { memberDayDetail } from '../detail';
import type { DemoOrg } from '../org';
import { memberDayUsage, type UsageFact } from '../usage-gen';
import { forEachActive } from './scan';
import { dayOverlap, partOf, type ReportWindow } from './report-time';

export interface Totals {
  uncached: number;
  cache5m: number;
  cache1h: number;
  cacheRead: number;
  output: number;
  webSearch: number;
  requests: number;
  /** List prices (micro-cents) per token type and web search. */
  listUncached: number;
  listOutput: number;
  listCacheRead: number;
  listCache5m: number;
  listCache1h: number;
  listWebSearch: number;
}

/** Values of the dimensions a fact can be grouped by (null when not grouped). */
export interface GroupVals {
  actor: number | null;
  product: string | null;
  model: string | null;
  context_window: string | null;
  rbac_group: number | null;
  inference_geo: string | null;
  speed: string | null;
  service_tier: string | null;
  actor_type: string | null;
  organization_id: string | null;
}

export interface ReportCell {
  bucket: number;
  vals: GroupVals;
  totals: Totals;
}

/** Which facts count (null = no restriction); `nothing` short-circuits filters that match no demo usage. */
export interface FactFilter {
  products: Set<string> | null;
  models: Set<string> | null;
  contextWindows: Set<string> | null;
  inferenceGeos: Set<string> | null;
  speeds: Set<string> | null;
  serviceTiers: Set<string> | null;
  users: Set<number> | null;
  groups: number[] | null;
  nothing: boolean;
}

const zero = (): Totals => ({
  uncached: 0,
  cache5m: 0,
  cache1h: 0,
  cacheRead: 0,
  output: 0,
  webSearch: 0,
  requests: 0,
  listUncached: 0,
  listOutput: 0,
  listCacheRead: 0,
  listCache5m: 0,
  listCache1h: 0,
  listWebSearch: 0,
});

function addPart(t: Totals, f: UsageFact, a: number, b: number): void {
  t.uncached += partOf(f.uncached, a, b);
  t.cache5m += partOf(f.cache5m, a, b);
  t.cache1h += partOf(f.cache1h, a, b);
  t.cacheRead += partOf(f.cacheRead, a, b);
  t.output += partOf(f.output, a, b);
  t.webSearch += partOf(f.webSearch, a, b);
  t.requests += partOf(f.requests, a, b);
  t.listUncached += partOf(f.list.uncached, a, b);
  t.listOutput += partOf(f.list.output, a, b);
  t.listCacheRead += partOf(f.list.cacheRead, a, b);
  t.listCache5m += partOf(f.list.cache5m, a, b);
  t.listCache1h += partOf(f.list.cache1h, a, b);
  t.listWebSearch += partOf(f.list.webSearch, a, b);
}

/**
 * Cells for every bucket and every combination of the grouped dimensions in `dims`.
 * Usage exists for days 2026-01-01 … latest; a member's usage lands in every RBAC group
 * held that day (`rbac_group` null = the "unassigned" row). Fixed dimensions of the demo
 * organisation: inference_geo `global`, speed and service_tier `standard`, actor_type `user_actor`.
 */
export function collectCells(
  org: DemoOrg,
  latest: number,
  win: ReportWindow,
  dims: ReadonlySet<string>,
  filter: FactFilter,
): ReportCell[] {
  const cells = new Map<string, ReportCell>();
  if (filter.nothing) return [];
  const fromDay = Math.max(0, dayOfMs(win.start));
  const toDay = Math.min(latest, dayOfMs(win.end - 1));
  const geo = dims.has('inference_geo') ? 'global' : null;
  const std = (d: string): string | null => (dims.has(d) ? 'standard' : null);
  if (
    (filter.inferenceGeos && !filter.inferenceGeos.has('global')) ||
    (filter.speeds && !filter.speeds.has('standard')) ||
    (filter.serviceTiers && !filter.serviceTiers.has('standard'))
  )
    return [];
  forEachActive(org, fromDay, toDay + 1, { users: filter.users, groups: filter.groups }, (m, d) => {
    const facts = memberDayUsage(org, memberDayDetail(org, m, d));
    let groups: (number | null)[] = [null];
    if (dims.has('rbac_group_id')) {
      const held = groupsOn(m, d).filter((g) => !filter.groups || filter.groups.includes(g));
      groups = held.length > 0 ? held : [null];
    }
    const first = win.buckets.findIndex(([, b]) => b > dayMs(d));
    for (const f of facts) {
      if (
        (filter.products && !filter.products.has(f.product)) ||
        (filter.models && !filter.models.has(f.model)) ||
        (filter.contextWindows && !filter.contextWindows.has(f.contextWindow))
      )
        continue;
      for (let bi = first; bi >= 0 && bi < win.buckets.length; bi++) {
        const [bs, be] = win.buckets[bi]!;
        const overlap = dayOverlap(d, bs, be);
        if (!overlap) break;
        for (const g of groups) {
          const vals: GroupVals = {
            actor: dims.has('actor') ? m.index : null,
            product: dims.has('product') ? f.product : null,
            model: dims.has('model') ? f.model : null,
            context_window: dims.has('context_window') ? f.contextWindow : null,
            rbac_group: g,
            inference_geo: geo,
            speed: std('speed'),
            service_tier: std('service_tier'),
            actor_type: dims.has('actor_type') ? 'user_actor' : null,
            organization_id: dims.has('organization_id') ? org.organizationId : null,
          };
          const key = `${bi}|${vals.actor}|${vals.product}|${vals.model}|${vals.context_window}|${g}`;
          let cell = cells.get(key);
          if (!cell) {
            cell = { bucket: bi, vals, totals: zero() };
            cells.set(key, cell);
          }
          addPart(cell.totals, f, overlap[0], overlap[1]);
        }
      }
    }
  });
  return [...cells.values()].filter(
    (c) => totalTokens(c.totals) + c.totals.webSearch + c.totals.requests > 0,
  );
}

/** Sum of all token counts (the `total_tokens` of the reports). */
export function totalTokens(t: Totals): number {
  return t.uncached + t.cache5m + t.cache1h + t.cacheRead + t.output;
}

/** List price, micro-cents. */
export function listMicro(t: Totals): number {
  return (
    t.listUncached +
    t.listOutput +
    t.listCacheRead +
    t.listCache5m +
    t.listCache1h +
    t.listWebSearch
  );
}
