import type { ChatgptPeriodEntry } from '@/lib/chatgpt/imports';
import type { FilePreview } from '@/lib/chatgpt/preview';
import { periodLabel } from './period-label';

const n = (v: number) => v.toLocaleString('en');
const shownErrors = 20;

/** One dropped file as the import preview shows it: kind, periods, counts, row errors. */
export function FilePreviewCard({
  file,
  imported,
}: {
  file: FilePreview;
  imported: readonly ChatgptPeriodEntry[];
}) {
  if (!file.ok)
    return (
      <div class="chatgpt-file" data-testid="chatgpt-file">
        <h4>{file.fileName}</h4>
        <p class="bad" role="alert" data-testid="chatgpt-file-refused">
          {file.reason} Nothing from this file will be imported.
        </p>
      </div>
    );
  const stored = new Map(imported.filter((e) => e.kind === file.kind).map((e) => [e.periodKey, e]));
  const users = file.kind === 'users';
  return (
    <div class="chatgpt-file" data-testid="chatgpt-file">
      <h4>
        {file.fileName}: {file.kindLabel}, {file.cadences.join(' and ')}
      </h4>
      <p data-testid="chatgpt-file-summary">
        {n(file.dataRows)} rows, {file.periods.length}{' '}
        {file.periods.length === 1 ? 'period' : 'periods'}
        {users && `, ${n(file.people)} people, ${n(file.active)} active in at least one period`}
        {file.errorCount > 0 &&
          `; ${n(file.errorCount)} ${file.errorCount === 1 ? 'row has an error and is' : 'rows have errors and are'} left out`}
        .
      </p>
      <table class="table" aria-label={`Periods in ${file.fileName}`}>
        <thead>
          <tr>
            <th>Period</th>
            <th class="num">Rows</th>
            {users && <th class="num">Seats</th>}
            <th class="num">Active</th>
            {users && <th class="num">Pending</th>}
            {users && <th class="num">Deleted</th>}
            <th>On import</th>
          </tr>
        </thead>
        <tbody>
          {file.periods.map((p) => {
            const before = stored.get(p.periodKey);
            return (
              <tr key={p.periodKey} data-testid="chatgpt-period">
                <td>{periodLabel(p)}</td>
                <td class="num">{n(p.rows)}</td>
                {users && <td class="num">{n(p.seats)}</td>}
                <td class="num">{n(p.active)}</td>
                {users && <td class="num">{n(p.pending)}</td>}
                {users && <td class="num">{n(p.deleted)}</td>}
                <td>
                  {p.supersededBy
                    ? `Skipped: ${p.supersededBy} holds the same period`
                    : before
                      ? `Replaces the ${n(before.rows)} rows imported ${new Date(before.importedAt).toLocaleString()}`
                      : 'New'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {file.ignoredColumns.length > 0 && (
        <p class="muted">
          Columns Uptake does not read (ignored): {file.ignoredColumns.join(', ')}.
        </p>
      )}
      {file.errors.length > 0 && (
        <ul
          class="issues bad"
          aria-label={`Rows with errors in ${file.fileName}`}
          data-testid="chatgpt-row-errors"
        >
          {file.errors.slice(0, shownErrors).map((e) => (
            <li key={`${e.row} ${e.column}`}>
              Row {e.row}
              {e.column ? `, column ${e.column}` : ''}: {e.message}
            </li>
          ))}
          {file.errorCount > shownErrors && <li>and {n(file.errorCount - shownErrors)} more.</li>}
        </ul>
      )}
    </div>
  );
}
