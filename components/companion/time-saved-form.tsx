import { useState } from 'preact/hooks';
import type { TimeSavedEstimate } from '@/lib/companion/companion-data';

/** Adds a time-saved estimate: team, hours per active member per week, its source and date. */
export function TimeSavedForm(props: {
  teams: { id: string; name: string }[];
  today: string;
  onAdd: (e: Omit<TimeSavedEstimate, 'id'>) => void;
}) {
  const [teamId, setTeamId] = useState(props.teams[0]?.id ?? 'org');
  const [hours, setHours] = useState('');
  const [source, setSource] = useState('');
  const [asOf, setAsOf] = useState(props.today);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const h = Number(hours);
    if (!(hours.trim() !== '' && h >= 0 && h <= 80))
      return setError('Hours per week: a number from 0 to 80.');
    if (!source.trim()) return setError('Name the source (e.g. "Q3 pulse survey, n = 42").');
    setError(null);
    props.onAdd({ teamId, hoursPerWeek: h, source: source.trim(), asOf });
    setHours('');
    setSource('');
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Add a time-saved estimate">
      <label>
        Team
        <select value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
          {props.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Hours per active member per week
        <input
          type="number"
          min="0"
          max="80"
          step="0.1"
          value={hours}
          onInput={(e) => setHours(e.currentTarget.value)}
        />
      </label>
      <label>
        Source
        <input
          type="text"
          value={source}
          maxLength={200}
          onInput={(e) => setSource(e.currentTarget.value)}
        />
      </label>
      <label>
        Survey date
        <input type="date" value={asOf} onInput={(e) => setAsOf(e.currentTarget.value)} />
      </label>
      <button type="submit">Add estimate</button>
      {error && (
        <p class="bad" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
