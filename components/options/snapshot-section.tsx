import { hiddenLabel } from '@/lib/metrics/publication-gate';
import { useState } from 'preact/hooks';
import { Section, StatusNote, messageOf, type Note } from '@/components/options/parts';

export interface ImportedSnapshot {
  team: string;
  orgName: string | null;
  latestDay: string | null;
  age: string;
}

export interface SnapshotGroup {
  id: string;
  name: string | null;
  hiddenBecause: string | null;
}

type Outcome = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Team snapshots. A lead without the API key imports the file an admin sent
 * (it is verified, then the popup shows that team); an admin exports one
 * group's snapshot (aggregates only, above the privacy floor).
 */
export function SnapshotSection({
  imported,
  groups,
  onImport,
  onRemove,
  onExport,
}: {
  imported: ImportedSnapshot | null;
  groups: SnapshotGroup[];
  onImport: (file: File) => Promise<Outcome>;
  onRemove: () => Promise<void>;
  onExport: (groupId: string) => Promise<Outcome>;
}) {
  const [note, setNote] = useState<Note>(null);
  const shown = groups.filter((g) => !g.hiddenBecause);
  const [group, setGroup] = useState(shown[0]?.id ?? '');
  const report = (o: Outcome) =>
    setNote(o.ok ? { tone: 'ok', text: o.text } : { tone: 'bad', text: o.reason });
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      report(await onImport(file));
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
    }
  };
  return (
    <Section
      id="team-snapshot"
      title="Team snapshot"
      intro="A small file with one team's aggregates (no names), for a team lead who holds no API key."
    >
      <p data-testid="snapshot-current">
        {imported
          ? `Imported: ${imported.team}${imported.orgName ? ` (${imported.orgName})` : ''}, ${imported.age}, figures up to ${imported.latestDay ?? '—'}. The popup shows it.`
          : 'No team snapshot imported.'}
      </p>
      <label for="snapshot-file">Import a team snapshot</label>
      <input
        id="snapshot-file"
        class="file-input"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void pick(e.currentTarget)}
      />
      {imported && (
        <div class="actions">
          <button
            type="button"
            onClick={() =>
              onRemove().then(
                () => setNote({ tone: 'muted', text: 'Team snapshot removed.' }),
                (e: unknown) => setNote({ tone: 'bad', text: messageOf(e) }),
              )
            }
          >
            Remove team snapshot
          </button>
        </div>
      )}
      {groups.length > 0 && (
        <>
          <h3>Export a team snapshot (admins)</h3>
          <div class="actions">
            <label for="snapshot-group" class="visually-inline">
              Team
            </label>
            <select
              id="snapshot-group"
              value={group}
              onChange={(e) => setGroup(e.currentTarget.value)}
            >
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name ?? g.id}
                  {hiddenLabel(g.hiddenBecause)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!group}
              onClick={() =>
                onExport(group).then(report, (e: unknown) =>
                  setNote({ tone: 'bad', text: messageOf(e) }),
                )
              }
            >
              Export team snapshot
            </button>
          </div>
        </>
      )}
      <StatusNote note={note} testId="snapshot-status" />
    </Section>
  );
}
