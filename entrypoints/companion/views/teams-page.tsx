import { useMemo } from 'preact/hooks';
import { teamRow } from '@/lib/companion/team-table';
import { TeamsView } from '@/components/companion/teams-view';
import { StateNote } from '@/components/companion/view-state';
import { hiddenReason, scopeTargets, type PageContext } from './context';

/** Teams: one row per group from its own model; choosing one scopes every view to it. */
export function TeamsPage({ ctx }: { ctx: PageContext }) {
  const g = ctx.groupModels;
  const rows = useMemo(
    () =>
      g.state === 'ready'
        ? [...g.value.values()].map((m) =>
            teamRow(m, hiddenReason(m), scopeTargets(m, ctx.settings.metrics.targets)),
          )
        : [],
    [g],
  );
  if (g.state === 'loading' || g.state === 'idle')
    return <StateNote kind="loading" title="Loading every team’s figures…" />;
  if (g.state === 'error')
    return (
      <StateNote kind="error" title="Could not load the teams’ figures.">
        {g.message} Reload the page; if it persists, open Options and run a sync.
      </StateNote>
    );
  return (
    <TeamsView
      rows={rows}
      k={ctx.settings.metrics.privacy.k}
      scope={ctx.state.scope}
      onSelect={(id) => ctx.setState({ scope: id, view: 'overview' })}
    />
  );
}
