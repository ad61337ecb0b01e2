import type { ComponentChildren } from 'preact';
import { StateNote } from './view-state';

export interface ExportItem {
  id: string;
  label: string;
  group: 'Tables (CSV)' | 'Team snapshots for leads';
  /** Why it cannot be exported now (loading, hidden by the privacy floor…); null when ready. */
  unavailable: string | null;
}

/** Exports and sharing: a CSV for every table, chart images, and team snapshot files for leads. */
export function ExportsView(props: {
  items: ExportItem[];
  pseudonymised: boolean;
  onExport: (id: string) => void;
  lastExport: string | null;
  charts: ComponentChildren;
}) {
  const groups = ['Tables (CSV)', 'Team snapshots for leads'] as const;
  return (
    <section class="card" aria-labelledby="ex-h" data-testid="exports-view">
      <h2 id="ex-h">Exports and sharing</h2>
      <p data-testid="pseudonym-note" class={props.pseudonymised ? 'ok' : 'muted'}>
        {props.pseudonymised
          ? 'Exports are pseudonymised (privacy setting): emails and owner names become stable pseudonyms such as member-3f9a1c2b7d01. Change this in Options → Privacy.'
          : 'Exports name people (the privacy setting allows it). Switch on pseudonymised exports in Options → Privacy to replace names with pseudonyms.'}
      </p>
      {groups.map((g) => (
        <div key={g}>
          <h3>{g}</h3>
          {g === 'Team snapshots for leads' && (
            <p class="muted">
              One file per team for a lead without an API key: aggregates only (no one named), above
              the privacy floor, with a checksum the lead’s Uptake verifies on import. Spend and top
              spenders are never in it.
            </p>
          )}
          <ul class="exports">
            {props.items
              .filter((i) => i.group === g)
              .map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    disabled={i.unavailable !== null}
                    onClick={() => props.onExport(i.id)}
                    data-testid={`export-${i.id}`}
                  >
                    {i.label}
                  </button>
                  {i.unavailable && <span class="muted"> {i.unavailable}</span>}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {props.lastExport && (
        <p role="status" data-testid="last-export">
          {props.lastExport}
        </p>
      )}
      <h3>Chart images</h3>
      <p class="muted">
        Every chart has “Save image” (PNG, with the page’s background). The charts of the current
        scope:
      </p>
      {props.charts ?? <StateNote kind="loading" title="Loading the charts…" />}
    </section>
  );
}
