import { useStatus } from '@/lib/ui/use-background';

/** The admin's companion page (full tab). Grows into teams, funnel, seats, spend and impact views. */
export function App() {
  const status = useStatus();
  const org = status.state === 'ready' ? (status.value.orgName ?? 'Your organisation') : '…';
  return (
    <>
      <header class="bar">
        <span class="logo" aria-hidden="true">
          ▲
        </span>
        <h1>Uptake companion</h1>
      </header>
      <main class="page">
        <section class="card" aria-labelledby="org-heading">
          <h2 id="org-heading" data-testid="org-name">
            {org}
          </h2>
          {status.state === 'error' && (
            <p role="alert">Uptake's background is not answering: {status.message}</p>
          )}
          {status.state === 'ready' && (
            <p class="muted" data-testid="mode">
              {status.value.mode === 'demo'
                ? 'Showing the built-in demo organisation.'
                : status.value.mode === 'live'
                  ? 'Live data from the Claude Enterprise Analytics API.'
                  : 'No data yet: add an API key in Options, or try the demo organisation.'}
            </p>
          )}
        </section>
      </main>
    </>
  );
}
