// GET /users (§5.1): per-member rows (single day or rollup), or per-RBAC-group rows.
import { ensureBits, hasBit, holdsGroup } from '../../bitsets';
import { memberDayDetail } from '../../detail';
import { userRef } from '../../member-day';
import { SLOT } from '../../org-cache';
import type { DemoMember } from '../../org-types';
import type { UserActivityRow } from '../../types';
import { UserRowAccumulator } from '../../user-row';
import { userRowJson, zeroRowJson } from '../../user-row-json';
import { pageJson } from '../raw-json';
import type { HandlerContext } from '../context';
import { parseDayWindow, type DayWindow } from '../date-params';
import { memberScope, parseFilters, parseGroupBy, type MemberScope } from '../filters';
import { engagementCursor, engagementPage, sortRows, sortSpec } from '../paging';
import { forEachActive, scopedGroupsOn } from '../scan';

const DIMS = { filters: ['project_id', 'rbac_group_id', 'user_id'], groupBy: ['rbac_group_id'] };
const NATURAL = ['email', 'email_address', 'user.email_address', 'user_email'];
const TEMPLATE = new UserRowAccumulator().toRow(null, false);

/** Handles `/users`. */
export function listUsers(ctx: HandlerContext): unknown {
  const cursor = engagementCursor(ctx);
  const win = parseDayWindow(ctx.query, ctx.latest, { allowRange: true, pinnedEnd: cursor.end });
  const filters = parseFilters(ctx.query, DIMS);
  const groupBy = parseGroupBy(ctx.query, DIMS);
  const spec = sortSpec(ctx, NATURAL, TEMPLATE);
  const scope = memberScope(ctx.org, filters);
  const projectIds = filters.get('project_id');
  const projects = projectIds
    ? projectIds.flatMap((id) =>
        ctx.org.projectById.has(id) ? [ctx.org.projectById.get(id)!] : [],
      )
    : null;
  const pinned = win.defaultedEnd ? win.to : undefined;
  const key = `users|${ctx.query.normalized}|${win.from}|${win.to}`;

  if (groupBy.length > 0) {
    const rows = ctx.cache.get(key, () =>
      sortRows(groupRows(ctx, win, scope), spec, (r) => r.rbac_group_id ?? ''),
    );
    return engagementPage(ctx, cursor, rows.length, (i) => rows[i]!, spec.limit, pinned);
  }
  if (spec.metric === null && projects === null) {
    // Natural order: pick the members cheaply, build only this page's rows.
    const members = ctx.cache.get(`${key}|members`, () => seatedMembers(ctx, win, scope));
    const ordered = spec.order === 'asc' ? members : [...members].reverse();
    const page = engagementPage(
      ctx,
      cursor,
      ordered.length,
      (i) => memberRowJson(ctx, ctx.org.members[ordered[i]!]!, win, scope),
      spec.limit,
      pinned,
    );
    return pageJson(page.data, page.next_page);
  }
  const rows = ctx.cache.get(key, () => {
    const all = seatedMembers(ctx, win, scope)
      .map((i) => memberRow(ctx, ctx.org.members[i]!, win, scope, projects))
      .filter((r) => projects === null || r.chat_metrics.message_count > 0);
    return sortRows(all, spec, (r) => r.user?.email_address ?? '');
  });
  return engagementPage(ctx, cursor, rows.length, (i) => rows[i]!, spec.limit, pinned);
}

/** Member indices in email order holding a seat (and a scoped group, if any) on some day of the window. */
function seatedMembers(ctx: HandlerContext, win: DayWindow, scope: MemberScope): number[] {
  const out: number[] = [];
  for (const i of ctx.org.emailOrder) {
    const m = ctx.org.members[i]!;
    if (m.seatDay >= win.to || (scope.users && !scope.users.has(i))) continue;
    if (scope.groups && !heldInWindow(m, scope.groups, Math.max(win.from, m.seatDay), win.to))
      continue;
    out.push(i);
  }
  return out;
}

function heldInWindow(m: DemoMember, groups: number[], from: number, to: number): boolean {
  if (!m.transfer) return groups.some((g) => holdsGroup(m, g, from));
  for (let d = from; d < to; d++) if (groups.some((g) => holdsGroup(m, g, d))) return true;
  return false;
}

/**
 * One member's row over the window: only seated days, only days holding a scoped group
 * (so metrics match the `rbac_group_id` filter), only project chat when `projects` is set.
 */
function memberRow(
  ctx: HandlerContext,
  m: DemoMember,
  win: DayWindow,
  scope: MemberScope,
  projects: number[] | null,
): UserActivityRow {
  const acc = new UserRowAccumulator();
  const bits = ensureBits(ctx.org, win.to - 1, win.from);
  for (let d = Math.max(win.from, m.seatDay); d < win.to; d++) {
    if (!hasBit(bits[SLOT.any]![d]!, m.index)) continue;
    if (scope.groups && !scope.groups.some((g) => holdsGroup(m, g, d))) continue;
    const detail = memberDayDetail(ctx.org, m, d);
    if (projects) for (const p of projects) acc.addProjectOnly(detail, p);
    else acc.add(detail);
  }
  return acc.toRow(userRef(m), false);
}

/** JSON of one member's row over the window (same content as {@link memberRow} without a project filter). */
function memberRowJson(
  ctx: HandlerContext,
  m: DemoMember,
  win: DayWindow,
  scope: MemberScope,
): string {
  const bits = ensureBits(ctx.org, win.to - 1, win.from);
  let acc: UserRowAccumulator | null = null;
  for (let d = Math.max(win.from, m.seatDay); d < win.to; d++) {
    if (!hasBit(bits[SLOT.any]![d]!, m.index)) continue;
    if (scope.groups && !scope.groups.some((g) => holdsGroup(m, g, d))) continue;
    acc ??= new UserRowAccumulator();
    acc.add(memberDayDetail(ctx.org, m, d));
  }
  return acc ? userRowJson(acc, m) : zeroRowJson(m);
}

/** Rows per RBAC group (not an exclusive partition: a member counts in every group held that day). */
function groupRows(ctx: HandlerContext, win: DayWindow, scope: MemberScope): UserActivityRow[] {
  const org = ctx.org;
  const present = new Set<number>();
  for (const m of org.members) {
    if (m.seatDay >= win.to || (scope.users && !scope.users.has(m.index))) continue;
    const held = [
      ...m.crossGroups,
      ...(m.transfer
        ? [m.transfer.from, m.transfer.to]
        : m.primaryGroup === null
          ? []
          : [m.primaryGroup]),
    ];
    for (const g of held) if (!scope.groups || scope.groups.includes(g)) present.add(g);
  }
  const accs = new Map<number, UserRowAccumulator>(
    [...present].map((g) => [g, new UserRowAccumulator()]),
  );
  forEachActive(org, win.from, win.to, scope, (m, d) => {
    const detail = memberDayDetail(org, m, d);
    for (const g of scopedGroupsOn(m, d, scope.groups)) accs.get(g)?.add(detail);
  });
  return [...accs].map(([g, acc]) => ({
    ...acc.toRow(null, true),
    rbac_group_id: org.groups[g]!.id,
    rbac_group_name: org.groups[g]!.name,
  }));
}
