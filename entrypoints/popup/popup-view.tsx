import { useLayoutEffect } from 'preact/hooks';
import { AdoptionCard } from '@/components/popup/adoption-card';
import { ChampionList } from '@/components/popup/champion-list';
import { EmptyState } from '@/components/popup/empty-state';
import { scopeName } from '@/components/popup/format';
import { Freshness } from '@/components/popup/freshness';
import { PartialNote } from '@/components/popup/partial-note';
import { ScopePicker, type ScopeChoice } from '@/components/popup/scope-picker';
import { SuggestionList } from '@/components/popup/suggestion-list';
import type { StatusResponse } from '@/lib/messages/contract';
import { snapshotAge } from '@/lib/snapshot/age';
import type { TeamPicture } from '@/lib/snapshot/picture-schema';
import { shortFingerprint } from '@/lib/snapshot/short-fingerprint';
import type { ShownSnapshot } from '@/lib/snapshot/trusted';
import { markOnce, popupMarks } from './marks';

export type Insights =
  | { state: 'pending' }
  | { state: 'picture'; picture: TeamPicture; from: 'cache' | 'live' }
  | { state: 'none' }
  | { state: 'error'; message: string };

const modeText = {
  demo: 'Demo data — a synthetic organisation',
  live: 'Live data from the Analytics API',
  'no-key': 'No API key yet. An admin adds one in the options page.',
} as const;

function Picture({ picture, status }: { picture: TeamPicture; status: StatusResponse | null }) {
  const hidden = picture.suppressed.find((s) => s.part === 'scope');
  const freshness = (
    <Freshness
      latestDay={picture.freshness.latestDay}
      lagDays={picture.freshness.lagDays}
      status={status}
    />
  );
  if (hidden && hidden.reason === 'complementary')
    return (
      <>
        <EmptyState title={`${scopeName(picture.scope)}: hidden to protect a smaller team`}>
          <p>
            {hidden.detail} This team is not too small: its figures, subtracted from others, would
            give away a team under the privacy floor.
          </p>
        </EmptyState>
        {freshness}
      </>
    );
  if (hidden && hidden.reason !== 'no-data')
    return (
      <>
        <EmptyState title={`${scopeName(picture.scope)}: too small to show`}>
          <p>
            {hidden.detail} Uptake shows no figure for a team this small, so nobody can be singled
            out.
          </p>
        </EmptyState>
        {freshness}
      </>
    );
  if (!picture.adoption)
    return (
      <>
        <EmptyState title="No figures for this scope yet">
          <p>{hidden?.detail ?? 'The history holds no activity for it.'}</p>
        </EmptyState>
        {freshness}
      </>
    );
  return (
    <>
      <PartialNote picture={picture} />
      <AdoptionCard picture={picture} />
      <SuggestionList suggestions={picture.suggestions} />
      <ChampionList champions={picture.champions} />
      {freshness}
    </>
  );
}

function SnapshotView({ snapshot }: { snapshot: Extract<ShownSnapshot, { ok: true }> }) {
  const { payload, createdAt } = snapshot.stored.file;
  const picture = payload.picture;
  return (
    <>
      <p class="snapshot-banner" data-testid="popup-snapshot-banner">
        Team snapshot of <strong>{picture.scope.name ?? picture.scope.id}</strong>
        {payload.orgName ? ` (${payload.orgName})` : ''}, {snapshotAge(createdAt, Date.now())};
        figures up to {picture.freshness.latestDay ?? '—'}. Ask your admin for a fresh one when it
        gets old.
      </p>
      <p class="muted" data-testid="popup-snapshot-key">
        Signed by your organisation's key {shortFingerprint(snapshot.fingerprint)} (trusted on this
        browser since {new Date(snapshot.pinnedAt).toISOString().slice(0, 10)}); your admin sees the
        same fingerprint in Options → Organisation keys.
      </p>
      <PartialNote picture={picture} />
      <AdoptionCard picture={picture} />
      <SuggestionList suggestions={picture.suggestions} />
      <ChampionList champions={picture.champions} />
    </>
  );
}

function NoPicture({ insights, status }: { insights: Insights; status: StatusResponse | null }) {
  if (insights.state === 'error')
    return (
      <EmptyState title="Uptake's background is not answering" tone="bad">
        <p>{insights.message}</p>
      </EmptyState>
    );
  if (insights.state === 'pending' || !status) return <p class="muted">Loading…</p>;
  if (status.sync?.state === 'running')
    return (
      <>
        <EmptyState title="First sync running">
          <p>The first figures appear here in about a minute.</p>
        </EmptyState>
        <Freshness latestDay={null} lagDays={null} status={status} />
      </>
    );
  if (status.lastSync?.outcome === 'error')
    return (
      <EmptyState title="The sync failed" tone="bad">
        <p>{status.lastSync.message ?? 'The Analytics API did not answer.'}</p>
        <p>
          Open{' '}
          <a href="/options.html" target="_blank">
            options
          </a>{' '}
          to check the key and sync again.
        </p>
      </EmptyState>
    );
  if (status.mode === 'no-key')
    return (
      <EmptyState title="Nothing to show yet">
        <p>There is no API key on this browser and no team snapshot.</p>
        <p>
          An admin adds the key in{' '}
          <a href="/options.html" target="_blank">
            options
          </a>
          . A team lead imports the team snapshot their admin sends:{' '}
          <a href="/options.html#team-snapshot" target="_blank">
            import a team snapshot
          </a>
          .
        </p>
      </EmptyState>
    );
  return (
    <EmptyState title="Nothing synced yet">
      <p>
        Start a sync from{' '}
        <a href="/options.html" target="_blank">
          options
        </a>
        .
      </p>
    </EmptyState>
  );
}

export interface PopupViewProps {
  orgName: string | null;
  /** The background's status; null until it answers. */
  status: StatusResponse | null;
  /** Why the background does not answer, when it does not. */
  statusError: string | null;
  scopes: ScopeChoice[];
  scope: string | null;
  onScope?: (scope: string) => void;
  insights: Insights;
  snapshot: ShownSnapshot | null;
  /** Issue 13: the ChatGPT & Claude line (components/popup/tools-line.tsx), under the figures. */
  toolsLine?: preact.ComponentChildren;
}

/**
 * The popup as a function of what is known: the team picture of the chosen
 * scope (or the imported team snapshot), or an empty state in words.
 * Rendered first from the saved picture (main.tsx), then by the full app.
 */
export function PopupView(props: PopupViewProps) {
  const { status, insights, snapshot } = props;
  const shown = snapshot?.ok ? snapshot : null;
  const showSnapshot = insights.state === 'none' && shown !== null;
  const refused = insights.state === 'none' && snapshot?.ok === false ? snapshot.reason : null;
  const numbers = insights.state === 'picture' || showSnapshot;

  // A layout effect runs once the numbers are in the DOM, before the browser paints: its
  // animation frame is the one that paints them. (A plain effect runs after that paint, and
  // its animation frame is the next one: the mark came a frame late.)
  useLayoutEffect(() => {
    if (numbers) requestAnimationFrame(() => markOnce(popupMarks.numbersShown));
  }, [numbers]);

  const source = insights.state === 'picture' ? insights.from : showSnapshot ? 'snapshot' : 'none';
  return (
    <main class="popup" data-source={source}>
      <header class="bar">
        <div class="title">
          <span class="logo" aria-hidden="true">
            ▲
          </span>
          <h1>Uptake</h1>
          <p class="org" data-testid="org-name">
            {showSnapshot
              ? (shown!.stored.file.payload.orgName ?? 'Team snapshot')
              : (props.orgName ?? 'Your organisation')}
          </p>
        </div>
      </header>
      <div class="body">
        {props.statusError && (
          <p role="alert" class="bad">
            Uptake's background is not answering: {props.statusError}
          </p>
        )}
        {status && (
          <p class="muted mode" data-testid="mode">
            {showSnapshot
              ? 'Team snapshot from your admin (signed) — no API key on this browser'
              : status.sharedFrom
                ? `Shared history from ${status.sharedFrom} — no API key on this browser`
                : modeText[status.mode]}
          </p>
        )}
        {!showSnapshot && status?.storage?.warning && (
          <p role="alert" class="bad" data-testid="quota-warning">
            {status.storage.warning}
          </p>
        )}
        {!showSnapshot && props.scopes.length > 1 && props.scope !== null && (
          <ScopePicker scopes={props.scopes} value={props.scope} onChange={props.onScope} />
        )}
        {insights.state === 'picture' ? (
          <Picture picture={insights.picture} status={status} />
        ) : showSnapshot ? (
          <SnapshotView snapshot={shown!} />
        ) : refused ? (
          <EmptyState title="The team snapshot cannot be shown" tone="bad">
            <p data-testid="popup-snapshot-refused">{refused}</p>
          </EmptyState>
        ) : (
          <NoPicture insights={insights} status={status} />
        )}
        {insights.state === 'picture' && props.toolsLine}
        <nav class="links">
          <a href="/companion.html" target="_blank">
            Open companion
          </a>
          <a href="/options.html" target="_blank">
            Options
          </a>
        </nav>
      </div>
    </main>
  );
}
