import type { AnalyticsPageKind } from '@/lib/claude/pages';

const pageNames: Record<AnalyticsPageKind, string> = {
  overview: 'Overview',
  chat: 'Claude Chat',
  'claude-code': 'Claude Code',
  cowork: 'Cowork',
  design: 'Claude Design',
  members: 'Members',
  'api-keys': 'API keys',
  'spend-settings': 'Spend settings',
};

export interface PageMarkProps {
  pageKind: AnalyticsPageKind;
  orgName: string | null;
  mode: 'no-key' | 'live' | 'demo' | 'unavailable';
}

/** A quiet pill saying Uptake recognised this page, for whom, and on what data. */
export function PageMark({ pageKind, orgName, mode }: PageMarkProps) {
  const detail =
    mode === 'demo'
      ? `${orgName ?? 'Demo organisation'} · demo data`
      : mode === 'live'
        ? (orgName ?? 'Live data')
        : mode === 'no-key'
          ? 'No API key yet — open Uptake options'
          : 'Background not reachable';
  return (
    <div
      class="mark"
      role="status"
      aria-label={`Uptake recognised the ${pageNames[pageKind]} page`}
    >
      <span class="logo" aria-hidden="true">
        ▲
      </span>
      <strong>Uptake</strong>
      <span class="sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="uptake-page-kind">{pageNames[pageKind]}</span>
      <span class="sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="uptake-org">{detail}</span>
    </div>
  );
}
