import { ageText } from '@/components/popup/format';
import type { StatusResponse } from '@/lib/messages/contract';

/**
 * How fresh the figures are (latest day and its age), the last sync's
 * outcome, and a progress bar while a sync runs.
 */
export function Freshness({
  latestDay,
  lagDays,
  status,
}: {
  latestDay: string | null;
  lagDays: number | null;
  status: StatusResponse | null;
}) {
  const sync = status?.sync;
  const last = status?.lastSync;
  return (
    <footer class="freshness" data-testid="popup-freshness">
      <p>
        Figures up to <strong>{latestDay ?? '—'}</strong> ({ageText(lagDays)}).
      </p>
      {sync && sync.state === 'running' && (
        <div data-testid="popup-sync-progress">
          <progress
            max={Math.max(1, sync.pagesPlanned)}
            value={sync.pagesDone}
            aria-label="Sync progress"
          />
          <p class="muted">
            Syncing: {sync.pagesDone} of {sync.pagesPlanned} pages.
          </p>
        </div>
      )}
      {last && !(sync && sync.state === 'running') && (
        <p class={last.outcome === 'error' ? 'bad' : 'muted'} data-testid="popup-last-sync">
          {last.outcome === 'error' ? 'Last sync failed' : 'Last sync'}{' '}
          {new Date(last.at).toLocaleString()}
          {last.message ? `: ${last.message}` : ''}
        </p>
      )}
    </footer>
  );
}
