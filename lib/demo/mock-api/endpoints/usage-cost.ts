// GET /usage and /cost (§7): the Usage & Cost Analytics API (beta header required).
import type { HandlerContext } from '../context';
import { badRequest } from '../errors';
import { collectCells, listMicro, totalTokens, type ReportCell } from '../report-collect';
import { costParts, groupObject, money, usageMetrics } from '../report-format';
import {
  factFilter,
  parseBool,
  reportGroupBy,
  reportLimit,
  reportOrder,
  reportPage,
} from '../report-params';
import { isoTime, parseReportWindow } from '../report-time';

export const USAGE_COST_BETA = 'analytics-usage-cost-2026-08-24';

const USAGE_DIMS = [
  'actor',
  'actor_type',
  'agent_id',
  'api_key_id',
  'claude_tag_category',
  'claude_tag_user_id',
  'context_window',
  'deployment_id',
  'environment_id',
  'inference_geo',
  'model',
  'organization_id',
  'product',
  'rbac_group_id',
  'service_tier',
  'session_id',
  'slack_channel_id',
  'speed',
  'user_profile_id',
  'workspace_id',
];

/** 400 unless the `anthropic-beta` header lists the usage/cost beta. */
export function requireBeta(headers: Record<string, string>): void {
  const betas = (headers['anthropic-beta'] ?? '').split(',').map((s) => s.trim());
  if (!betas.includes(USAGE_COST_BETA)) {
    throw badRequest(`This endpoint requires the beta header 'anthropic-beta: ${USAGE_COST_BETA}'`);
  }
}

/** Sorts by the metric (ties: earlier bucket first), or by time (ties: metric desc). */
export function sortCells(
  cells: ReportCell[],
  by: string,
  order: 'asc' | 'desc',
  metric: (c: ReportCell) => number,
): ReportCell[] {
  const dir = order === 'asc' ? 1 : -1;
  return cells.sort((a, b) => {
    if (by === 'time')
      return a.bucket !== b.bucket ? dir * (a.bucket - b.bucket) : metric(b) - metric(a);
    const d = dir * (metric(a) - metric(b));
    return d !== 0 ? d : a.bucket - b.bucket;
  });
}

function serve(
  ctx: HandlerContext,
  headers: Record<string, string>,
  kind: 'usage' | 'cost',
): unknown {
  requireBeta(headers);
  const win = parseReportWindow(ctx.query, ctx.latest, {
    widthParam: 'time_bucket_width',
    defaultWidth: null,
    requireEndWithWidth: true,
  });
  const dims = reportGroupBy(
    ctx,
    kind === 'cost' ? [...USAGE_DIMS, 'cost_type', 'token_type'] : USAGE_DIMS,
    5,
  );
  const { by, order } = reportOrder(
    ctx,
    kind === 'cost'
      ? ['amount', 'list_amount', 'time']
      : ['total_tokens', 'output_tokens', 'uncached_input_tokens', 'requests', 'time'],
  );
  const limit = reportLimit(ctx);
  if (parseBool(ctx, 'exclude_deleted_users') && !dims.has('actor'))
    throw badRequest('exclude_deleted_users requires group_by[]=actor');
  const filter = factFilter(ctx.org, ctx, false);
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
  const cells = ctx.cache.get(`${kind}|${ctx.query.normalized}|${ctx.latest}`, () =>
    sortCells(collectCells(ctx.org, ctx.latest, win, dims, filter), by, order, metric),
  );
  const byCost = dims.has('cost_type');
  const byToken = dims.has('token_type');
  return reportPage(
    ctx,
    cells,
    limit,
    (c) => {
      const [s, e] = win.buckets[c.bucket]!;
      const base = { starting_at: isoTime(s), ending_at: isoTime(e) };
      if (kind === 'usage')
        return [
          { ...base, group: groupObject(ctx.org, c.vals, null), usage: usageMetrics(c.totals) },
        ];
      return costParts(c.totals, byCost, byToken).map((p) => ({
        ...base,
        group: groupObject(ctx.org, c.vals, p),
        cost: { ...money(p.list), requests: byCost || byToken ? null : c.totals.requests },
      }));
    },
    false,
  );
}

/** Handles `/usage`. */
export function listUsage(ctx: HandlerContext, headers: Record<string, string>): unknown {
  return serve(ctx, headers, 'usage');
}

/** Handles `/cost`. */
export function listCost(ctx: HandlerContext, headers: Record<string, string>): unknown {
  return serve(ctx, headers, 'cost');
}
