// Engagement pagination (PageCursor: { data, next_page }) and sorting (§3.5, §4).
import { badRequest } from './errors';
import type { HandlerContext } from './context';
import { decodeCursor, encodeCursor, type CursorState } from './cursor';
import { parseLimit, parseOrder } from './query';

/** The incoming cursor of an engagement request (offset 0 without `page`). */
export function engagementCursor(ctx: HandlerContext): CursorState {
  const page = ctx.query.scalars.get('page');
  return page ? decodeCursor(page, ctx.query.normalized, false, ctx.cursorsExpired) : { offset: 0 };
}

/**
 * One page of `total` rows starting at the cursor offset; `rowAt(i)` builds row i lazily.
 * `next_page` is null at the end. `pinnedEnd` is carried so a defaulted `ending_date` stays fixed.
 */
export function engagementPage<T>(
  ctx: HandlerContext,
  cursor: CursorState,
  total: number,
  rowAt: (i: number) => T,
  limit: number,
  pinnedEnd?: number,
): { data: T[]; next_page: string | null } {
  const data: T[] = [];
  const end = Math.min(total, cursor.offset + limit);
  for (let i = cursor.offset; i < end; i++) data.push(rowAt(i));
  const next =
    end < total
      ? encodeCursor(ctx.query.normalized, {
          offset: end,
          ...(pinnedEnd === undefined ? {} : { end: pinnedEnd }),
        })
      : null;
  return { data, next_page: next };
}

/** Value at a dotted path (`chat_metrics.message_count`) of a row; undefined when absent. */
export function valueAt(row: unknown, path: string): unknown {
  let v: unknown = row;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

export interface SortSpec {
  /** Dotted metric path, or null for the natural order. */
  metric: string | null;
  order: 'asc' | 'desc';
  limit: number;
}

/**
 * Reads `order_by`, `order` and `limit`. `order_by` may be one of `natural` (the endpoint's
 * sort column names) or a dotted path to a numeric field of `template` (e.g.
 * `chat_metrics.message_count`); anything else is a 400. Default order: asc for the natural
 * column, desc for a metric (top-N).
 */
export function sortSpec(
  ctx: HandlerContext,
  natural: readonly string[],
  template: unknown,
  defLimit = 100,
): SortSpec {
  const by = ctx.query.scalars.get('order_by');
  const limit = parseLimit(ctx.query.scalars.get('limit'), defLimit);
  if (by === undefined || natural.includes(by))
    return { metric: null, order: parseOrder(ctx.query.scalars.get('order'), 'asc'), limit };
  const v = valueAt(template, by);
  if (typeof v !== 'number' && v !== null) {
    throw badRequest(
      `Unsupported order_by '${by}'; use ${natural[0]} or a numeric metric such as a dotted field path`,
    );
  }
  return { metric: by, order: parseOrder(ctx.query.scalars.get('order'), 'desc'), limit };
}

/**
 * Sorts rows in place: by the metric (nulls last, ties by natural key asc) or by the natural
 * key alone in the requested direction.
 */
export function sortRows<T>(rows: T[], spec: SortSpec, naturalKey: (r: T) => string): T[] {
  const dir = spec.order === 'asc' ? 1 : -1;
  const cmpKey = (a: T, b: T): number => {
    const x = naturalKey(a);
    const y = naturalKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  if (spec.metric === null) return rows.sort((a, b) => dir * cmpKey(a, b));
  const metric = spec.metric;
  return rows.sort((a, b) => {
    const x = valueAt(a, metric) as number | null;
    const y = valueAt(b, metric) as number | null;
    if (x === null || y === null) return x === y ? cmpKey(a, b) : x === null ? 1 : -1;
    return x !== y ? dir * (x - y) : cmpKey(a, b);
  });
}
