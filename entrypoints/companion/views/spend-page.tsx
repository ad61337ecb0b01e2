import { useMemo } from 'preact/hooks';
import { costPerOutcome } from '@/lib/companion/cost-per-outcome';
import {
  gatedScopeEntries,
  spendBreakdown,
  spendCoverage,
  type CostEntry,
} from '@/lib/companion/spend';
import { monthForecast } from '@/lib/companion/spend-forecast';
import { activeMembers, codeEfficiency } from '@/lib/companion/tier2';
import { SpendLimitsPanel, type GroupSpend } from '@/components/companion/spend-limits-panel';
import { SpendView } from '@/components/companion/spend-view';
import { StateNote } from '@/components/companion/view-state';
import type { Loadable } from '@/lib/ui/use-background';
import {
  hiddenBecause,
  mayPublishScope,
  NO_GROUP_KEY,
  OTHER_GROUPS_KEY,
  otherGroupsName,
  otherGroupsRow,
  publishedGroupRows,
  publishedPeople,
  type PublicationGate,
} from '@/lib/metrics/publication-gate';
import { loadDigest, loadGate, loadSpend, type HistoryDigest } from '../load-history';
import { useLoaded } from '../use-loaded';
import { digestRequest, hiddenReason, scopeMembers, type PageContext } from './context';

function actorSpend(entries: CostEntry[], monthStart: string, bundle: HistoryDigest | null) {
  const byEmail = new Map<string, number>();
  for (const e of entries)
    if (e.dimension === 'actor' && e.actorEmail && e.day >= monthStart)
      byEmail.set(e.actorEmail, (byEmail.get(e.actorEmail) ?? 0) + e.dollars);
  const groupsOfEmail = new Map<string, string[]>();
  if (bundle) {
    const emailOf = new Map([...bundle.members].map(([id, m]) => [id, m.email?.toLowerCase()]));
    for (const [gid, ids] of bundle.groupMembers)
      for (const id of ids) {
        const email = emailOf.get(id);
        if (email) groupsOfEmail.set(email, [...(groupsOfEmail.get(email) ?? []), gid]);
      }
  }
  return [...byEmail].map(([email, dollars]) => ({
    email,
    dollars,
    groupIds: groupsOfEmail.get(email.toLowerCase()) ?? [],
  }));
}

/** Spend of the scope over the part of the range the stored spend covers, with limits and warnings. */
export function SpendPage({ ctx }: { ctx: PageContext }) {
  const gate = useLoaded(`gate|${ctx.version}`, loadGate);
  const hidden = hiddenReason(ctx.model);
  if (hidden)
    return (
      <StateNote kind="empty" title="Spend of this team is hidden." testId="spend-hidden">
        {hidden}
      </StateNote>
    );
  return <GatedSpend ctx={ctx} gateState={gate} />;
}

/** The spend page: nothing is shown until the gate allows the scope; every table passes through it. */
function GatedSpend({
  ctx,
  gateState,
}: {
  ctx: PageContext;
  gateState: Loadable<PublicationGate> | { state: 'idle' };
}) {
  const latest = ctx.model.freshness.latestDay ?? ctx.range.to;
  const spend = useLoaded(`${latest}|${ctx.version}`, () => loadSpend(latest, ctx.version));
  const entries = spend.state === 'ready' ? spend.value.entries : null;
  const coverage = useMemo(() => (entries ? spendCoverage(entries) : null), [entries]);
  const window = useMemo(() => {
    if (!coverage) return null;
    const from = ctx.range.from > coverage.from ? ctx.range.from : coverage.from;
    const to = ctx.range.to < coverage.to ? ctx.range.to : coverage.to;
    const inRange = from <= to;
    const w = inRange ? { from, to } : coverage;
    const days = Math.round((Date.parse(w.to) - Date.parse(w.from)) / 86_400_000) + 1;
    return {
      ...w,
      days,
      label: `${w.from} to ${w.to}`,
      cut: !inRange || w.from !== ctx.range.from || w.to !== ctx.range.to,
    };
  }, [coverage, ctx.range]);
  const request = window ? digestRequest(ctx, undefined, window) : null;
  const digest = useLoaded(request ? JSON.stringify([request, ctx.version]) : null, () =>
    loadDigest(request!, ctx.version),
  );
  if (spend.state === 'loading' || spend.state === 'idle')
    return <StateNote kind="loading" title="Reading the stored spend…" />;
  if (spend.state === 'error')
    return (
      <StateNote kind="error" title="Could not read spend from the local history.">
        {spend.message} Reload the page; if it persists, run a sync from Options.
      </StateNote>
    );
  if (!entries || !coverage || !window)
    return (
      <StateNote kind="empty" title="No spend stored yet." testId="spend-empty">
        Spend comes from /cost (usage-based plans: all usage; seat-based plans: overage only) and is
        synced for the last 30 days. A plan with no spend reporting, or a HIPAA-ready organisation,
        has none.
      </StateNote>
    );
  if (gateState.state === 'error')
    return (
      <StateNote kind="error" title="Could not check what may be shown.">
        {gateState.message} Reload the page.
      </StateNote>
    );
  if (gateState.state !== 'ready')
    return <StateNote kind="loading" title="Checking what may be shown…" />;
  const gate = gateState.value;
  if (!mayPublishScope(gate, ctx.state.scope))
    return (
      <StateNote kind="empty" title="Spend of this team is hidden." testId="spend-hidden">
        {hiddenBecause(gate, ctx.state.scope)}
      </StateNote>
    );
  const scoped = gatedScopeEntries(entries, ctx.state.scope, gate);
  const raw = spendBreakdown(scoped, window.from, window.to);
  const other = otherGroupsRow(
    gate,
    raw.byGroup,
    (r) => r.key,
    (r) => r.dollars,
  );
  const shownRows = publishedGroupRows(gate, raw.byGroup, (r) => r.key);
  const byGroup = other ? [...shownRows, { key: other.key, dollars: other.dollars }] : shownRows;
  const b = { ...raw, byGroup, byActor: publishedPeople(gate, raw.byActor) };
  const f = monthForecast(scoped, coverage.to);
  const bundle = digest.state === 'ready' ? digest.value : null;
  const members = bundle ? scopeMembers(bundle, ctx.state.scope) : null;
  const code = bundle ? codeEfficiency(bundle.digest, members) : null;
  const outcome = costPerOutcome({
    totalSpend: b.total,
    claudeCodeSpend: b.byProduct.find((p) => p.key === 'claude_code')?.dollars ?? 0,
    activeUsers: bundle ? activeMembers(bundle.digest, members) : null,
    codeSessions: code?.totals.sessions ?? null,
    pullRequests: code?.totals.pullRequests ?? null,
    commits: code?.totals.commits ?? null,
  });
  const groupModels = ctx.groupModels.state === 'ready' ? ctx.groupModels.value : new Map();
  const groups: GroupSpend[] = ctx.scopes
    .filter(
      (s) =>
        s.kind === 'group' &&
        s.id !== NO_GROUP_KEY &&
        // Limits are set per API group; "Other groups" is a published sum, not a group.
        s.id !== OTHER_GROUPS_KEY &&
        mayPublishScope(gate, s.id) &&
        (ctx.state.scope === 'org' || s.id === ctx.state.scope),
    )
    .map((s) => ({
      id: s.id,
      name: s.name ?? s.id,
      monthToDate: monthForecast(gatedScopeEntries(entries, s.id, gate), coverage.to).monthToDate,
      members: groupModels.get(s.id)?.size.value ?? null,
    }));
  return (
    <>
      <SpendView
        scopeName={ctx.scopeName}
        isOrg={ctx.state.scope === 'org'}
        breakdown={b}
        forecast={f}
        outcome={outcome}
        coverage={coverage}
        rangeCut={window.cut}
        groupName={(id) =>
          id === OTHER_GROUPS_KEY
            ? otherGroupsName(other?.groups ?? 0)
            : (ctx.scopes.find((s) => s.id === id)?.name ?? null)
        }
        withheldGroups={raw.byGroup.length - shownRows.length - (other ? other.groups : 0)}
        peopleShown={gate.peopleShown}
        planBilling={ctx.companion.planBilling}
        onPlanBilling={(p) => void ctx.updateCompanion((d) => ({ ...d, planBilling: p }))}
      />
      {digest.state === 'loading' && (
        <StateNote kind="loading" title="Reading member activity for cost per outcome…" />
      )}
      <SpendLimitsPanel
        limits={ctx.companion.spendLimits}
        onChange={(next) => void ctx.updateCompanion((d) => ({ ...d, spendLimits: next }))}
        orgMonthToDate={
          ctx.state.scope === 'org'
            ? f.monthToDate
            : monthForecast(entries, coverage.to).monthToDate
        }
        orgForecast={
          ctx.state.scope === 'org' ? f.forecast : monthForecast(entries, coverage.to).forecast
        }
        groups={groups}
        actorMonthToDate={
          ctx.state.scope === 'org'
            ? publishedPeople(gate, actorSpend(entries, f.monthStart, bundle))
            : []
        }
      />
    </>
  );
}
