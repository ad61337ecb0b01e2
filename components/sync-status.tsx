import type { StatusResponse } from '@/lib/messages/contract';

function formatEta(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const phaseNames = {
  start: 'Starting',
  'first-picture': 'First picture',
  history: 'Filling the history',
  refresh: 'Skills, connectors and spend',
} as const;

/** Sync progress (a bar while running), the last sync's outcome, and a near quota, in words. */
export function SyncStatus({ status }: { status: StatusResponse }) {
  const { sync, lastSync } = status;
  return (
    <div class="sync-status">
      {sync && sync.state === 'running' && (
        <div data-testid="sync-progress">
          <progress
            max={Math.max(1, sync.pagesPlanned)}
            value={sync.pagesDone}
            aria-label="Sync progress"
          />
          <p class="muted">
            {phaseNames[sync.phase]}: {sync.pagesDone} of {sync.pagesPlanned} pages, about{' '}
            {formatEta(sync.etaSeconds)} left at the API's rate limit.
          </p>
        </div>
      )}
      {lastSync && (
        <p data-testid="last-sync" class={lastSync.outcome === 'error' ? 'bad' : 'muted'}>
          Last sync {new Date(lastSync.at).toLocaleString()}: {lastSync.message}
        </p>
      )}
      {status.storage?.warning && (
        <p class="bad" role="alert" data-testid="quota-warning">
          {status.storage.warning}
        </p>
      )}
      {status.latestDay && (
        <p class="muted" data-testid="latest-day">
          History up to {status.latestDay} (UTC).
        </p>
      )}
    </div>
  );
}
