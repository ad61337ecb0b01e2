import { useState } from 'preact/hooks';
import type { ChatgptKind, ChatgptPeriodEntry, ChatgptPeriodWrite } from '@/lib/chatgpt/imports';
import type { FilePreview } from '@/lib/chatgpt/preview';
import type { ChatgptPeriodKey } from '@/lib/chatgpt/records';
import { FilePreviewCard } from './file-preview';
import { ImportedPeriods } from './imported-periods';
import { kindName } from './period-label';

/** Files above this are refused unread (the exports of a large workspace are a few MB a month). */
export const chatgptMaxFileBytes = 100 * 1024 * 1024;

export interface ChatgptImportProps {
  /** Periods already imported (null while loading). */
  periods: readonly ChatgptPeriodEntry[] | null;
  /** Parses `files` off the page's thread; nothing is stored. */
  onPreview: (
    files: File[],
    onProgress: (file: number, share: number) => void,
  ) => Promise<FilePreview[]>;
  /** Stores what the last preview showed. */
  onImport: () => Promise<ChatgptPeriodWrite[]>;
  /** Drops the last preview. */
  onCancel: () => void;
  onRemove: (periodKey: ChatgptPeriodKey, kind: ChatgptKind) => Promise<void>;
}

type Note = { tone: 'ok' | 'bad'; text: string } | null;

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The sentence after an import: how many periods, which were new and which replaced earlier rows. */
export function importedSentence(written: readonly ChatgptPeriodWrite[]): string {
  const replaced = written.filter((w) => w.replacedRows > 0);
  const rows = written.reduce((sum, w) => sum + w.rows, 0);
  const replacing = replaced.length
    ? ` ${plural(replaced.length, 'period')} replaced what was imported before (${replaced
        .map(
          (w) =>
            `${kindName[w.kind]} ${w.periodKey.split(':').slice(1).join(' – ')}: ${plural(w.replacedRows, 'row')} replaced`,
        )
        .join('; ')}).`
    : '';
  return `Imported ${plural(written.length, 'period')}, ${plural(rows, 'row')}.${replacing}`;
}

/**
 * ChatGPT Enterprise import: drop or pick User Engagement and GPT Engagement
 * CSV files (one or many), check the preview, then import. Nothing is stored
 * until "Import"; a period imported again replaces the earlier rows.
 */
export function ChatgptImport({
  periods,
  onPreview,
  onImport,
  onCancel,
  onRemove,
}: ChatgptImportProps) {
  const [previews, setPreviews] = useState<FilePreview[] | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  const take = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setNote(null);
    setPreviews(null);
    const tooBig = files.find((f) => f.size > chatgptMaxFileBytes);
    if (tooBig)
      return setNote({
        tone: 'bad',
        text: `${tooBig.name} is ${(tooBig.size / 1048576).toFixed(0)} MB; Uptake reads exports up to ${chatgptMaxFileBytes / 1048576} MB. Nothing was read.`,
      });
    setBusy(true);
    try {
      setProgress(`Reading ${files.length === 1 ? files[0]!.name : `${files.length} files`}…`);
      const result = await onPreview(files, (i, share) =>
        setProgress(`Reading ${files[i]?.name ?? ''}… ${Math.round(share * 100)} %`),
      );
      setPreviews(result);
    } catch (error) {
      setNote({
        tone: 'bad',
        text: `The files could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const written = await onImport();
      setNote({ tone: 'ok', text: importedSentence(written) });
      setPreviews(null);
    } catch (error) {
      setNote({
        tone: 'bad',
        text: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPreviews(null);
    onCancel();
  };

  const importable = previews?.some((p) => p.ok && p.periods.some((x) => !x.supersededBy)) ?? false;
  return (
    <div class="chatgpt-import" data-testid="chatgpt-import">
      <p class="muted">
        In ChatGPT, Workspace settings → Analytics (or admin console → Analytics) → Export: download
        the User Engagement and GPT Engagement CSV files, weekly or monthly. Drop them here; Uptake
        tells them apart by their columns.
      </p>
      <div
        class="drop-zone"
        data-testid="chatgpt-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          if (!busy) void take(e.dataTransfer?.files);
        }}
      >
        <label for="chatgpt-files">Drop CSV files here, or choose them</label>
        <input
          id="chatgpt-files"
          class="file-input"
          type="file"
          accept=".csv,text/csv"
          multiple
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            void take(input.files).finally(() => (input.value = ''));
          }}
        />
      </div>
      {progress && (
        <p role="status" class="muted" data-testid="chatgpt-progress">
          {progress}
        </p>
      )}
      {note && (
        <p role="status" class={`note ${note.tone}`} data-testid="chatgpt-note">
          {note.text}
        </p>
      )}
      {previews && (
        <div class="preview" data-testid="chatgpt-preview">
          <p>Preview — nothing is imported until you confirm.</p>
          {previews.map((file, i) => (
            <FilePreviewCard key={`${i} ${file.fileName}`} file={file} imported={periods ?? []} />
          ))}
          <div class="actions">
            <button
              class="primary"
              type="button"
              disabled={busy || !importable}
              onClick={() => void confirm()}
            >
              Import
            </button>
            <button type="button" disabled={busy} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <h3>Imported periods</h3>
      <ImportedPeriods
        periods={periods}
        busy={busy}
        onRemove={(key, kind) => {
          setBusy(true);
          void onRemove(key, kind)
            .catch((error: unknown) =>
              setNote({
                tone: 'bad',
                text: `Not removed: ${error instanceof Error ? error.message : String(error)}`,
              }),
            )
            .finally(() => setBusy(false));
        }}
      />
    </div>
  );
}
