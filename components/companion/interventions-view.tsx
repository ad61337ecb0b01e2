import { useState } from 'preact/hooks';
import {
  interventionTypeNames,
  interventionTypes,
  type Intervention,
  type InterventionType,
} from '@/lib/companion/interventions';
import type { Readout } from '@/lib/companion/intervention-readout';
import { pct, points } from './format';
import { StateNote } from './view-state';

export interface InterventionItem {
  intervention: Intervention;
  teamName: string;
  readout: Readout | null;
}

function ReadoutText(props: {
  r: Readout | null;
  loading: boolean;
  teamName: (id: string) => string;
}) {
  const r = props.r;
  if (!r)
    return (
      <p class="muted">
        {props.loading ? 'Reading the history for the before/after…' : 'No readout.'}
      </p>
    );
  if (r.status === 'refused')
    return (
      <p class="refused" data-testid="readout-refused">
        No readout: {r.detail}
      </p>
    );
  return (
    <div class="readout" data-testid="readout">
      <p>
        Team: <strong data-testid="readout-before">{pct(r.team.before.rate)}</strong> average daily
        adoption before ({r.team.before.from} to {r.team.before.to}, {r.team.before.days} days) →{' '}
        <strong data-testid="readout-after">{pct(r.team.after.rate)}</strong> after (
        {r.team.after.from} to {r.team.after.to}, {r.team.after.days} days): {points(r.team.change)}
        .
      </p>
      <p>
        Comparison: {r.comparison.teamIds.length} similar team(s), {r.comparison.members} people (
        {r.comparison.teamIds.map(props.teamName).join(', ')}): {pct(r.comparison.before)} →{' '}
        {pct(r.comparison.after)}, {points(r.comparison.change)}.
      </p>
      <p>
        Difference: <strong data-testid="readout-difference">{points(r.difference)}</strong> more
        than the comparison group.{' '}
        <span class="muted">
          An association over the same weeks, not proof the action caused it.
        </span>
      </p>
    </div>
  );
}

/** The intervention log (what was done, where, when, by whom) with a before/after readout for each. */
export function InterventionsView(props: {
  items: InterventionItem[];
  loadingReadouts: boolean;
  teams: { id: string; name: string }[];
  today: string;
  scopeName: string;
  onAdd: (i: Omit<Intervention, 'id'>) => void;
  onRemove: (id: string) => void;
  teamName: (id: string) => string;
  /** False in team-grain mode (the publication gate): owners, who are people, are not shown. */
  ownersShown: boolean;
}) {
  return (
    <section class="card" aria-labelledby="iv-h" data-testid="interventions-view">
      <h2 id="iv-h">Interventions, {props.scopeName}</h2>
      <p class="muted">
        Log enablement actions. For each, Uptake compares the team’s average daily adoption in the
        28 days before with the days after (up to 28), against similar teams that had no action of
        their own, and refuses when the figures would not be honest: groups under the privacy floor,
        or too few days.
      </p>
      <InterventionForm teams={props.teams} today={props.today} onAdd={props.onAdd} />
      {props.items.length === 0 ? (
        <StateNote kind="empty" title="No intervention logged yet." testId="interventions-empty">
          Add the first one above: a workshop, a playbook sent, a champion paired with a team, or a
          change of seats.
        </StateNote>
      ) : (
        <ol class="log" data-testid="intervention-log">
          {props.items.map(({ intervention: i, teamName, readout }) => (
            <li key={i.id} data-testid={`intervention-${i.id}`}>
              <h3>
                {interventionTypeNames[i.type]} · {teamName} · {i.day}
              </h3>
              <p class="muted">
                {i.owner && props.ownersShown ? `Owner: ${i.owner}. ` : ''}
                {i.note}
              </p>
              <ReadoutText r={readout} loading={props.loadingReadouts} teamName={props.teamName} />
              <button type="button" class="link" onClick={() => props.onRemove(i.id)}>
                Remove from the log
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function InterventionForm(props: {
  teams: { id: string; name: string }[];
  today: string;
  onAdd: (i: Omit<Intervention, 'id'>) => void;
}) {
  const [teamId, setTeamId] = useState(props.teams[0]?.id ?? 'org');
  const [type, setType] = useState<InterventionType>('workshop');
  const [day, setDay] = useState(props.today);
  const [owner, setOwner] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return setError('Pick the day of the action.');
    setError(null);
    props.onAdd({ teamId, type, day, owner: owner.trim(), note: note.trim() });
    setNote('');
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Log an intervention">
      <label>
        Team
        <select
          value={teamId}
          onChange={(e) => setTeamId(e.currentTarget.value)}
          data-testid="iv-team"
        >
          {props.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Type
        <select
          value={type}
          onChange={(e) => setType(e.currentTarget.value as InterventionType)}
          data-testid="iv-type"
        >
          {interventionTypes.map((t) => (
            <option key={t} value={t}>
              {interventionTypeNames[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Day
        <input
          type="date"
          value={day}
          onInput={(e) => setDay(e.currentTarget.value)}
          data-testid="iv-day"
        />
      </label>
      <label>
        Owner
        <input
          type="text"
          value={owner}
          maxLength={120}
          onInput={(e) => setOwner(e.currentTarget.value)}
          data-testid="iv-owner"
        />
      </label>
      <label class="wide">
        Note
        <input
          type="text"
          value={note}
          maxLength={1000}
          onInput={(e) => setNote(e.currentTarget.value)}
          data-testid="iv-note"
        />
      </label>
      <button type="submit" class="primary">
        Log it
      </button>
      {error && (
        <p class="bad" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
