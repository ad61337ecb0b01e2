// The common shape of /apps/chat/projects, /skills, /connectors and /plugins: parse the
// window, filters, grouping and sort; compute every row once (cached); return one page.
import type { HandlerContext } from './context';
import { parseDayWindow, type DayWindow } from './date-params';
import {
  memberScope,
  parseFilters,
  parseGroupBy,
  type EndpointDims,
  type MemberScope,
} from './filters';
import { engagementCursor, engagementPage, sortRows, sortSpec } from './paging';

export interface EntityRequest {
  win: DayWindow;
  filters: Map<string, string[]>;
  scope: MemberScope;
  groupBy: string[];
}

export interface EntityEndpoint<R> {
  name: string;
  dims: EndpointDims;
  /** Names accepted by `order_by` for the natural sort column. */
  natural: readonly string[];
  /** A zero row, used to validate `order_by` metric paths. */
  template: R;
  build(ctx: HandlerContext, req: EntityRequest): R[];
  /** Natural sort key of a row (entity name or id, then group keys). */
  key(row: R): string;
}

/** Serves one page of an entity endpoint. */
export function serveEntity<R>(ctx: HandlerContext, ep: EntityEndpoint<R>): unknown {
  const cursor = engagementCursor(ctx);
  const win = parseDayWindow(ctx.query, ctx.latest, { allowRange: true, pinnedEnd: cursor.end });
  const filters = parseFilters(ctx.query, ep.dims);
  const groupBy = parseGroupBy(ctx.query, ep.dims);
  const spec = sortSpec(ctx, ep.natural, ep.template);
  const scope = memberScope(ctx.org, filters);
  const rows = ctx.cache.get(`${ep.name}|${ctx.query.normalized}|${win.from}|${win.to}`, () =>
    sortRows(ep.build(ctx, { win, filters, scope, groupBy }), spec, ep.key),
  );
  return engagementPage(
    ctx,
    cursor,
    rows.length,
    (i) => rows[i]!,
    spec.limit,
    win.defaultedEnd ? win.to : undefined,
  );
}

/** Joins key parts for natural sorting. */
export function joinKey(...parts: (string | null | undefined)[]): string {
  return parts.map((p) => p ?? '').join('\u0000');
}
