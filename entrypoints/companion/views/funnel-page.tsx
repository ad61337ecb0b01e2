import { useMemo } from 'preact/hooks';
import { activationFunnel, type FunnelInputs } from '@/lib/companion/funnel';
import { FunnelView, type TeamFunnel } from '@/components/companion/funnel-view';
import { StateNote } from '@/components/companion/view-state';
import { loadDigest, type HistoryDigest } from '../load-history';
import { useLoaded } from '../use-loaded';
import { digestRequest, hiddenReason, scopeMembers, type PageContext } from './context';

/** Inputs from member records: ever active (when the range ends on the latest day) and seat start. */
export function funnelInputs(
  bundle: HistoryDigest,
  to: string,
  latestDay: string | null,
): Omit<FunnelInputs, 'members'> {
  return {
    everActive:
      to === latestDay
        ? (id) => (bundle.members.get(id)?.lastActiveDay ?? null) !== null
        : undefined,
    seatSince: (id) => bundle.members.get(id)?.firstSeenDay ?? null,
  };
}

/** Per-team funnels (org scope), hidden teams kept with their reason. */
export function teamFunnels(ctx: PageContext, bundle: HistoryDigest): TeamFunnel[] {
  const inputs = funnelInputs(bundle, ctx.range.to, ctx.model.freshness.latestDay);
  return ctx.scopes
    .filter((s) => s.kind === 'group')
    .map((s) => ({
      id: s.id,
      name: s.name ?? s.id,
      hidden: s.hiddenBecause,
      funnel: s.hiddenBecause
        ? null
        : activationFunnel(
            bundle.digest,
            { ...inputs, members: bundle.groupMembers.get(s.id) ?? [] },
            bundle.withheld.multiProduct.includes(s.id),
          ),
    }));
}

/** Activation funnel of the scope as of the range's last day, and of each team. */
export function FunnelPage({ ctx }: { ctx: PageContext }) {
  const request = digestRequest(ctx);
  const hidden = hiddenReason(ctx.model);
  const digest = useLoaded(hidden ? null : JSON.stringify([request, ctx.version]), () =>
    loadDigest(request, ctx.version),
  );
  const funnel = useMemo(
    () =>
      digest.state === 'ready'
        ? activationFunnel(
            digest.value.digest,
            {
              ...funnelInputs(digest.value, ctx.range.to, ctx.model.freshness.latestDay),
              members: scopeMembers(digest.value, ctx.state.scope),
            },
            digest.value.withheld.multiProduct.includes(ctx.state.scope),
          )
        : null,
    [digest, ctx.state.scope],
  );
  const teams = useMemo(
    () =>
      digest.state === 'ready' && ctx.state.scope === 'org' ? teamFunnels(ctx, digest.value) : null,
    [digest, ctx.state.scope, ctx.scopes],
  );
  if (hidden) return <StateNote kind="info" title={`No funnel for ${ctx.scopeName}: ${hidden}`} />;
  if (digest.state === 'loading' || digest.state === 'idle')
    return (
      <StateNote
        kind="loading"
        title={`Reading ${ctx.range.days + 29} days of member activity for the funnel…`}
      />
    );
  if (digest.state === 'error')
    return (
      <StateNote kind="error" title="Could not read member activity from the local history.">
        {digest.message} Reload the page; if it persists, run a sync from Options.
      </StateNote>
    );
  if (!funnel || funnel.stages[0]!.count === 0)
    return (
      <StateNote kind="empty" title="No member activity stored for this range.">
        Per-member days are synced for the history depth set in Options; choose a more recent range
        or sync more history.
      </StateNote>
    );
  return (
    <FunnelView
      scopeName={ctx.scopeName}
      funnel={funnel}
      k={digest.value.gate.k}
      asOf={ctx.range.to}
      pendingInvites={ctx.state.scope === 'org' ? (ctx.model.seats?.pendingInvites ?? null) : null}
      teams={teams}
    />
  );
}
