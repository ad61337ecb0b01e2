import {
  effectiveLimit,
  limitStatusText,
  limitUse,
  type SpendLimits,
} from '@/lib/companion/spend-limits';
import { DataTable } from './data-table';
import { money } from './format';
import { LimitsForm } from './spend-limits-form';

export interface GroupSpend {
  id: string;
  name: string;
  monthToDate: number;
  members: number | null;
}

interface LimitRow {
  key: string;
  level: string;
  who: string;
  limit: number | null;
  spend: number;
  basis: string;
}

/**
 * Spend limits as entered in the Claude admin console, mirrored here so
 * Uptake can warn at 75% and 90%. Precedence: a person's individual limit,
 * else their group's per-user limit, else the org's per-user default; the
 * org cap bounds the org's total.
 */
export function SpendLimitsPanel(props: {
  limits: SpendLimits;
  onChange: (next: SpendLimits) => void;
  orgMonthToDate: number;
  orgForecast: number;
  groups: GroupSpend[];
  actorMonthToDate: { email: string; dollars: number; groupIds: string[] }[];
}) {
  const l = props.limits;
  const rows: LimitRow[] = [];
  if (l.orgMonthlyCap !== null)
    rows.push({
      key: 'org',
      level: 'Org cap',
      who: 'Whole organisation',
      limit: l.orgMonthlyCap,
      spend: props.orgMonthToDate,
      basis: 'month to date',
    });
  for (const g of props.groups) {
    const limit = l.groups[g.id];
    if (limit === undefined || g.members === null || g.members === 0) continue;
    rows.push({
      key: `g:${g.id}`,
      level: 'Group (per user)',
      who: g.name,
      limit,
      spend: g.monthToDate / g.members,
      basis: `average per member (${g.members} members)`,
    });
  }
  for (const a of props.actorMonthToDate) {
    const eff = effectiveLimit(l, a.email, a.groupIds);
    if (eff.amount === null) continue;
    rows.push({
      key: `p:${a.email}`,
      level: `Person (${eff.level} limit)`,
      who: a.email,
      limit: eff.amount,
      spend: a.dollars,
      basis: 'month to date',
    });
  }
  const forecastUse = limitUse(props.orgForecast, l.orgMonthlyCap);
  return (
    <section class="card" aria-labelledby="limits-h" data-testid="limits-panel">
      <h2 id="limits-h">Spend limits</h2>
      <p class="muted">
        Enter the monthly limits set in the Claude admin console. The limit that applies to a person
        is their individual limit, else their group’s per-user limit (the lowest if they are in
        several limited groups), else the org’s per-user default. The org cap bounds the whole
        organisation. Warnings at 75% and 90%.
      </p>
      {l.orgMonthlyCap !== null && forecastUse.used !== null && forecastUse.used >= 1 && (
        <p class="bad" role="alert" data-testid="cap-forecast-warning">
          At the current rate the org reaches its cap before the month ends: forecast{' '}
          {money(props.orgForecast)} of {money(l.orgMonthlyCap)}.
        </p>
      )}
      <DataTable
        caption="Limits against spend this month"
        testId="limits-table"
        rowKey={(r) => r.key}
        rows={rows}
        empty="No limit entered yet."
        columns={[
          { key: 'level', header: 'Level', value: (r) => r.level },
          { key: 'who', header: 'Applies to', value: (r) => r.who },
          {
            key: 'limit',
            header: 'Monthly limit',
            numeric: true,
            value: (r) => r.limit,
            render: (r) => money(r.limit, 0),
          },
          {
            key: 'spend',
            header: 'Spend',
            numeric: true,
            value: (r) => r.spend,
            render: (r) => `${money(r.spend)} (${r.basis})`,
          },
          {
            key: 'status',
            header: 'Status',
            value: (r) => limitUse(r.spend, r.limit).used,
            render: (r) => {
              const use = limitUse(r.spend, r.limit);
              return <span class={`limit-${use.status}`}>{limitStatusText(use)}</span>;
            },
          },
        ]}
      />
      <LimitsForm limits={l} groups={props.groups} onChange={props.onChange} />
    </section>
  );
}
