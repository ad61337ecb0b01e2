// Row shapes of the report endpoints: actor objects, token blocks and cost fan-out.
import type { DemoOrg } from '../org';
import { discounted } from '../usage-gen';
import { centsText } from './aggregate';
import type { GroupVals, Totals } from './report-collect';
import { listMicro, totalTokens } from './report-collect';

/** `BetaAnalyticsUserActor` of a member. */
export function userActor(
  org: DemoOrg,
  member: number,
): { type: 'user_actor'; user_id: string; email_address: string; name: string; deleted: boolean } {
  const m = org.members[member]!;
  return {
    type: 'user_actor',
    user_id: m.id,
    email_address: m.email,
    name: m.name,
    deleted: false,
  };
}

/** Token metrics in the shape shared by all usage reports. */
export function tokenBlock(t: Totals): Record<string, unknown> {
  return {
    uncached_input_tokens: t.uncached,
    cache_creation: { ephemeral_5m_input_tokens: t.cache5m, ephemeral_1h_input_tokens: t.cache1h },
    cache_read_input_tokens: t.cacheRead,
    output_tokens: t.output,
  };
}

/** Usage metrics of /usage (`total_tokens` included). */
export function usageMetrics(t: Totals): Record<string, unknown> {
  return {
    ...tokenBlock(t),
    total_tokens: totalTokens(t),
    server_tool_use: { web_search_requests: t.webSearch },
    requests: t.requests,
  };
}

const TOKEN_TYPES: readonly [string, keyof Totals][] = [
  ['uncached_input_tokens', 'listUncached'],
  ['output_tokens', 'listOutput'],
  ['cache_read_input_tokens', 'listCacheRead'],
  ['cache_creation.ephemeral_5m_input_tokens', 'listCache5m'],
  ['cache_creation.ephemeral_1h_input_tokens', 'listCache1h'],
];

export interface CostPart {
  cost_type: string | null;
  token_type: string | null;
  list: number;
}

/**
 * Splits a cell's list price by cost type and/or token type when grouped by them
 * (web search has no token type). Parts with a zero price are dropped, except the single
 * ungrouped part.
 */
export function costParts(t: Totals, byCostType: boolean, byTokenType: boolean): CostPart[] {
  if (!byCostType && !byTokenType)
    return [{ cost_type: null, token_type: null, list: listMicro(t) }];
  const out: CostPart[] = [];
  const tokenList = listMicro(t) - t.listWebSearch;
  if (byTokenType) {
    for (const [name, key] of TOKEN_TYPES)
      out.push({ cost_type: byCostType ? 'tokens' : null, token_type: name, list: t[key] });
  } else {
    out.push({ cost_type: 'tokens', token_type: null, list: tokenList });
  }
  out.push({
    cost_type: byCostType ? 'web_search' : null,
    token_type: null,
    list: t.listWebSearch,
  });
  return out.filter((p) => p.list > 0);
}

/** `{ amount, list_amount, currency }` of a list price in micro-cents. */
export function money(list: number): { currency: string; amount: string; list_amount: string } {
  return { currency: 'USD', amount: centsText(discounted(list)), list_amount: centsText(list) };
}

/** The 20 (usage) or 22 (cost) `group` keys of /usage and /cost, null unless grouped. */
export function groupObject(
  org: DemoOrg,
  v: GroupVals,
  cost: CostPart | null,
): Record<string, unknown> {
  const g = v.rbac_group === null ? null : org.groups[v.rbac_group]!.id;
  return {
    actor: v.actor === null ? null : userActor(org, v.actor),
    actor_type: v.actor_type,
    agent_id: null,
    api_key_id: null,
    claude_tag_category: null,
    claude_tag_user_id: null,
    context_window: v.context_window,
    ...(cost ? { cost_type: cost.cost_type } : {}),
    deployment_id: null,
    environment_id: null,
    inference_geo: v.inference_geo,
    model: v.model,
    organization_id: v.organization_id,
    product: v.product,
    rbac_group_id: g,
    service_tier: v.service_tier,
    session_id: null,
    slack_channel_id: null,
    speed: v.speed,
    ...(cost ? { token_type: cost.token_type } : {}),
    user_profile_id: null,
    workspace_id: null,
  };
}

/** Flat dimension fields of the legacy reports (null unless grouped). */
export function legacyDims(org: DemoOrg, v: GroupVals): Record<string, unknown> {
  return {
    product: v.product,
    model: v.model,
    context_window: v.context_window,
    inference_geo: v.inference_geo,
    speed: v.speed,
    rbac_group_id: v.rbac_group === null ? null : org.groups[v.rbac_group]!.id,
    slack_channel_id: null,
    claude_tag_category: null,
    claude_tag_user_id: null,
  };
}
