import { useState } from 'preact/hooks';
import type { SpendLimits } from '@/lib/companion/spend-limits';
import { money } from './format';
import type { GroupSpend } from './spend-limits-panel';

/** Sets or clears one limit: the org cap, the org's per-user default, a group's per-user limit, or a person's. */
export function LimitsForm(props: {
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
