import { useStatus } from '@/lib/ui/use-background';

/** The team lead's popup. Grows into the team summary (adoption vs target, champions, suggestions). */
export function App() {
  const status = useStatus();
  return (
    <main class="popup">
      <header class="bar">
        <span class="logo" aria-hidden="true">
          ▲
        </span>
        <h1>Uptake</h1>
      </header>
      {status.state === 'loading' && <p class="muted">Loading…</p>}
      {status.state === 'error' && (
        <p role="alert">Uptake's background is not answering: {status.message}</p>
      )}
      {status.state === 'ready' && (
        <section aria-label="Organisation">
          <p class="org" data-testid="org-name">
            {status.value.orgName ?? 'Your organisation'}
          </p>
          <p class="muted" data-testid="mode">
            {status.value.mode === 'demo'
              ? 'Demo data — a synthetic organisation'
              : status.value.mode === 'live'
                ? 'Live data from the Analytics API'
                : 'No API key yet. An admin adds one in the options page.'}
          </p>
          <nav class="links">
            <a href="/companion.html" target="_blank">
              Open companion
            </a>
            <a href="/options.html" target="_blank">
              Options
            </a>
          </nav>
        </section>
      )}
    </main>
  );
}
