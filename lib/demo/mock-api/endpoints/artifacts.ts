// GET /artifacts (§5.7): artifacts created on one day by (MIME type × shared).
import { surfaceProduct } from '../../surfaces';
import type { ArtifactRow } from '../../types';
import { aggregate, groupKeys } from '../aggregate';
import type { HandlerContext } from '../context';
import { parseDayWindow } from '../date-params';
import { joinKey } from '../entity-endpoint';
import { memberScope, parseFilters, parseGroupBy } from '../filters';
import { engagementCursor, engagementPage, sortRows } from '../paging';
import { parseLimit } from '../query';

const DIMS = {
  filters: ['artifact_type', 'is_shared', 'product', 'rbac_group_id', 'user_id'],
  groupBy: ['product', 'rbac_group_id', 'user_id'],
  products: ['chat', 'claude_code', 'cowork'],
};

interface Acc {
  created: number;
  published: number;
}

/**
 * Handles `/artifacts`: `date` only. Ungrouped it returns the whole non-empty cube with
 * `next_page: null`; grouped rows paginate. Sorted by type, unshared first, then group keys.
 */
export function listArtifacts(ctx: HandlerContext): unknown {
  const cursor = engagementCursor(ctx);
  const win = parseDayWindow(ctx.query, ctx.latest, { allowRange: false });
  const filters = parseFilters(ctx.query, DIMS);
  const groupBy = parseGroupBy(ctx.query, DIMS);
  const limit = parseLimit(ctx.query.scalars.get('limit'), 100);
  const scope = memberScope(ctx.org, filters);
  const types = filters.get('artifact_type');
  const shared = filters.get('is_shared');
  const products = filters.get('product');
  const rows = ctx.cache.get(`artifacts|${ctx.query.normalized}|${win.from}`, () => {
    const agg = aggregate<Acc>(
      ctx.org,
      win.from,
      win.to,
      scope,
      groupBy,
      () => ({ created: 0, published: 0 }),
      (d, _m, emit) => {
        for (const a of d.artifacts) {
          const product = surfaceProduct(a.surface);
          if (
            (types && !types.includes(a.type)) ||
            (shared && !shared.includes(String(a.shared))) ||
            (products && !products.includes(product))
          )
            continue;
          emit(`${a.type}\u0000${a.shared}`, product, (acc) => {
            acc.created++;
            if (a.published) acc.published++;
          });
        }
      },
    );
    const out: ArtifactRow[] = agg.map((r) => {
      const [type, isShared] = r.entity.split('\u0000');
      return {
        artifact_type: type!,
        is_shared: isShared === 'true',
        artifacts_created_count: r.acc.created,
        published_artifacts_created_count: r.acc.published,
        distinct_user_count: r.users.size,
        ...groupKeys(ctx.org, r, groupBy),
      };
    });
    return sortRows(out, { metric: null, order: 'asc', limit }, (r) =>
      joinKey(r.artifact_type, String(r.is_shared), r.user_id, r.product, r.rbac_group_id),
    );
  });
  if (groupBy.length === 0) return { data: rows, next_page: null };
  return engagementPage(ctx, cursor, rows.length, (i) => rows[i]!, limit);
}
