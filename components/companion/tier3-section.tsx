import { useState } from 'preact/hooks';
import type { KpiPoint } from '@/lib/companion/companion-data';
import { DataTable } from './data-table';
import { num, pct } from './format';

export interface KpiRow extends KpiPoint {
  teamName: string;
  /** The team's monthly adoption on the KPI's day (null when outside the 90-day series or hidden). */
  adoption: number | null;
}

/**
 * Tier 3 (outcomes): business KPIs the admin enters per team over time,
 * beside the team's adoption on the same day, with an honest caption.
 */
export function Tier3Section(props: {
  rows: KpiRow[];
  teams: { id: string; name: string }[];
  today: string;
  onAdd: (p: Omit<KpiPoint, 'id'>) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <section class="card" aria-labelledby="tier3" data-testid="tier3">
      <h2 id="tier3">Tier 3 · Outcomes</h2>
      <p class="caption-honest" data-testid="kpi-caption">
        Business results sit beside adoption here so you can look for a pattern. A rise in both is
        an association, not proof that Claude caused it: teams change for many reasons at once.
      </p>
      <DataTable
        caption="Business KPIs by team, with the team's monthly adoption on the same day"
        testId="kpi-table"
        rowKey={(r) => r.id}
        rows={props.rows}
        empty="No KPI entered yet. Add one below (for example: tickets resolved per week)."
        columns={[
          { key: 'name', header: 'KPI', value: (r) => r.name },
          { key: 'team', header: 'Team', value: (r) => r.teamName },
          { key: 'day', header: 'Day', value: (r) => r.day },
          {
            key: 'value',
            header: 'Value',
            numeric: true,
            value: (r) => r.value,
            render: (r) =>
              `${num(r.value, Number.isInteger(r.value) ? 0 : 2)}${r.unit ? ` ${r.unit}` : ''}`,
          },
          {
            key: 'adoption',
            header: 'Monthly adoption that day',
            numeric: true,
            value: (r) => r.adoption,
            render: (r) => pct(r.adoption),
          },
          {
            key: 'remove',
            header: '',
            render: (r) => (
              <button
                type="button"
                class="link"
                onClick={() => props.onRemove(r.id)}
                aria-label={`Remove ${r.name} on ${r.day}`}
              >
                Remove
              </button>
            ),
          },
        ]}
      />
      <KpiForm teams={props.teams} today={props.today} onAdd={props.onAdd} />
    </section>
  );
}

function KpiForm(props: {
  teams: { id: string; name: string }[];
  today: string;
  onAdd: (p: Omit<KpiPoint, 'id'>) => void;
}) {
  const [teamId, setTeamId] = useState(props.teams[0]?.id ?? 'org');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [day, setDay] = useState(props.today);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const v = Number(value);
    if (!name.trim()) return setError('Name the KPI.');
    if (value.trim() === '' || !Number.isFinite(v)) return setError('The value must be a number.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return setError('Pick the day the value is for.');
    setError(null);
    props.onAdd({ teamId, name: name.trim(), unit: unit.trim(), day, value: v });
    setValue('');
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Add a KPI value">
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
        KPI
        <input
          type="text"
          value={name}
          maxLength={80}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label>
        Unit
        <input
          type="text"
          value={unit}
          maxLength={20}
          size={8}
          onInput={(e) => setUnit(e.currentTarget.value)}
        />
      </label>
      <label>
        Day
        <input type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
      </label>
      <label>
        Value
        <input
          type="number"
          step="any"
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      </label>
      <button type="submit">Add value</button>
      {error && (
        <p class="bad" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
