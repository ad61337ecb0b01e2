// The four "[Legacy]" Enterprise reports (§6): per-user usage/cost and bucketed usage/cost.
import type { HandlerContext } from '../context';
import { badRequest } from '../errors';
import { collectCells, listMicro, totalTokens, type ReportCell } from '../report-collect';
import { costParts, legacyDims, money, tokenBlock, userActor } from '../report-format';
import {
  factFilter,
  parseBool,
  reportGroupBy,
  reportLimit,
  reportOrder,
  reportPage,
} from '../report-params';
import { isoTime, parseReportWindow, type BucketWidth } from '../report-time';
import { sortCells } from './usage-cost';

const DIMS = [
  'claude_tag_category',
  'claude_tag_user_id',
  'context_window',
  'inference_geo',
  'model',
  'product',
  'rbac_group_id',
  'slack_channel_id',
  'speed',
];
const BUCKET_LIMITS: Record<BucketWidth, [number, number]> = {
  '1d': [7, 31],
  '1h': [24, 168],
  '1m': [60, 256],
};

function checkTagGrouping(dims: Set<string>, ctx: HandlerContext): void {
  const tag = dims.has('claude_tag_user_id') || ctx.query.arrays.has('claude_tag_user_ids');
  if (tag && (dims.has('rbac_group_id') || ctx.query.arrays.has('rbac_group_ids'))) {
    throw badRequest('claude_tag_user_id cannot be combined with RBAC group grouping or filtering');
  }
}

function perUser(ctx: HandlerContext, kind: 'usage' | 'cost'): unknown {
  const win = parseReportWindow(ctx.query, ctx.latest, {
    widthParam: 'bucket_width',
    defaultWidth: null,
    requireEndWithWidth: true,
  });
  const dims = reportGroupBy(ctx, kind === 'cost' ? [...DIMS, 'cost_type', 'token_type'] : DIMS);
  checkTagGrouping(dims, ctx);
  const { by, order } = reportOrder(
    ctx,
    kind === 'cost'
      ? ['amount', 'list_amount']
      : ['total_tokens', 'output_tokens', 'uncached_input_tokens', 'requests'],
  );
  parseBool(ctx, 'exclude_deleted_users');
  const limit = reportLimit(ctx);
  const filter = factFilter(ctx.org, ctx, true);
  const metric = (c: ReportCell): number => {
    const t = c.totals;
    if (kind === 'cost') return listMicro(t);
    return by === 'output_tokens'
      ? t.output
      : by === 'uncached_input_tokens'
        ? t.uncached
        : by === 'requests'
          ? t.requests
          : totalTokens(t);
  };
  const cells = ctx.cache.get(`legacy-${kind}|${ctx.query.normalized}|${ctx.latest}`, () =>
    sortCells(
      collectCells(ctx.org, ctx.latest, win, new Set([...dims, 'actor']), filter),
      by,
      order,
      metric,
    ),
  );
  const bucketed = win.width !== null;
  return reportPage(
    ctx,
    cells,
    limit,
    (c) => {
      const [s, e] = win.buckets[c.bucket]!;
      const base = {
        actor: userActor(ctx.org, c.vals.actor!),
        starting_at: bucketed ? isoTime(s) : null,
        ending_at: bucketed ? isoTime(e) : null,
        ...legacyDims(ctx.org, c.vals),
      };
      if (kind === 'usage') {
        return [
          {
            ...base,
            ...tokenBlock(c.totals),
            total_tokens: totalTokens(c.totals),
            server_tool_use: { web_search_requests: c.totals.webSearch },
            requests: c.totals.requests,
          },
        ];
      }
      const split = dims.has('cost_type') || dims.has('token_type');
      return costParts(c.totals, dims.has('cost_type'), dims.has('token_type')).map((p) => ({
        ...base,
        cost_type: p.cost_type,
        token_type: p.token_type,
        ...money(p.list),
        requests: split ? null : c.totals.requests,
      }));
    },
    true,
  );
}

function bucketedReport(ctx: HandlerContext, kind: 'usage' | 'cost'): unknown {
  const win = parseReportWindow(ctx.query, ctx.latest, {
    widthParam: 'bucket_width',
    defaultWidth: '1d',
    requireEndWithWidth: false,
  });
  const dims = reportGroupBy(ctx, kind === 'cost' ? [...DIMS, 'cost_type', 'token_type'] : DIMS);
  if (kind === 'usage' && dims.has('token_type'))
    throw badRequest('token_type is not supported on usage_report');
  checkTagGrouping(dims, ctx);
  const [def, max] = BUCKET_LIMITS[win.width!];
  const limit = reportLimit(ctx, def, max);
  const filter = factFilter(ctx.org, ctx, true);
  const buckets = ctx.cache.get(`legacy-b-${kind}|${ctx.query.normalized}|${ctx.latest}`, () => {
    const cells = collectCells(ctx.org, ctx.latest, win, dims, filter);
    const per: ReportCell[][] = win.buckets.map(() => []);
    for (const c of cells) per[c.bucket]!.push(c);
    // Top 100 groups per bucket by the report's metric, no remainder row (§6.3).
    const metric = (c: ReportCell): number =>
      kind === 'cost' ? listMicro(c.totals) : totalTokens(c.totals);
    return per.map((list, i) => ({
      i,
      cells: list.sort((a, b) => metric(b) - metric(a)).slice(0, 100),
    }));
  });
  return reportPage(
    ctx,
    buckets,
    limit,
    (b) => {
      const [s, e] = win.buckets[b.i]!;
      const results = b.cells.flatMap((c): Record<string, unknown>[] => {
        const d = legacyDims(ctx.org, c.vals);
        if (kind === 'usage')
          return [
            {
              ...d,
              ...tokenBlock(c.totals),
              server_tool_use: { web_search_requests: c.totals.webSearch },
              requests: c.totals.requests,
            },
          ];
        const split = dims.has('cost_type') || dims.has('token_type');
        return costParts(c.totals, dims.has('cost_type'), dims.has('token_type')).map((p) => ({
          ...d,
          cost_type: p.cost_type,
          token_type: p.token_type,
          ...money(p.list),
          requests: split ? null : c.totals.requests,
        }));
      });
      return [{ starting_at: isoTime(s), ending_at: isoTime(e), results }];
    },
    true,
  );
}

/** Handles `/user_usage_report`. */
export const listUserUsageReport = (ctx: HandlerContext): unknown => perUser(ctx, 'usage');
/** Handles `/user_cost_report`. */
export const listUserCostReport = (ctx: HandlerContext): unknown => perUser(ctx, 'cost');
/** Handles `/usage_report`. */
export const listUsageReport = (ctx: HandlerContext): unknown => bucketedReport(ctx, 'usage');
/** Handles `/cost_report`. */
export const listCostReport = (ctx: HandlerContext): unknown => bucketedReport(ctx, 'cost');
