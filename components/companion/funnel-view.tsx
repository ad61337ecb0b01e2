import type { Funnel } from '@/lib/companion/funnel';
import { fewerThanK } from '@/lib/metrics/product-gate';
import { DataTable } from './data-table';
import { num, share } from './format';

export interface TeamFunnel {
  id: string;
  name: string;
  funnel: Funnel | null;
  hidden: string | null;
}

const withheldTitle = 'Withheld so that no count of fewer than k people can be read';

/** A withheld count ("fewer than 5"), or the count. */
function stageCount(count: number | null, k: number) {
  return count === null ? (
    <span class="muted" title={withheldTitle}>
      {fewerThanK(k)}
    </span>
  ) : (
    num(count)
  );
}

/**
 * The activation funnel as bars (widths are shares of seats), with counts and
 * shares in words. A withheld stage (count null) says "fewer than k".
 */
export function FunnelBars(props: { funnel: Funnel; k: number; testId?: string }) {
  return (
    <ol class="funnel" data-testid={props.testId ?? 'funnel'}>
      {props.funnel.stages.map((s) => (
        <li key={s.key} data-stage={s.key}>
          <span class="funnel-label">{s.label}</span>
          <span class="funnel-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0.5, (s.shareOfSeats ?? 0) * 100)}%` }} />
          </span>
          <span class="funnel-count num" data-testid={`stage-${s.key}`}>
            {stageCount(s.count, props.k)}
          </span>
          <span class="funnel-share muted">
            {s.key === 'seats' || s.count === null
              ? ''
              : `${share(s.shareOfSeats)} of seats · ${share(s.shareOfPrevious)} of the step before`}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Activation funnel of the scope, time to first use, pending invites, and the funnel of each team. */
export function FunnelView(props: {
  scopeName: string;
  funnel: Funnel;
  /** The privacy floor, for "fewer than k". */
  k: number;
  asOf: string;
  pendingInvites: number | null;
  teams: TeamFunnel[] | null;
}) {
  const t = props.funnel.timeToFirstUse;
  return (
    <section class="card" aria-labelledby="funnel-h" data-testid="funnel-view">
      <h2 id="funnel-h">Activation funnel, {props.scopeName}</h2>
      <p class="muted">
        As of {props.asOf}. Each step is a subset of the one before: seat holders, then those who
        have ever used Claude, then active in the last 30 days, active in at least 3 of the last 4
        weeks, and using two or more products.
      </p>
      <FunnelBars funnel={props.funnel} k={props.k} />
      <p data-testid="time-to-first-use">
        {t.cohort === 0
          ? 'No seat was assigned inside the loaded history, so time to first use cannot be measured here.'
          : `Time to first use: median ${t.medianDays === null ? '—' : `${num(t.medianDays, t.medianDays % 1 ? 1 : 0)} days`} for the ${num(t.started)} of ${num(t.cohort)} people given a seat since the start of the loaded history who have started; ${num(t.cohort - t.started)} not yet.`}
      </p>
      {props.pendingInvites !== null && (
        <p data-testid="pending-invites">
          Pending invites: <strong>{num(props.pendingInvites)}</strong> (invited, not yet holding a
          seat).
        </p>
      )}
      {props.teams && (
        <DataTable
          caption="Funnel by team (share of the team's seats)"
          testId="funnel-table"
          rowKey={(r) => r.id}
          rows={props.teams}
          empty="No groups in the history yet."
          columns={[
            { key: 'name', header: 'Team', value: (r) => r.name },
            ...(
              ['seats', 'activated', 'active-month', 'weekly-habit', 'multi-product'] as const
            ).map((key, i) => ({
              key,
              header: ['Seats', 'Activated', 'Active 30 d', 'Weekly habit', '2+ products'][i]!,
              numeric: true,
              value: (r: TeamFunnel) => (r.funnel ? r.funnel.stages[i]!.count : null),
              render: (r: TeamFunnel) =>
                r.hidden || !r.funnel ? (
                  <span class="muted">{r.hidden ? 'hidden' : '—'}</span>
                ) : i === 0 ? (
                  num(r.funnel.stages[0]!.count)
                ) : r.funnel.stages[i]!.count === null ? (
                  stageCount(null, props.k)
                ) : (
                  `${num(r.funnel.stages[i]!.count)} (${share(r.funnel.stages[i]!.shareOfSeats, 0)})`
                ),
            })),
            {
              key: 'ttfu',
              header: 'Median days to first use',
              numeric: true,
              value: (r) => r.funnel?.timeToFirstUse.medianDays ?? null,
              render: (r) =>
                r.hidden || !r.funnel
                  ? '—'
                  : r.funnel.timeToFirstUse.medianDays === null
                    ? '—'
                    : num(r.funnel.timeToFirstUse.medianDays, 1),
            },
          ]}
        />
      )}
    </section>
  );
}
