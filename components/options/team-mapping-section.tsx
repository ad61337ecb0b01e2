import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  FieldError,
  LockBadge,
  Section,
  StatusNote,
  messageOf,
  type Note,
} from '@/components/options/parts';
import { wholeNumber } from '@/components/options/validate';

export type TeamSource = 'api-groups' | 'org-chart';

export interface GroupRow {
  id: string;
  name: string | null;
  /** Why the privacy floor hides its figures, or null. */
  hiddenBecause: string | null;
}

/**
 * Seats typed per group → `metrics.groupSeats` (blank = none). Each entry a
 * whole number from 0 to 1,000,000; errors by group id.
 */
export function groupSeatsFrom(
  entries: Record<string, string>,
): { seats: Record<string, number> } | { errors: Record<string, string> } {
  const seats: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const [id, text] of Object.entries(entries)) {
    if (text.trim() === '') continue;
    const checked = wholeNumber(text, 0, 1_000_000);
    if ('error' in checked) errors[id] = checked.error;
    else seats[id] = checked.value;
  }
  return Object.keys(errors).length ? { errors } : { seats };
}

/**
 * Team mapping: where teams come from (the API's RBAC groups or the org
 * chart), the groups the API reported with a seat count per group (a
 * group-size source after the org chart), and the org-chart import.
 */
export function TeamMappingSection({
  groups,
  seats,
  teamSource,
  teamSourceLocked,
  onSaveSeats,
  onSaveTeamSource,
  children,
}: {
  groups: GroupRow[];
  seats: Record<string, number>;
  teamSource: TeamSource;
  teamSourceLocked: boolean;
  onSaveSeats: (seats: Record<string, number>) => Promise<void>;
  onSaveTeamSource: (source: TeamSource) => Promise<void>;
  children?: ComponentChildren;
}) {
  const ids = [
    ...groups.map((g) => g.id),
    ...Object.keys(seats).filter((id) => !groups.some((g) => g.id === id)),
  ];
  const [entries, setEntries] = useState<Record<string, string>>(() =>
    Object.fromEntries(ids.map((id) => [id, seats[id] === undefined ? '' : String(seats[id])])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<Note>(null);
  const save = async (event: Event) => {
    event.preventDefault();
    const result = groupSeatsFrom(entries);
    if ('errors' in result) {
      setErrors(result.errors);
      setNote({ tone: 'bad', text: 'Seats not saved: fix the rows marked below.' });
      return;
    }
    setErrors({});
    try {
      await onSaveSeats(result.seats);
      setNote({ tone: 'ok', text: 'Seats per group saved.' });
    } catch (e) {
      setNote({ tone: 'bad', text: messageOf(e) });
    }
  };
  const nameOf = (id: string) => groups.find((g) => g.id === id)?.name ?? null;
  return (
    <Section
      id="teams"
      title="Team mapping"
      intro="Group sizes are not in the API. Uptake uses, best first: an imported org chart's head count, the seats you enter per group, then members seen in activity (approximate)."
    >
      <fieldset class="choices" disabled={teamSourceLocked}>
        <legend>
          Teams come from
          <LockBadge locked={teamSourceLocked} />
        </legend>
        {(
          [
            ['api-groups', 'RBAC groups in the Analytics API'],
            ['org-chart', 'the imported org chart'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="team-source"
              checked={teamSource === value}
              onChange={() =>
                onSaveTeamSource(value).then(
                  () => setNote({ tone: 'ok', text: `Teams come from ${label}.` }),
                  (e: unknown) => setNote({ tone: 'bad', text: messageOf(e) }),
                )
              }
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <h3>Groups and seats</h3>
      {ids.length === 0 ? (
        <p class="muted" data-testid="groups-empty">
          No group yet: groups appear after the first sync.
        </p>
      ) : (
        <form onSubmit={save} noValidate aria-label="Seats per group">
          <table class="table" data-testid="groups-list">
            <thead>
              <tr>
                <th>Group</th>
                <th>Id</th>
                <th class="num">Seats (optional)</th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const name = nameOf(id);
                const hidden = groups.find((g) => g.id === id)?.hiddenBecause;
                return (
                  <tr key={id}>
                    <td>
                      {name ?? <span class="muted">not found</span>}
                      {hidden && <p class="hint">Hidden: {hidden}</p>}
                    </td>
                    <td>
                      <code>{id}</code>
                    </td>
                    <td class="num">
                      <input
                        type="text"
                        inputMode="numeric"
                        aria-label={`Seats for ${name ?? id}`}
                        value={entries[id] ?? ''}
                        aria-invalid={errors[id] ? true : undefined}
                        aria-describedby={errors[id] ? `seats-${id}-error` : undefined}
                        onInput={(e) => setEntries({ ...entries, [id]: e.currentTarget.value })}
                      />
                      <FieldError id={`seats-${id}-error`} message={errors[id]} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="actions">
            <button class="primary" type="submit">
              Save seats
            </button>
          </div>
        </form>
      )}
      <StatusNote note={note} testId="teams-status" />
      {children}
    </Section>
  );
}
