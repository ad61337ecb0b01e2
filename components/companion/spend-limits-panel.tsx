import { useState } from 'preact/hooks';
import {
  effectiveLimit,
  limitStatusText,
  limitUse,
  type SpendLimits,
} from '@/lib/companion/spend-limits';
import { DataTable } from './data-table';
import { money } from './format';

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

function LimitsForm(props: {
  limits: SpendLimits;
  groups: GroupSpend[];
  onChange: (next: SpendLimits) => void;
}) {
  const l = props.limits;
  const [level, setLevel] = useState<'org-cap' | 'org-user' | 'group' | 'person'>('org-cap');
  const [groupId, setGroupId] = useState(props.groups[0]?.id ?? '');
  const [email, setEmail] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const v = amount.trim() === '' ? null : Number(amount);
    if (v !== null && !(Number.isFinite(v) && v >= 0))
      return setError('A limit is an amount in dollars, 0 or more (empty removes it).');
    setError(null);
    const next: SpendLimits = { ...l, groups: { ...l.groups }, individuals: { ...l.individuals } };
    if (level === 'org-cap') next.orgMonthlyCap = v;
    else if (level === 'org-user') next.orgPerUser = v;
    else if (level === 'group') {
      if (!groupId) return setError('Pick a group.');
      if (v === null) delete next.groups[groupId];
      else next.groups[groupId] = v;
    } else {
      const key = email.trim().toLowerCase();
      if (!/^[^\s@]+@[^\s@]+$/.test(key)) return setError('Enter the person’s email address.');
      if (v === null) delete next.individuals[key];
      else next.individuals[key] = v;
    }
    props.onChange(next);
    setAmount('');
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-label="Set a spend limit">
      <label>
        Level
        <select
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value as typeof level)}
          data-testid="limit-level"
        >
          <option value="org-cap">Org monthly cap (total)</option>
          <option value="org-user">Org default per user</option>
          <option value="group">Group per-user limit</option>
          <option value="person">Individual limit</option>
        </select>
      </label>
      {level === 'group' && (
        <label>
          Group
          <select
            value={groupId}
            onChange={(e) => setGroupId(e.currentTarget.value)}
            data-testid="limit-group"
          >
            {props.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {level === 'person' && (
        <label>
          Email
          <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
      )}
      <label>
        Monthly limit ($)
        <input
          type="number"
          min="0"
          step="1"
          value={amount}
          onInput={(e) => setAmount(e.currentTarget.value)}
          data-testid="limit-amount"
        />
      </label>
      <button type="submit">Save limit</button>
      {error && (
        <p class="bad" role="alert">
          {error}
        </p>
      )}
      <p class="muted">
        Set: org cap {money(l.orgMonthlyCap, 0)}, org per user {money(l.orgPerUser, 0)},{' '}
        {Object.keys(l.groups).length} group limit(s), {Object.keys(l.individuals).length}{' '}
        individual limit(s).
      </p>
    </form>
  );
}
