// GET /summaries (§5.2): one row per day of [starting_date, ending_date), never paginated.
import { summaryRows } from '../../summaries';
import type { HandlerContext } from '../context';
import { MAX_RANGE_DAYS, parseDayParam } from '../date-params';
import { badRequest } from '../errors';
import { memberScope, parseFilters } from '../filters';
import { parseLimit } from '../query';

/** Handles `/summaries`. `limit`/`page` are accepted and ignored (`next_page` is always null). */
export function listSummaries(ctx: HandlerContext): unknown {
  const q = ctx.query;
  if (q.scalars.has('date'))
    throw badRequest('/summaries takes starting_date (and optionally ending_date), not date');
  const start = q.scalars.get('starting_date');
  if (start === undefined) throw badRequest('starting_date is required');
  const from = parseDayParam('starting_date', start, ctx.latest);
  const endRaw = q.scalars.get('ending_date');
  let to = ctx.latest + 1;
  if (endRaw !== undefined) to = parseDayParam('ending_date', endRaw, ctx.latest, true);
  if (to <= from) throw badRequest('ending_date must be after starting_date');
  if (to - from > MAX_RANGE_DAYS)
    throw badRequest(`The date range may span at most ${MAX_RANGE_DAYS} days`);
  parseLimit(q.scalars.get('limit'), 100);
  const filters = parseFilters(q, { filters: ['rbac_group_id'], groupBy: [] });
  if ((q.arrays.get('group_by') ?? []).length > 0)
    throw badRequest('/summaries does not support group_by[]');
  const scope = memberScope(ctx.org, filters);
  const groups = scope.groups;
  // An rbac_group_id filter naming only unknown groups scopes to nobody.
  const rows =
    groups !== null && groups.length === 0
      ? summaryRows(ctx.org, from, to, [-1])
      : summaryRows(ctx.org, from, to, groups ?? []);
  return { data: rows, next_page: null };
}
