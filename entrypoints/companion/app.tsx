import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatHash, resolveRange, type View } from '@/lib/companion/hash-state';
import { sendToBackground } from '@/lib/messages/send';
import { useStatus } from '@/lib/ui/use-background';
import { FilterBar, ViewNav } from '@/components/companion/filter-bar';
import {
  DemoBanner,
  EmptyState,
  PartialBanner,
  StaleBanner,
} from '@/components/companion/status-banners';
import { StateNote } from '@/components/companion/view-state';
import { viewsWithSeatLists } from './early-insights';
import { useDemoActions } from './use-demo-actions';
import { useHashState } from './use-hash-state';
import {
  useCompanionData,
  useDataVersion,
  useGroupModels,
  useInsights,
  useSettings,
} from './use-data';
import type { PageContext } from './views/context';
import { ExportsPage } from './views/exports-page';
import { FunnelPage } from './views/funnel-page';
import { InterventionsPage } from './views/interventions-page';
import { OverviewPage } from './views/overview-page';
import { ReviewPage } from './views/review-page';
import { SeatsPage } from './views/seats-page';
import { SpendPage } from './views/spend-page';
import { TeamsPage } from './views/teams-page';
import { ToolsPage } from './views/tools-page';

const pages: Record<View, (p: { ctx: PageContext }) => preact.JSX.Element> = {
  overview: OverviewPage,
  teams: TeamsPage,
  funnel: FunnelPage,
  seats: SeatsPage,
  spend: SpendPage,
  interventions: InterventionsPage,
  exports: ExportsPage,
  review: ReviewPage,
  tools: ToolsPage,
};
/** Views that compare or name teams need every group's model. */
const needsGroups: ReadonlySet<View> = new Set([
  'overview',
  'teams',
  'spend',
  'interventions',
  'exports',
]);

/** The admin's companion page (full tab): every view of one scope and date range. */
export function App() {
  const [state, setState] = useHashState();
  const [kick, setKick] = useState(0);
  const status = useStatus(kick);
  const settings = useSettings();
  const [companion, updateCompanion] = useCompanionData();
  const s = status.state === 'ready' ? status.value : null;
  const version = useDataVersion([
    s?.historyId ?? (s ? null : undefined),
    s?.latestDay,
    s?.lastSync?.at ?? (s ? null : undefined),
    settings.state === 'ready' ? JSON.stringify(settings.value.metrics) : undefined,
  ]);
  const insights = useInsights(state.scope, version, !viewsWithSeatLists.has(state.view));
  const scopes = insights.state === 'ready' ? insights.value.scopes : null;
  // The overview needs other teams' models only for estimates and KPIs entered for them.
  const overviewNeedsGroups = [...companion.timeSaved, ...companion.kpis].some(
    (e) => e.teamId !== 'org',
  );
  const groupModels = useGroupModels(
    scopes,
    needsGroups.has(state.view) && (state.view !== 'overview' || overviewNeedsGroups),
    version,
  );
  const model = insights.state === 'ready' ? insights.value.model : null;
  const range = resolveRange(state, model?.freshness.latestDay ?? null);
  const settingsWeekdays = settings.state === 'ready' ? settings.value.metrics.weekdaysOnly : false;
  const weekdays = state.weekdays ?? settingsWeekdays;
  const names = useMemo(() => new Map((scopes ?? []).map((o) => [o.id, o.name ?? o.id])), [scopes]);
  const teamName = (id: string) => (id === 'org' ? 'Whole organisation' : (names.get(id) ?? id));
  const orgName = s?.orgName ?? null;

  useEffect(() => {
    document.title = `Uptake · ${teamName(state.scope)} · ${state.view}`;
  }, [state.scope, state.view, names]);
  // While a sync runs, re-read the figures every few seconds so the page fills in.
  useEffect(() => {
    if (s?.sync?.state !== 'running') return;
    const t = setInterval(() => setKick((k) => k + 1), 5000);
    return () => clearInterval(t);
  }, [s?.sync?.state]);

  const { tryDemo, removeData, starting, removing } = useDemoActions(() => setKick((k) => k + 1));

  const hrefOf = (view: View) => `#${formatHash({ ...state, view })}`;
  let body;
  if (status.state === 'loading' || settings.state === 'loading')
    body = <StateNote kind="loading" title="Loading Uptake…" />;
  else if (status.state === 'error')
    body = (
      <StateNote kind="error" title="Uptake’s background is not answering.">
        {status.message} Reload this tab; if it persists, turn the extension off and on in
        chrome://extensions.
      </StateNote>
    );
  else if (insights.state === 'error')
    body = (
      <StateNote kind="error" title="Could not build the figures.">
        {insights.message} Reload this tab. Your stored history is untouched.
      </StateNote>
    );
  else if (insights.state !== 'ready')
    body = <StateNote kind="loading" title="Loading the organisation’s figures…" />;
  else if (!model || !model.freshness.latestDay || !range)
    body = <EmptyState status={s!} onTryDemo={() => void tryDemo()} starting={starting} />;
  else if (settings.state === 'ready') {
    const ctx: PageContext = {
      state,
      setState,
      range,
      weekdays,
      model,
      scopes: scopes!,
      scopeName: teamName(state.scope),
      settings: settings.value,
      version,
      companion,
      updateCompanion,
      groupModels,
      teamName,
      orgName,
    };
    const Page = pages[state.view];
    body = (
      <>
        <FilterBar
          state={state}
          range={range}
          scopes={scopes!.map((o) => ({
            id: o.id,
            name: o.id === 'org' ? 'Whole organisation' : (o.name ?? o.id),
            hiddenBecause: o.hiddenBecause,
          }))}
          weekdays={weekdays}
          settingsWeekdays={settingsWeekdays}
          onChange={setState}
        />
        <ViewNav current={state.view} hrefOf={hrefOf} />
        <StaleBanner
          lagDays={model.freshness.lagDays}
          latestDay={model.freshness.latestDay}
          syncing={s?.sync?.state === 'running'}
          onSync={() =>
            void sendToBackground({ type: 'to-background:sync-now' }).then(() =>
              setKick((k) => k + 1),
            )
          }
        />
        <PartialBanner note={model.completeness?.note ?? null} />
        <main id="view" class="view" aria-live="polite">
          <Page ctx={ctx} />
        </main>
      </>
    );
  }

  return (
    <>
      <header class="bar companion-bar">
        <span class="logo" aria-hidden="true">
          ▲
        </span>
        <h1>Uptake companion</h1>
        <span class="sep" aria-hidden="true">
          ·
        </span>
        <span class="org" data-testid="org-name">
          {status.state === 'ready' ? (orgName ?? 'Your organisation') : '…'}
        </span>
        {s && (
          <span class="muted mode" data-testid="mode">
            {s.mode === 'demo' ? 'Demo data' : s.mode === 'live' ? 'Live data' : 'No API key'}
            {s.latestDay ? ` · history to ${s.latestDay}` : ''}
          </span>
        )}
        <a class="options-link" href="/options.html" target="_blank">
          Options
        </a>
      </header>
      {s && <DemoBanner status={s} removing={removing} onRemove={() => void removeData()} />}
      <div class="page wide">{body}</div>
    </>
  );
}
