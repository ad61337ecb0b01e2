// Filters, grouping, ordering and paging of the report endpoints (§6, §7).
import type { DemoOrg } from '../org';
import type { HandlerContext } from './context';
import { decodeCursor, encodeCursor } from './cursor';
import { badRequest } from './errors';
import { parseLimit, parseOrder } from './query';
import type { FactFilter } from './report-collect';
import { dataRefreshedAt } from './report-time';

/** `products[]` of /usage and /cost (BetaAnalyticsUsageCostProductFilter). */
export const USAGE_COST_PRODUCTS = [
  'chat',
  'chat_cowork_unified',
  'claude_code',
  'claude_console',
  'claude_design',
  'claude_in_chrome',
  'claude_tag',
  'cowork',
  'managed_agents_api',
  'message_batches_api',
  'messages_api',
  'office_agent',
];
/** `products[]` of the legacy reports (BetaAnalyticsProductFilter; note the hyphen in claude-tag). */
export const LEGACY_PRODUCTS = [
  'chat',
  'chat_cowork_unified',
  'claude-tag',
  'claude_code',
  'claude_design',
  'claude_in_chrome',
  'cowork',
  'office_agent',
];

function checkValues(name: string, values: string[] | undefined, allowed: readonly string[]): void {
  for (const v of values ?? [])
    if (!allowed.includes(v))
      throw badRequest(`Invalid ${name}[] value '${v}'; allowed: ${allowed.join(', ')}`);
  if ((values?.length ?? 0) > 100) throw badRequest(`${name}[] accepts at most 100 entries`);
}

const set = (v: string[] | undefined): Set<string> | null => (v ? new Set(v) : null);

/**
 * Builds the fact filter from array parameters. Dimensions the demo organisation never has
 * (agents, sessions, deployments, environments, profiles, workspaces, Slack, Claude Tag, API keys,
 * service accounts) match nothing when filtered on; an empty `api_key_ids[]` entry means
 * "usage without a key", which is all demo usage.
 */
export function factFilter(org: DemoOrg, ctx: HandlerContext, legacy: boolean): FactFilter {
  const a = ctx.query.arrays;
  checkValues('products', a.get('products'), legacy ? LEGACY_PRODUCTS : USAGE_COST_PRODUCTS);
  checkValues('context_windows', a.get('context_windows'), ['0-200k', '200k-1M']);
  checkValues('inference_geos', a.get('inference_geos'), ['global', 'us', 'not_available']);
  checkValues('speeds', a.get('speeds'), ['fast', 'standard']);
  checkValues('service_tiers', a.get('service_tiers'), [
    'batch',
    'flex',
    'flex_discount',
    'priority',
    'priority_on_demand',
    'standard',
  ]);
  checkValues('actor_types', a.get('actor_types'), [
    'user_actor',
    'service_account_actor',
    'federated_actor',
    'api_actor',
  ]);
  checkValues('claude_tag_categories', a.get('claude_tag_categories'), [
    'engaged',
    'proactive',
    'scheduled',
    'monitoring',
    'dm',
  ]);
  if (a.has('organization_ids'))
    throw badRequest('organization_ids[] is only available to parent organizations');
  const ids = legacy ? a.get('user_ids') : a.get('actor_ids');
  const groups = a.get('rbac_group_ids');
  const absent = [
    'agent_ids',
    'deployment_ids',
    'environment_ids',
    'session_ids',
    'user_profile_ids',
    'workspace_ids',
    'slack_channel_ids',
    'claude_tag_user_ids',
    'claude_tag_categories',
  ];
  const keys = a.get('api_key_ids');
  const nothing =
    absent.some((k) => a.has(k)) ||
    (keys !== undefined && !keys.includes('')) ||
    (a.get('actor_types') !== undefined && !a.get('actor_types')!.includes('user_actor'));
  return {
    products: set(a.get('products')),
    models: set(a.get('models')),
    contextWindows: set(a.get('context_windows')),
    inferenceGeos: set(a.get('inference_geos')),
    speeds: set(a.get('speeds')),
    serviceTiers: set(a.get('service_tiers')),
    users: ids
      ? new Set(ids.flatMap((id) => (org.memberById.has(id) ? [org.memberById.get(id)!] : [])))
      : null,
    groups: groups
      ? [
          ...new Set(
            groups.flatMap((id) => (org.groupByKey.has(id) ? [org.groupByKey.get(id)!] : [])),
          ),
        ]
      : null,
    nothing,
  };
}

/** Validates `group_by[]` against `allowed`; returns the set. */
export function reportGroupBy(
  ctx: HandlerContext,
  allowed: readonly string[],
  maxDims?: number,
): Set<string> {
  const raw = ctx.query.arrays.get('group_by') ?? [];
  for (const g of raw)
    if (!allowed.includes(g))
      throw badRequest(`Unsupported group_by dimension '${g}'; supported: ${allowed.join(', ')}`);
  const dims = new Set(raw);
  const counted = [...dims].filter((d) => d !== 'cost_type' && d !== 'token_type').length;
  if (maxDims !== undefined && counted > maxDims)
    throw badRequest(
      `group_by[] accepts at most ${maxDims} dimensions (cost_type and token_type not counted)`,
    );
  return dims;
}

/** `order_by` among `allowed` (default the first) and `order` (default desc). */
export function reportOrder(
  ctx: HandlerContext,
  allowed: readonly string[],
): { by: string; order: 'asc' | 'desc' } {
  const by = ctx.query.scalars.get('order_by') ?? allowed[0]!;
  if (!allowed.includes(by)) throw badRequest(`order_by must be one of ${allowed.join(', ')}`);
  return { by, order: parseOrder(ctx.query.scalars.get('order'), 'desc') };
}

/** Boolean query value (`true`/`false`), default false. */
export function parseBool(ctx: HandlerContext, name: string): boolean {
  const v = ctx.query.scalars.get(name);
  if (v === undefined) return false;
  if (v !== 'true' && v !== 'false') throw badRequest(`${name} must be true or false`);
  return v === 'true';
}

/**
 * One ReportPageCursor page: `{ data, has_more, next_page, data_refreshed_at }` (+ `organization_id`
 * on legacy reports). `items` are the paginated units (rows, or buckets), `expand` turns a
 * unit into output rows (cost fan-out does not count toward `limit`).
 */
export function reportPage<T>(
  ctx: HandlerContext,
  items: T[],
  limit: number,
  expand: (item: T) => unknown[],
  legacy: boolean,
): unknown {
  const page = ctx.query.scalars.get('page');
  const offset = page
    ? decodeCursor(page, ctx.query.normalized, true, ctx.cursorsExpired).offset
    : 0;
  const end = Math.min(items.length, offset + limit);
  const data = items.slice(offset, end).flatMap(expand);
  const more = end < items.length;
  return {
    data,
    has_more: more,
    next_page: more ? encodeCursor(ctx.query.normalized, { offset: end }) : null,
    data_refreshed_at: dataRefreshedAt(ctx.latest),
    ...(legacy ? { organization_id: ctx.org.organizationId } : {}),
  };
}

/** `limit` for reports (default 20, max 1000). */
export function reportLimit(ctx: HandlerContext, def = 20, max = 1000): number {
  return parseLimit(ctx.query.scalars.get('limit'), def, max);
}
