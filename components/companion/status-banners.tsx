import type { StatusResponse } from '@/lib/messages/contract';
import { SyncStatus } from '@/components/sync-status';
import { StateNote } from './view-state';

/** "Demo data" label with one-click removal, or a note that old data remains without a key. */
export function DemoBanner(props: {
  status: StatusResponse;
  removing: string | null;
  onRemove: () => void;
}) {
  const s = props.status;
  if (s.mode === 'demo')
    return (
      <div class="banner demo" role="note" data-testid="demo-banner">
        <strong>Demo data.</strong> {s.orgName ?? 'Northwind Labs'} is a synthetic organisation
        served by Uptake’s built-in mock API, through the same sync and insight code as real data.
        Nothing here is about your organisation.{' '}
        <button
          type="button"
          onClick={props.onRemove}
          disabled={props.removing !== null}
          data-testid="remove-demo"
        >
          Remove demo data
        </button>
        {props.removing && <span role="status"> {props.removing}</span>}
      </div>
    );
  // Issue 14 item 3: figures read from the organisation's shared history, not synced here.
  if (s.sharedFrom)
    return (
      <div class="banner" role="note" data-testid="shared-banner">
        {s.lastSync?.outcome === 'ok' && s.lastSync.message
          ? s.lastSync.message
          : `Shared history from ${s.sharedFrom}.`}{' '}
        This browser syncs nothing itself and holds no API key.
      </div>
    );
  if (s.mode === 'no-key' && s.latestDay)
    return (
      <div class="banner" role="note" data-testid="leftover-banner">
        History from an earlier key or demo is still stored (up to {s.latestDay}), but no key is
        saved.{' '}
        <button type="button" onClick={props.onRemove} disabled={props.removing !== null}>
          Erase it
        </button>
        {props.removing && <span role="status"> {props.removing}</span>}
      </div>
    );
  return null;
}

/** Nothing synced yet: add a key, or try the demo organisation. */
export function EmptyState(props: {
  status: StatusResponse;
  onTryDemo: () => void;
  starting: boolean;
}) {
  const s = props.status;
  const running = s.sync?.state === 'running';
  return (
    <section class="card empty" data-testid="empty-state">
      {running || props.starting ? (
        <StateNote
          kind="loading"
          title={
            s.mode === 'demo' ? 'Syncing the demo organisation…' : 'The first sync is running…'
          }
        >
          The first figures appear as soon as the first days are stored; this page fills in by
          itself.
          <SyncStatus status={s} />
        </StateNote>
      ) : (
        <StateNote kind="empty" title="No data yet." testId="state-empty">
          <p>
            Uptake reads your organisation’s analytics with an API key that the Primary Owner
            creates. Add it in{' '}
            <a href="/options.html" target="_blank">
              Options
            </a>
            , or look around first with a synthetic organisation.
          </p>
          <button type="button" class="primary" onClick={props.onTryDemo} data-testid="try-demo">
            Try with demo data
          </button>
          {s.lastSync?.outcome === 'error' && (
            <p class="bad">Last sync failed: {s.lastSync.message}</p>
          )}
        </StateNote>
      )}
    </section>
  );
}

/** Stale data: the latest stored day is older than the API's normal one-to-two-day lag. */
export function StaleBanner(props: {
  lagDays: number | null;
  latestDay: string | null;
  onSync: () => void;
  syncing: boolean;
}) {
  if (props.lagDays === null || props.lagDays <= 2) return null;
  return (
    <StateNote
      kind="stale"
      title={`These figures are ${props.lagDays} days old (latest day ${props.latestDay}).`}
      testId="state-stale"
    >
      The API is normally one or two days behind. A sync fetches what is missing.{' '}
      <button type="button" onClick={props.onSync} disabled={props.syncing}>
        {props.syncing ? 'Syncing…' : 'Sync now'}
      </button>
    </StateNote>
  );
}

/**
 * While the member history is incomplete (a first sync, or a gap being
 * filled): what is held back and what comes from the API's totals, in words.
 */
export function PartialBanner({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <StateNote kind="info" title="Some figures wait for the member history." testId="state-partial">
      {note}
    </StateNote>
  );
}
