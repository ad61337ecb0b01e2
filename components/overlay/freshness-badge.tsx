/**
 * Near the page title: whose data Uptake shows, the latest day in the local
 * history, the last sync, and a note on why native and Uptake figures can
 * differ. In the no-key, first-sync, failed and stale states it says so,
 * with the fix.
 */
import type { AnalyticsPageKind } from '@/lib/claude/pages';
import type { Freshness } from '@/lib/metrics/insight-types';
import { ago, day, int } from '@/lib/overlay/format';
import type { OverlayState } from '@/lib/overlay/state';
import type { StatusAnswer } from '@/lib/overlay/messages';
import { Brand } from '@/components/overlay/brand';
import { StateNote } from '@/components/overlay/state-note';
import { Tip } from '@/components/overlay/tip';

export const pageNames: Record<AnalyticsPageKind, string> = {
  overview: 'Overview',
  chat: 'Claude Chat',
  'claude-code': 'Claude Code',
  cowork: 'Cowork',
  design: 'Claude Design',
  members: 'Members',
  'api-keys': 'API keys',
  'spend-settings': 'Spend settings',
};

/** Whose data, in words: "Northwind Labs · demo data", "Acme", "No API key yet"; empty until known. */
export function sourceWords(status: StatusAnswer | null): string {
  if (!status) return '';
  if (status.mode === 'demo') return `${status.orgName ?? 'Demo organisation'} · demo data`;
  if (status.sharedFrom) return `${status.orgName ?? 'Shared history'} · from ${status.sharedFrom}`;
  if (status.mode === 'live') return status.orgName ?? 'Live data';
  return 'No API key yet';
}

export interface FreshnessBadgeProps {
  pageKind: AnalyticsPageKind;
  status: StatusAnswer | null;
  freshness: Freshness | null;
  state: OverlayState;
  now: number;
  onOpenOptions: () => void;
}

export function FreshnessBadge(props: FreshnessBadgeProps) {
  const { pageKind, status, freshness, state, now, onOpenOptions } = props;
  const demo = status?.mode === 'demo';
  const latest = freshness?.latestDay ?? null;
  const lag = freshness?.lagDays ?? null;
  return (
    <div class="fresh" role="group" aria-label="Uptake data freshness">
      <div class="pill">
        <Brand />
        <span class="sr-only">
          {' '}
          on the <span data-testid="uptake-page-kind">{pageNames[pageKind]}</span> page:{' '}
        </span>
        {status && (
          <span class={demo ? 'tag tag-demo' : 'muted'} data-testid="uptake-org">
            {sourceWords(status)}
          </span>
        )}
        {latest && (
          <span data-testid="uptake-latest-day">
            <span class="sep" aria-hidden="true">
              ·
            </span>
            Data to {day(latest)}
            {lag !== null && lag > 0 && (
              <span class="muted">
                {' '}
                ({int(lag)} {lag === 1 ? 'day' : 'days'} behind)
              </span>
            )}
          </span>
        )}
        {status?.lastSync && (
          <span class="muted" data-testid="uptake-last-sync">
            <span class="sep" aria-hidden="true">
              ·
            </span>
            {status.lastSync.outcome === 'error' ? 'Sync failed ' : 'Synced '}
            {ago(status.lastSync.at, now)}
          </span>
        )}
        {latest && (
          <Tip
            label="Why Uptake's figures can differ from this page's"
            trigger="?"
            triggerClass="info"
          >
            <p class="note-title">Why figures can differ</p>
            <p>
              Uptake reads the Claude Enterprise Analytics API: complete UTC days, about one day
              behind, revised by a few percent over the next days. This page refreshes daily on its
              own schedule and may count the current day.
            </p>
            <p class="muted">
              Adoption here is actives ÷ assigned seats over 1, 7 or 30 days; hover the ⓘ marks
              beside a metric for its definition.
            </p>
          </Tip>
        )}
      </div>
      <StateNote state={state} onOpenOptions={onOpenOptions} />
    </div>
  );
}
