import { hiddenLabel } from '@/lib/metrics/publication-gate';
import type { CompanionState, RangeKind, ResolvedRange } from '@/lib/companion/hash-state';

export interface ScopeChoice {
  id: string;
  name: string;
  hiddenBecause: string | null;
}

const rangeNames: Record<RangeKind, string> = {
  '7': 'Last 7 days',
  '30': 'Last 30 days',
  '90': 'Last 90 days',
  ytd: 'Since 2026-01-01',
  custom: 'Custom…',
};

/** Date range, scope and weekday-only: they live in the URL hash and apply to every view. */
export function FilterBar(props: {
  state: CompanionState;
  range: ResolvedRange | null;
  scopes: ScopeChoice[];
  weekdays: boolean;
  settingsWeekdays: boolean;
  onChange: (patch: Partial<CompanionState>) => void;
}) {
  const s = props.state;
  return (
    <form
      class="filters"
      onSubmit={(e) => e.preventDefault()}
      aria-label="What every view shows"
      data-testid="filters"
    >
      <label>
        Range
        <select
          value={s.range}
          onChange={(e) => props.onChange({ range: e.currentTarget.value as RangeKind })}
          data-testid="range"
        >
          {(Object.keys(rangeNames) as RangeKind[]).map((k) => (
            <option key={k} value={k}>
              {rangeNames[k]}
            </option>
          ))}
        </select>
      </label>
      {s.range === 'custom' && (
        <>
          <label>
            From
            <input
              type="date"
              min="2026-01-01"
              value={s.from ?? props.range?.from ?? ''}
              onChange={(e) => props.onChange({ from: e.currentTarget.value || null })}
              data-testid="range-from"
            />
          </label>
          <label>
            To
            <input
              type="date"
              min="2026-01-01"
              value={s.to ?? props.range?.to ?? ''}
              onChange={(e) => props.onChange({ to: e.currentTarget.value || null })}
              data-testid="range-to"
            />
          </label>
        </>
      )}
      <label>
        Scope
        <select
          value={s.scope}
          onChange={(e) => props.onChange({ scope: e.currentTarget.value })}
          data-testid="scope"
        >
          {props.scopes.map((o) => (
            <option key={o.id} value={o.id} disabled={o.hiddenBecause !== null && o.id !== s.scope}>
              {o.name}
              {hiddenLabel(o.hiddenBecause)}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={props.weekdays}
          onChange={(e) =>
            props.onChange({
              weekdays:
                e.currentTarget.checked === props.settingsWeekdays ? null : e.currentTarget.checked,
            })
          }
          data-testid="weekdays"
        />{' '}
        Weekdays only
      </label>
      {props.range && (
        <span class="muted range-label" data-testid="range-label">
          {props.range.from} to {props.range.to} ({props.range.days} days)
        </span>
      )}
    </form>
  );
}

export const viewNames = {
  overview: 'Overview',
  teams: 'Teams',
  funnel: 'Activation funnel',
  seats: 'Seats',
  spend: 'Spend',
  interventions: 'Interventions',
  exports: 'Exports',
  review: 'Review rhythm',
  tools: 'ChatGPT & Claude',
} as const;

/** The views, as a tab list of links (each keeps the range, scope and weekday setting). */
export function ViewNav(props: {
  current: keyof typeof viewNames;
  hrefOf: (view: keyof typeof viewNames) => string;
}) {
  return (
    <nav class="views" aria-label="Companion views">
      {(Object.keys(viewNames) as (keyof typeof viewNames)[]).map((v) => (
        <a
          key={v}
          href={props.hrefOf(v)}
          aria-current={v === props.current ? 'page' : undefined}
          data-testid={`nav-${v}`}
        >
          {viewNames[v]}
        </a>
      ))}
    </nav>
  );
}
