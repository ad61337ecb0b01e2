import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messages/send';
import { getMeta, historyStats, setMeta, type HistoryStats } from '@/lib/store/history';
import { exportFileName, exportHistory, importHistory, type ImportMode } from '@/lib/store/export';

type Note = { tone: 'ok' | 'bad' | 'muted'; text: string } | null;

function megabytes(bytes: number | null): string {
  return bytes === null ? 'unknown' : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** The local history: what it holds, and moving it to another device as a file. */
export function HistorySection() {
  const [stats, setStats] = useState<HistoryStats | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    void historyStats().then(setStats, () => setStats(null));
  }, [refresh]);

  const download = async () => {
    setBusy(true);
    try {
      const now = Date.now();
      const blob = await exportHistory({ now });
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
    setBusy(true);
    try {
      const result = await importHistory(file, { mode });
      // The latest day is meta, not history: take it from what was imported when newer.
      const imported = await historyStats();
      const known = await getMeta('latestAvailableDay');
      const last = imported.summaryDays.last;
      if (last && (!known || last > known)) await setMeta('latestAvailableDay', last);
      await sendToBackground({ type: 'to-background:history-changed' });
      const records = Object.values(result.written).reduce((s, n) => s + n, 0);
      setNote({
        tone: 'ok',
        text: `Imported ${file.name}: ${records.toLocaleString()} records (${mode}).`,
      });
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
      {note && (
        <p role="status" data-testid="history-note" class={note.tone}>
          {note.text}
        </p>
      )}
    </section>
  );
}
