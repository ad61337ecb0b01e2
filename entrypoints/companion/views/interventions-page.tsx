import { hiddenLabel } from '@/lib/metrics/publication-gate';
import { useMemo } from 'preact/hooks';
import {
  interventionReadout,
  type DailyActives,
  type TeamFacts,
} from '@/lib/companion/intervention-readout';
import {
  InterventionsView,
  type InterventionItem,
} from '@/components/companion/interventions-view';
import { loadDigest } from '../load-history';
import { newId } from '../use-data';
import { useLoaded } from '../use-loaded';
import { digestRequest, type PageContext } from './context';

const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The intervention log of the scope, each with its before/after readout. */
export function InterventionsPage({ ctx }: { ctx: PageContext }) {
  const latest = ctx.model.freshness.latestDay ?? ctx.range.to;
  const all = ctx.companion.interventions;
  const shown = all
    .filter((i) => ctx.state.scope === 'org' || i.teamId === ctx.state.scope)
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.id.localeCompare(b.id)));
  const earliest = shown.reduce<string | null>(
    (m, i) => (m === null || i.day < m ? i.day : m),
    null,
  );
  const request = digestRequest(ctx, earliest ? shift(earliest, -28) : undefined, {
    from: latest,
    to: latest,
    days: 1,
    label: '',
  });
  const digest = useLoaded(shown.length ? JSON.stringify([request, ctx.version]) : null, () =>
    loadDigest(request, ctx.version),
  );
  const groupModels = ctx.groupModels.state === 'ready' ? ctx.groupModels.value : null;
  const items: InterventionItem[] = useMemo(() => {
    const teams: TeamFacts[] = ctx.scopes
      .filter((s) => s.kind === 'group')
      .map((s) => ({
        id: s.id,
        hidden: s.hiddenBecause !== null,
        size: groupModels?.get(s.id)?.size.value ?? null,
      }));
    const data: DailyActives | null =
      digest.state === 'ready'
        ? {
            first: digest.value.digest.first,
            byGroup: new Map(
              digest.value.digest.options.groupIds.map((id, gi) => [
                id,
                digest.value.digest.groupDaily[gi]!,
              ]),
            ),
          }
        : null;
    return shown.map((intervention) => ({
      intervention,
      teamName: ctx.teamName(intervention.teamId),
      readout:
        data && groupModels
          ? interventionReadout(intervention, data, teams, all, latest, {
              k: ctx.settings.metrics.privacy.k,
            })
          : intervention.teamId === 'org'
            ? interventionReadout(intervention, { first: 0, byGroup: new Map() }, [], all, latest, {
                k: ctx.settings.metrics.privacy.k,
              })
            : null,
    }));
  }, [shown.map((i) => i.id).join(), digest, groupModels, latest]);
  const teams = [
    { id: 'org', name: 'Whole organisation' },
    ...ctx.scopes
      .filter((s) => s.kind === 'group')
      .map((s) => ({
        id: s.id,
        name: `${s.name ?? s.id}${hiddenLabel(s.hiddenBecause)}`,
      })),
  ];
  return (
    <InterventionsView
      items={items}
      loadingReadouts={digest.state === 'loading' || ctx.groupModels.state === 'loading'}
      teams={ctx.state.scope === 'org' ? teams : teams.filter((t) => t.id === ctx.state.scope)}
      today={latest}
      scopeName={ctx.scopeName}
      teamName={ctx.teamName}
      ownersShown={digest.state === 'ready' && digest.value.gate.peopleShown}
      onAdd={(i) =>
        void ctx.updateCompanion((d) => ({
          ...d,
          interventions: [...d.interventions, { ...i, id: newId('iv') }],
        }))
      }
      onRemove={(id) =>
        void ctx.updateCompanion((d) => ({
          ...d,
          interventions: d.interventions.filter((x) => x.id !== id),
        }))
      }
    />
  );
}
