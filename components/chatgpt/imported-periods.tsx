import type { ChatgptKind, ChatgptPeriodEntry } from '@/lib/chatgpt/imports';
import type { ChatgptPeriodKey } from '@/lib/chatgpt/records';
import { kindName, periodLabel } from './period-label';

/** The periods already imported, each with a remove button. */
export function ImportedPeriods({
  periods,
  busy,
  onRemove,
}: {
  periods: readonly ChatgptPeriodEntry[] | null;
  busy: boolean;
  onRemove: (periodKey: ChatgptPeriodKey, kind: ChatgptKind) => void;
}) {
  if (!periods) return <p class="muted">Loading the imported periods…</p>;
  if (periods.length === 0)
    return (
      <p class="muted" data-testid="chatgpt-imported-none">
        No ChatGPT export imported yet.
      </p>
    );
  return (
    <table class="table" aria-label="Imported ChatGPT periods" data-testid="chatgpt-imported">
      <thead>
        <tr>
          <th>Period</th>
          <th>Export</th>
          <th class="num">Rows</th>
          <th>Imported</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={`${p.kind} ${p.periodKey}`} data-testid="chatgpt-imported-period">
            <td>{periodLabel(p)}</td>
            <td>{kindName[p.kind]}</td>
            <td class="num">{p.rows.toLocaleString('en')}</td>
            <td>{new Date(p.importedAt).toLocaleString()}</td>
            <td>
              <button
                type="button"
                disabled={busy}
                aria-label={`Remove ${kindName[p.kind]} ${periodLabel(p)}`}
                onClick={() => onRemove(p.periodKey, p.kind)}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
