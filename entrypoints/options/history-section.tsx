import { useEffect, useState } from 'preact/hooks';
import { readRegistry } from '@/lib/store/active-history';
import { historyStats, type HistoryStats } from '@/lib/store/history';
import { exportFileName, exportHistory, type ImportMode } from '@/lib/store/export';
import { activeSource } from '@/lib/store/sources';
import { commitImport, prepareImport, type PreparedImport } from './history-import';
import { KeptHistories } from './kept-histories';
import { useRegistry } from './use-registry';

type Note = { tone: 'ok' | 'bad' | 'muted'; text: string } | null;

function megabytes(bytes: number | null): string {
  return bytes === null ? 'unknown' : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * The local history: whose it is and which other sources' histories are kept,
 * what it holds, and moving it to another device as a file (an import from
 * another organisation is asked about first).
 */
export function HistorySection() {
  const [stats, setStats] = useState<HistoryStats | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [asking, setAsking] = useState<PreparedImport | null>(null);
  const { registry, kept } = useRegistry(refresh);

  useEffect(() => {
    void historyStats().then(setStats, () => setStats(null));
  }, [refresh, registry?.active]);

  const download = async () => {
    setBusy(true);
    try {
      const now = Date.now();
      const registry = await readRegistry();
      const shown = registry ? activeSource(registry) : null;
      const source = shown ? { kind: shown.kind, name: shown.name, orgId: shown.orgId } : undefined;
      const blob = await exportHistory({ now, ...(source ? { source } : {}) });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = exportFileName(now, blob.type === 'application/gzip');
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNote({
        tone: 'ok',
        text: `Exported ${a.download} (${megabytes(blob.size)}). It holds no API key.`,
      });
    } catch (error) {
      setNote({ tone: 'bad', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const upload = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setAsking(null);
    await work(async () => {
      const prepared = await prepareImport(file);
      if (prepared.origin.same) return { tone: 'ok', text: await commitImport(prepared, mode) };
      setAsking(prepared);
      return null;
    });
  };

  const work = async (body: () => Promise<Note>) => {
    setBusy(true);
    try {
      setNote(await body());
    } catch (error) {
      setNote({ tone: 'bad', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      setRefresh((r) => r + 1);
    }
  };

  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History on this device</h2>
      {registry && <KeptHistories registry={registry} kept={kept} />}
      {stats ? (
        <p data-testid="history-stats">
          {stats.userDays.first
            ? `Member activity from ${stats.userDays.first} to ${stats.userDays.last} (${stats.counts.userDays} days); summaries from ${stats.summaryDays.first} to ${stats.summaryDays.last}. About ${megabytes(stats.bytes.usage ?? stats.bytes.columnar)} on disk.`
            : stats.summaryDays.first
              ? `Summaries from ${stats.summaryDays.first} to ${stats.summaryDays.last}; member activity not synced yet.`
              : 'Nothing stored yet.'}
        </p>
      ) : (
        <p class="muted">Reading the history…</p>
      )}
      <p class="muted">
        Uptake keeps history beyond the API's window. Move it to a new laptop as a file: the file
        holds the history only, never the API key.
      </p>
      <div class="actions">
        <button type="button" onClick={download} disabled={busy}>
          Export history
        </button>
        <label class="file-button">
          <input
            type="file"
            accept=".ndjson,.gz,application/x-ndjson,application/gzip"
            onChange={upload}
            disabled={busy}
          />
          Import history…
        </label>
        <select
          aria-label="Import mode"
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value as ImportMode)}
        >
          <option value="merge">merge with what is here (newer wins)</option>
          <option value="replace">replace what is here</option>
        </select>
      </div>
      {asking && (
        <div class="confirm" role="group" aria-label="Confirm the history import">
          <p data-testid="import-question">{asking.origin.sentence}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                const prepared = asking;
                setAsking(null);
                void work(async () => ({ tone: 'ok', text: await commitImport(prepared, mode) }));
              }}
            >
              Import it anyway
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(null);
                setNote({ tone: 'muted', text: `${asking.name} was not imported.` });
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {note && (
        <p role="status" data-testid="history-note" class={note.tone}>
          {note.text}
        </p>
      )}
    </section>
  );
}
