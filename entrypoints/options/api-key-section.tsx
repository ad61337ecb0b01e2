import { useEffect, useState } from 'preact/hooks';
import { SyncStatus } from '@/components/sync-status';
import { sendToBackground } from '@/lib/messages/send';
import { useStatus } from '@/lib/ui/use-background';
import { KeyQuestion } from './key-question';
import { useRegistry } from './use-registry';

type Persistence = 'device' | 'session';
type Note = { tone: 'ok' | 'bad' | 'muted'; text: string } | null;

/** API key: save (on this device or for this session), test, forget; sync progress and outcome. */
export function ApiKeySection() {
  const [key, setKey] = useState('');
  const [persistence, setPersistence] = useState<Persistence>('device');
  const [saved, setSaved] = useState<{ hint: string | null; persistence: Persistence | null }>({
    hint: null,
    persistence: null,
  });
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const status = useStatus(refresh);
  const { registry } = useRegistry(refresh);

  useEffect(() => {
    void sendToBackground({ type: 'to-background:get-key-status' }).then((s) => {
      setSaved(s);
      if (s.persistence) setPersistence(s.persistence);
    });
  }, [refresh]);

  const act = async (work: () => Promise<Note>) => {
    setBusy(true);
    try {
      setNote(await work());
    } catch (error) {
      setNote({ tone: 'bad', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      setRefresh((r) => r + 1);
    }
  };

  const save = (event: Event) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) return setNote({ tone: 'bad', text: 'Paste an Analytics API key first.' });
    void act(async () => {
      const result = await sendToBackground({
        type: 'to-background:save-key',
        key: trimmed,
        persistence,
      });
      setKey('');
      return {
        tone: 'ok',
        text: `Saved ${result.hint} ${persistence === 'device' ? 'on this device' : 'for this browser session'}. Syncing now.`,
      };
    });
  };

  const test = () =>
    act(async () => {
      const trimmed = key.trim();
      const result = await sendToBackground({
        type: 'to-background:test-connection',
        ...(trimmed ? { key: trimmed } : {}),
      });
      return { tone: result.ok ? 'ok' : 'bad', text: result.message };
    });

  const forget = () =>
    act(async () => {
      await sendToBackground({ type: 'to-background:forget-key' });
      return { tone: 'muted', text: 'The key is forgotten. Cached history is kept.' };
    });

  const syncNow = () =>
    act(async () => {
      await sendToBackground({ type: 'to-background:sync-now' });
      return { tone: 'muted', text: 'Sync started.' };
    });

  return (
    <form class="card" onSubmit={save} aria-labelledby="key-heading">
      <h2 id="key-heading">API key</h2>
      <p class="muted">
        An Analytics API key (scope <code>read:analytics</code>) created by your Primary Owner in
        claude.ai → Organization settings → API. Uptake sends it to api.anthropic.com only, and only
        its background reads it.
      </p>
      <p data-testid="key-state">
        {saved.hint
          ? `Saved key ${saved.hint} (${saved.persistence === 'session' ? 'this browser session only' : 'kept on this device'}).`
          : 'No key saved.'}
      </p>
      {status.state === 'ready' && status.value.sharedFrom && (
        <p class="note muted" data-testid="key-shared">
          A shared history from {status.value.sharedFrom} is set (Shared history, below): Uptake
          reads the organisation's figures from there and does not sync with a key of its own, so no
          key is needed here.
        </p>
      )}
      <label for="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        spellcheck={false}
        placeholder="sk-ant-api01-…"
        value={key}
        onInput={(e) => setKey(e.currentTarget.value)}
      />
      <fieldset class="choices">
        <legend>Keep the key</legend>
        <label>
          <input
            type="radio"
            name="persistence"
            checked={persistence === 'device'}
            onChange={() => setPersistence('device')}
          />{' '}
          on this device
        </label>
        <label>
          <input
            type="radio"
            name="persistence"
            checked={persistence === 'session'}
            onChange={() => setPersistence('session')}
          />{' '}
          for this browser session only
        </label>
      </fieldset>
      <div class="actions">
        <button class="primary" type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={test} disabled={busy}>
          Test connection
        </button>
        <button type="button" onClick={forget} disabled={busy || !saved.hint}>
          Forget key
        </button>
        <button type="button" onClick={syncNow} disabled={busy}>
          Sync now
        </button>
      </div>
      {note && (
        <p role="status" data-testid="key-note" class={note.tone}>
          {note.text}
        </p>
      )}
      {registry && <KeyQuestion registry={registry} />}
      {status.state === 'ready' && <SyncStatus status={status.value} />}
    </form>
  );
}
