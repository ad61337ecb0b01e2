import { useState } from 'preact/hooks';
import { Section, StatusNote, messageOf, type Note } from '@/components/options/parts';

export type ReadImport = (
  text: string,
) => { ok: true; sections: string[]; apply: () => Promise<void> } | { ok: false; reason: string };

/**
 * Local data: erase the synced history (after a confirmation), and export or
 * import the settings as a JSON file (an import is validated and shown
 * before it is applied).
 */
export function DataSection({
  latestDay,
  onClear,
  onExport,
  readImport,
}: {
  latestDay: string | null;
  onClear: () => Promise<void>;
  onExport: () => Promise<void>;
  readImport: ReadImport;
}) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<{
    name: string;
    sections: string[];
    apply: () => Promise<void>;
  } | null>(null);
  const [note, setNote] = useState<Note>(null);
  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setNote({ tone: 'ok', text: done });
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
    }
  };
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    if (file.size > 1024 * 1024) {
      setNote({
        tone: 'bad',
        text: `${file.name} is larger than 1 MB; it is not an Uptake settings file.`,
      });
      return;
    }
    const result = readImport(await file.text());
    if (!result.ok) setNote({ tone: 'bad', text: result.reason });
    else {
      setNote(null);
      setPending({ name: file.name, sections: result.sections, apply: result.apply });
    }
  };
  return (
    <Section id="data" title="Local data and settings files">
      <h3>Clear local data</h3>
      <p class="muted">
        The synced history on this device{latestDay ? ` (up to ${latestDay})` : ''}, the popup's
        saved picture and an imported team snapshot. Settings, the API key and the org chart are
        kept; the next sync fetches the history again.
      </p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Clear local data…
        </button>
      ) : (
        <div class="confirm" role="group" aria-label="Confirm clearing local data">
          <p>Erase the synced history on this device? This cannot be undone.</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void act(async () => {
                  await onClear();
                  setConfirming(false);
                }, 'Local data cleared. The next sync fetches the history again.')
              }
            >
              Erase history
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <h3>Settings file</h3>
      <p class="muted">
        Targets, champion rules, privacy, seats, features and sync, as JSON — never the API key or
        the history.
      </p>
      <div class="actions">
        <button type="button" onClick={() => void act(onExport, 'Settings exported.')}>
          Export settings
        </button>
      </div>
      <label for="settings-file">Import settings from a file</label>
      <input
        id="settings-file"
        class="file-input"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void pick(e.currentTarget)}
      />
      {pending && (
        <div class="confirm" role="group" aria-label="Confirm the settings import">
          <p data-testid="settings-import-preview">
            {pending.name} sets: {pending.sections.join(', ')}. Values your organisation's policy
            sets stay as they are.
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() =>
                void act(async () => {
                  await pending.apply();
                  setPending(null);
                }, `Settings imported from ${pending.name}.`)
              }
            >
              Import these settings
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <StatusNote note={note} testId="data-status" />
    </Section>
  );
}
