import { useEffect, useState } from 'preact/hooks';
import { readSettings, writeSettings } from '@/lib/store/settings';
import { ApiKeySection } from './api-key-section';
import { HistorySection } from './history-section';

/** The admin's options page. Grows into key handling, targets, champions, privacy and team mapping. */
export function App() {
  const [orgName, setOrgName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void readSettings().then((s) => setOrgName(s.orgName ?? ''));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const next = await writeSettings({ orgName: orgName.trim() || null });
    setSaved(next.orgName ? `Saved: ${next.orgName}` : 'Saved: no name set');
  };

  return (
    <>
      <header class="bar">
        <span class="logo" aria-hidden="true">
          ▲
        </span>
        <h1>Uptake options</h1>
      </header>
      <main class="page">
        <ApiKeySection />
        <HistorySection />
        <form class="card" onSubmit={save} aria-labelledby="org-section">
          <h2 id="org-section">Organisation</h2>
          <p class="muted">How your organisation is named on Uptake's surfaces.</p>
          <label for="org-name">Organisation name</label>
          <input
            id="org-name"
            type="text"
            value={orgName}
            maxLength={120}
            onInput={(e) => setOrgName(e.currentTarget.value)}
          />{' '}
          <button class="primary" type="submit">
            Save
          </button>
          {saved && (
            <p role="status" data-testid="saved">
              {saved}
            </p>
          )}
        </form>
      </main>
    </>
  );
}
