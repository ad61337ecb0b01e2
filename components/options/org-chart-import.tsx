import { useState } from 'preact/hooks';
import { StatusNote, messageOf, type Note } from '@/components/options/parts';
import {
  fieldLabels,
  orgChartFields,
  previewOrgChart,
  type ColumnMapping,
  type OrgChartPreview,
} from '@/lib/org-chart';
import { matchTeams, type NamedGroup } from '@/lib/org-chart/to-metrics';
import { orgChartMaxBytes } from '@/lib/org-chart/parse';

export interface OrgChartSummary {
  fileName: string;
  importedAt: number;
  people: number;
  teams: number;
  skippedRows: number;
}

type Pending = { fileName: string; text: string; preview: OrgChartPreview };
type OkPreview = Extract<OrgChartPreview, { ok: true }>;

const shownIssues = 50;

function MappingPicker({
  headers,
  mapping,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  return (
    <div class="form-grid" aria-label="Column mapping" role="group">
      {orgChartFields.map((f) => (
        <div key={f}>
          <label for={`orgchart-map-${f}`}>{fieldLabels[f]} column</label>
          <select
            id={`orgchart-map-${f}`}
            value={mapping[f] === null ? '' : String(mapping[f])}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ ...mapping, [f]: v === '' ? null : Number(v) });
            }}
          >
            <option value="">(none)</option>
            {headers.map((h, i) => (
              <option key={i} value={String(i)}>
                {h || `Column ${i + 1}`}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

function PreviewDetails({ preview, groups }: { preview: OkPreview; groups: NamedGroup[] }) {
  const matched = new Map(
    matchTeams(
      preview.teams.map((t) => t.name),
      groups,
    ).map((m) => [m.team, m.groupId]),
  );
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id;
  return (
    <div data-testid="orgchart-preview">
      <p>
        <strong>{preview.rows.length.toLocaleString('en')}</strong> people in{' '}
        <strong>{preview.teams.length}</strong> teams from {preview.totalRows.toLocaleString('en')}{' '}
        rows; {preview.errors.length} {preview.errors.length === 1 ? 'row has' : 'rows have'} an
        error and will be skipped.
      </p>
      {preview.errors.length > 0 && (
        <ul class="issues bad" data-testid="orgchart-errors" aria-label="Rows with errors">
          {preview.errors.slice(0, shownIssues).map((e) => (
            <li key={`e${e.row}`}>
              Row {e.row}: {e.message}
            </li>
          ))}
          {preview.errors.length > shownIssues && (
            <li>and {preview.errors.length - shownIssues} more.</li>
          )}
        </ul>
      )}
      {preview.warnings.length > 0 && (
        <ul class="issues" data-testid="orgchart-warnings" aria-label="Warnings">
          {preview.warnings.slice(0, shownIssues).map((w, i) => (
            <li key={`w${i}`}>
              Row {w.row}: {w.message}
            </li>
          ))}
        </ul>
      )}
      <table class="table" aria-label="First rows">
        <thead>
          <tr>
            <th>Email</th>
            <th>Team</th>
            <th>Manager</th>
            <th>Seat</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, 5).map((r) => (
            <tr key={r.email}>
              <td>{r.email}</td>
              <td>{r.team}</td>
              <td>{r.manager ?? '—'}</td>
              <td>{r.seatStatus ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="table" aria-label="Teams" data-testid="orgchart-teams">
        <thead>
          <tr>
            <th>Team</th>
            <th class="num">People</th>
            <th>Group in the API</th>
          </tr>
        </thead>
        <tbody>
          {preview.teams.slice(0, 100).map((t) => {
            const id = matched.get(t.name) ?? null;
            return (
              <tr key={t.name}>
                <td>{t.name}</td>
                <td class="num">{t.count.toLocaleString('en')}</td>
                <td>{id ? groupName(id) : <span class="muted">new team (org chart)</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Org-chart CSV import: pick a file, check the preview (column mapping, row
 * errors, formula-like cells kept as text, teams matched to API groups),
 * then apply. Nothing changes until "Apply"; a failed apply keeps the
 * previous chart.
 */
export function OrgChartImport({
  current,
  groups,
  onApply,
  onRemove,
}: {
  current: OrgChartSummary | null;
  groups: NamedGroup[];
  onApply: (preview: OkPreview, fileName: string) => Promise<void>;
  onRemove: () => Promise<void>;
}) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNote(null);
    if (file.size > orgChartMaxBytes) {
      setPending(null);
      setNote({
        tone: 'bad',
        text: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; Uptake reads org charts up to ${orgChartMaxBytes / 1024 / 1024} MB. Nothing was changed.`,
      });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      setPending({ fileName: file.name, text, preview: previewOrgChart(text) });
    } finally {
      setBusy(false);
    }
  };

  const remap = (mapping: ColumnMapping) =>
    pending && setPending({ ...pending, preview: previewOrgChart(pending.text, mapping) });

  const apply = async () => {
    if (!pending?.preview.ok) return;
    setBusy(true);
    try {
      await onApply(pending.preview, pending.fileName);
      setNote({
        tone: 'ok',
        text: `Org chart applied: ${pending.preview.rows.length.toLocaleString('en')} people in ${pending.preview.teams.length} teams from ${pending.fileName}.`,
      });
      setPending(null);
    } catch (error) {
      setNote({
        tone: 'bad',
        text: `Not applied: ${messageOf(error)} The previous org chart is kept.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const preview = pending?.preview;
  return (
    <div class="org-chart">
      <h3>Org chart (CSV)</h3>
      <p class="muted">
        Columns: email and team, optionally manager and seat status (assigned, unassigned, pending).
        Teams that match a group's name are tied to it; others become teams of their own. The org
        chart's head count is the best group size.
      </p>
      <p data-testid="orgchart-current">
        {current
          ? `In use: ${current.fileName}, ${current.people.toLocaleString('en')} people in ${current.teams} teams, applied ${new Date(current.importedAt).toLocaleString()}.`
          : 'No org chart applied.'}
      </p>
      <label for="orgchart-file">Choose an org-chart CSV</label>
      <input
        id="orgchart-file"
        class="file-input"
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(e) => void pick(e.currentTarget)}
      />
      {pending && preview && (
        <div class="preview">
          <p>
            Preview of <strong>{pending.fileName}</strong> — nothing is applied until you confirm.
          </p>
          {!preview.ok && (
            <p class="bad" role="alert" data-testid="orgchart-refused">
              {preview.reason}
            </p>
          )}
          {(preview.ok || preview.mapping) && (
            <MappingPicker
              headers={preview.headers}
              mapping={preview.ok ? preview.mapping : preview.mapping!}
              onChange={remap}
            />
          )}
          {preview.ok && <PreviewDetails preview={preview} groups={groups} />}
          <div class="actions">
            <button
              class="primary"
              type="button"
              disabled={busy || !preview.ok || preview.rows.length === 0}
              onClick={() => void apply()}
            >
              Apply org chart
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {current && !pending && (
        <div class="actions">
          <button
            type="button"
            onClick={() =>
              onRemove().then(
                () => setNote({ tone: 'muted', text: 'Org chart removed.' }),
                (error: unknown) => setNote({ tone: 'bad', text: messageOf(error) }),
              )
            }
          >
            Remove org chart
          </button>
        </div>
      )}
      <StatusNote note={note} testId="orgchart-status" />
    </div>
  );
}
