import { useMemo } from 'preact/hooks';
import type { PlanBilling } from '@/lib/companion/companion-data';
import type { CostPerOutcome } from '@/lib/companion/cost-per-outcome';
import type { SpendBreakdown } from '@/lib/companion/spend';
import type { MonthForecast } from '@/lib/companion/spend-forecast';
import { ChartPanel } from './chart-panel';
import { DataTable } from './data-table';
import { money, productName } from './format';
import { Figure, StateNote } from './view-state';

export interface SpendViewProps {
  scopeName: string;
  isOrg: boolean;
  breakdown: SpendBreakdown;
  forecast: MonthForecast;
  outcome: CostPerOutcome;
  coverage: { from: string; to: string };
  rangeCut: boolean;
  groupName: (id: string) => string | null;
  /** Rows of the by-group table the publication gate withheld (hidden groups, "in no group"). */
  withheldGroups: number;
  /** False in team-grain mode: no per-person spend (the breakdown carries none then). */
  peopleShown: boolean;
  planBilling: PlanBilling;
  onPlanBilling: (p: PlanBilling) => void;
}

const billingNotes: Record<PlanBilling, string> = {
  'seat-based':
    'Your plan is seat-based: these figures are usage credits (overage) only, not what your seats cost. A month with no overage shows $0.',
  'usage-based': 'Your plan is usage-based: these figures are all usage, after discounts.',
  unknown:
    'On seat-based Enterprise plans the API reports overage (usage credits) only; on usage-based plans, all usage. Tell Uptake which plan you have so it can say which one you are reading.',
};

/** Spend: the plan caveat, month to date and forecast, cost per outcome, spend by day, product, model, group and person. */
export function SpendView(props: SpendViewProps) {
  const b = props.breakdown;
  const f = props.forecast;
  const o = props.outcome;
  const daily = useMemo(
    () => [{ label: 'Spend per day', values: b.daily.map((d) => d.dollars) }],
    [b],
  );
  const labels = useMemo(() => b.daily.map((d) => d.day), [b]);
  const groups = b.byGroup.map((g) => ({
    ...g,
    name: g.key === '' ? 'In no group' : (props.groupName(g.key) ?? g.key),
  }));
  const hiddenCount = props.withheldGroups;
  return (
    <section class="card" aria-labelledby="spend-h" data-testid="spend-view">
      <h2 id="spend-h">Spend, {props.scopeName}</h2>
      <div
        class={`plan-note ${props.planBilling === 'seat-based' ? 'warn' : ''}`}
        data-testid="plan-note"
        role="note"
      >
        <p>{billingNotes[props.planBilling]}</p>
        <label>
          Plan billing{' '}
          <select
            value={props.planBilling}
            onChange={(e) => props.onPlanBilling(e.currentTarget.value as PlanBilling)}
            data-testid="plan-billing"
          >
            <option value="unknown">Not said</option>
            <option value="seat-based">Seat-based (overage only)</option>
            <option value="usage-based">Usage-based</option>
          </select>
        </label>
      </div>
      <p class="muted" data-testid="spend-coverage">
        Spend from /cost, after discounts, in US dollars. Uptake keeps the last 30 days (
        {props.coverage.from} to {props.coverage.to});
        {props.rangeCut
          ? ` this view shows ${b.from} to ${b.to}, the part of your range it holds.`
          : ` this view shows ${b.from} to ${b.to}.`}
        {!props.isOrg && ' Group spend is not split by product or model in the data Uptake syncs.'}
      </p>
      <div class="figures">
        <Figure label={`Spend, ${b.from} to ${b.to}`} value={money(b.total)} testId="spend-total" />
        <Figure
          label={`Month to date (${f.monthStart} to ${f.asOf})`}
          value={money(f.monthToDate)}
          testId="spend-mtd"
        />
        <Figure
          label={`Forecast to ${f.monthEnd}`}
          value={money(f.forecast)}
          testId="spend-forecast"
          note={`${money(f.runRatePerDay)} a day (mean of the last ${f.basisDays} days) × ${f.remainingDays} days left`}
        />
        <Figure label="Per active user" value={money(o.perActiveUser)} testId="cost-per-active" />
        {props.isOrg && (
          <>
            <Figure
              label="Per Claude Code session"
              value={money(o.perCodeSession)}
              testId="cost-per-session"
            />
            <Figure
              label="Per Claude Code pull request"
              value={money(o.perPullRequest)}
              testId="cost-per-pr"
            />
            <Figure
              label="Per Claude Code commit"
              value={money(o.perCommit)}
              testId="cost-per-commit"
            />
          </>
        )}
      </div>
      <ChartPanel
        title={`Spend per day, ${props.scopeName}`}
        kind="bar"
        labels={labels}
        series={daily}
        unit="$"
        summary={`${money(b.total)} over ${b.daily.length} days; highest day ${money(Math.max(0, ...b.daily.map((d) => d.dollars)))}.`}
        imageName={`uptake-spend-${b.to}.png`}
        testId="spend-chart"
      />
      {props.isOrg && (
        <div class="two-col">
          <DataTable
            caption="By product"
            testId="spend-by-product"
            rowKey={(r) => r.key}
            rows={b.byProduct}
            columns={[
              { key: 'key', header: 'Product', value: (r) => productName(r.key) },
              {
                key: 'dollars',
                header: 'Spend',
                numeric: true,
                value: (r) => r.dollars,
                render: (r) => money(r.dollars),
              },
            ]}
          />
          <DataTable
            caption="By model"
            testId="spend-by-model"
            rowKey={(r) => r.key}
            rows={b.byModel}
            columns={[
              { key: 'key', header: 'Model', value: (r) => r.key },
              {
                key: 'dollars',
                header: 'Spend',
                numeric: true,
                value: (r) => r.dollars,
                render: (r) => money(r.dollars),
              },
            ]}
          />
        </div>
      )}
      {props.isOrg && (
        <DataTable
          caption="By group"
          testId="spend-by-group"
          rowKey={(r) => r.key || 'none'}
          rows={groups}
          empty="No spend attributed to groups in this range."
          columns={[
            { key: 'name', header: 'Group', value: (r) => r.name },
            {
              key: 'dollars',
              header: 'Spend',
              numeric: true,
              value: (r) => r.dollars,
              render: (r) => money(r.dollars),
            },
          ]}
        />
      )}
      {props.isOrg && hiddenCount > 0 && (
        <p class="muted">
          {hiddenCount} row(s) are left out of this table: the privacy floor hides them, or hides
          them so that a smaller team’s figures cannot be worked out by subtraction.
        </p>
      )}
      {props.isOrg && !props.peopleShown && (
        <>
          <h3>Top spenders</h3>
          <p class="muted" data-testid="top-spenders-team-grain">
            Team grain only: spend is shown per team, never per person.
          </p>
        </>
      )}
      {props.isOrg && props.peopleShown && (
        <>
          <h3>Top spenders</h3>
          {b.byActor.length === 0 ? (
            <StateNote
              kind="empty"
              title="No per-person spend in the local history yet."
              testId="top-spenders-empty"
            >
              Spend per person for the month to date arrives with the next sync. It is shown to
              admins only and never goes into a team snapshot.
            </StateNote>
          ) : (
            <DataTable
              caption="Top spenders (admins only; never in team snapshots)"
              testId="top-spenders"
              rowKey={(r) => r.key}
              rows={b.byActor.slice(0, 20)}
              columns={[
                { key: 'key', header: 'Person', value: (r) => r.key },
                {
                  key: 'dollars',
                  header: 'Spend',
                  numeric: true,
                  value: (r) => r.dollars,
                  render: (r) => money(r.dollars),
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
