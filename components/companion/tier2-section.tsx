import type { CodeEfficiency } from '@/lib/companion/tier2';
import type { TimeSavedEstimate } from '@/lib/companion/companion-data';
import { DataTable } from './data-table';
import { num, share } from './format';
import { TimeSavedForm } from './time-saved-form';
import { Figure, StateNote } from './view-state';

export interface TimeSavedRow extends TimeSavedEstimate {
  teamName: string;
  weeklyActives: number | null;
}

/**
 * Tier 2 (efficiency): Claude Code output per active developer over the
 * range, and the admin's time-saved estimates, each with its source and date.
 */
export function Tier2Section(props: {
  code:
    | { state: 'loading' }
    | { state: 'error'; message: string }
    | { state: 'ready'; value: CodeEfficiency }
    | { state: 'hidden'; why: string };
  rangeLabel: string;
  timeSaved: TimeSavedRow[];
  teams: { id: string; name: string }[];
  today: string;
  onAddTimeSaved: (e: Omit<TimeSavedEstimate, 'id'>) => void;
  onRemoveTimeSaved: (id: string) => void;
}) {
  const c = props.code;
  return (
    <section class="card" aria-labelledby="tier2" data-testid="tier2">
      <h2 id="tier2">Tier 2 · Efficiency</h2>
      <h3>Claude Code, {props.rangeLabel.toLowerCase()}</h3>
      {c.state === 'loading' && (
        <StateNote kind="loading" title="Reading Claude Code activity from the local history…" />
      )}
      {c.state === 'error' && (
        <StateNote kind="error" title="Could not read Claude Code activity from the local history.">
          {c.message} Reload the page; if it persists, run a sync from Options.
        </StateNote>
      )}
      {c.state === 'hidden' && <StateNote kind="info" title={c.why} />}
      {c.state === 'ready' &&
        (c.value.activeDevelopers === 0 ? (
          <StateNote kind="empty" title="No Claude Code sessions in this range." />
        ) : (
          <div class="figures" data-testid="code-figures">
            <Figure
              label="Active developers"
              value={num(c.value.activeDevelopers)}
              testId="code-devs"
            />
            <Figure
              label="Suggestions accepted"
              value={share(c.value.acceptRate)}
              testId="accept-rate"
              note={`${num(c.value.totals.accepted)} of ${num(c.value.totals.accepted + c.value.totals.rejected)} edit suggestions`}
            />
            <Figure
              label="Sessions per developer"
              value={num(c.value.perDeveloper.sessions, 1)}
              testId="code-sessions"
            />
            <Figure
              label="Pull requests per developer"
              value={num(c.value.perDeveloper.pullRequests, 1)}
              testId="code-prs"
            />
            <Figure
              label="Commits per developer"
              value={num(c.value.perDeveloper.commits, 1)}
              testId="code-commits"
            />
            <Figure
              label="Lines added per developer"
              value={num(c.value.perDeveloper.linesAdded)}
              testId="code-lines"
            />
          </div>
        ))}
      <h3>Time saved (your estimates)</h3>
      <p class="muted">
        Hours saved per active member per week, from your own surveys. Uptake multiplies them by the
        team's weekly actives; the source and date stay beside every estimate.
      </p>
      <DataTable
        caption="Time-saved estimates"
        testId="time-saved-table"
        rowKey={(r) => r.id}
        rows={props.timeSaved}
        empty="No estimate entered yet."
        columns={[
          { key: 'team', header: 'Team', value: (r) => r.teamName },
          {
            key: 'hours',
            header: 'Hours / active / week',
            numeric: true,
            value: (r) => r.hoursPerWeek,
            render: (r) => num(r.hoursPerWeek, 1),
          },
          {
            key: 'actives',
            header: 'Weekly actives',
            numeric: true,
            value: (r) => r.weeklyActives,
            render: (r) => num(r.weeklyActives),
          },
          {
            key: 'total',
            header: 'Hours / week',
            numeric: true,
            value: (r) => (r.weeklyActives === null ? null : r.weeklyActives * r.hoursPerWeek),
            render: (r) => (r.weeklyActives === null ? '—' : num(r.weeklyActives * r.hoursPerWeek)),
          },
          {
            key: 'source',
            header: 'Source and date',
            value: (r) => r.source,
            render: (r) => `${r.source} (${r.asOf})`,
          },
          {
            key: 'remove',
            header: '',
            render: (r) => (
              <button
                type="button"
                class="link"
                onClick={() => props.onRemoveTimeSaved(r.id)}
                aria-label={`Remove the estimate for ${r.teamName}`}
              >
                Remove
              </button>
            ),
          },
        ]}
      />
      <TimeSavedForm teams={props.teams} today={props.today} onAdd={props.onAddTimeSaved} />
    </section>
  );
}
