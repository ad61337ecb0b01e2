import { useState } from 'preact/hooks';
import {
  FieldError,
  LockBadge,
  Section,
  StatusNote,
  messageOf,
  type Note,
} from '@/components/options/parts';
import {
  draftOf,
  emptyDraft,
  isGrowth,
  validateTarget,
  type TargetDraft,
  type TargetErrors,
} from '@/components/options/target-validation';
import {
  adoptionMetrics,
  growthMetrics,
  isToolsMetric,
  toolsMetrics,
  type AnyTargetMetric,
  type Target,
} from '@/lib/metrics/config';
import { metricProducts } from '@/lib/metrics/history';
import { productNames } from '@/lib/metrics/playbooks';

export interface ScopeOption {
  id: string;
  name: string | null;
}

const metricNames: Record<AnyTargetMetric, string> = {
  daily_adoption: 'Daily adoption (%)',
  weekly_adoption: 'Weekly adoption (%)',
  monthly_adoption: 'Monthly adoption (%)',
  weekly_actives_growth: 'Weekly actives growth (×)',
  monthly_actives_growth: 'Monthly actives growth (×)',
  // Issue 13: active in ChatGPT or Claude ÷ people with a seat in either (the Tools view).
  weekly_ai_active_share: 'AI-active, ChatGPT or Claude, weekly (%)',
  monthly_ai_active_share: 'AI-active, ChatGPT or Claude, monthly (%)',
};

function describeValue(t: Target): string {
  return isGrowth(t.metric) ? `×${t.value} from ${t.baseline?.day ?? '—'}` : `${t.value}%`;
}

/**
 * Targets per org or group: metric (daily/weekly/monthly adoption, per
 * product, or weekly/monthly actives growth), value and deadline; add, edit
 * and remove, each saved at once, with inline errors (target-validation.ts).
 */
export function TargetsSection({
  targets,
  groups,
  today,
  locked,
  onSave,
}: {
  targets: Target[];
  groups: ScopeOption[];
  today: string;
  locked: boolean;
  onSave: (targets: Target[]) => Promise<void>;
}) {
  const [draft, setDraft] = useState<TargetDraft | null>(null);
  const [errors, setErrors] = useState<TargetErrors>({});
  const [note, setNote] = useState<Note>(null);
  const scopeName = (id: string) =>
    id === 'org' ? 'Whole organisation' : (groups.find((g) => g.id === id)?.name ?? id);

  const persist = async (next: Target[], done: string) => {
    try {
      await onSave(next);
      setNote({ tone: 'ok', text: done });
      return true;
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
      return false;
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    const result = validateTarget(draft, {
      today,
      groupIds: groups.map((g) => g.id),
      others: targets,
      newId: `target-${Date.now().toString(36)}`,
    });
    if ('errors' in result) {
      setErrors(result.errors);
      setNote({ tone: 'bad', text: 'The target was not saved: fix the fields marked below.' });
      return;
    }
    const exists = targets.some((t) => t.id === result.target.id);
    const next = exists
      ? targets.map((t) => (t.id === result.target.id ? result.target : t))
      : [...targets, result.target];
    if (await persist(next, exists ? 'Target updated.' : 'Target added.')) {
      setDraft(null);
      setErrors({});
    }
  };

  const set = (patch: Partial<TargetDraft>) => draft && setDraft({ ...draft, ...patch });
  const field = (name: keyof TargetErrors) => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `target-${name}-error` : undefined,
    disabled: locked,
  });
  const growth = draft ? isGrowth(draft.metric) : false;

  return (
    <Section
      id="targets"
      title="Targets"
      intro="Adoption targets per organisation or group. The default is 70% monthly adoption for the organisation."
    >
      <LockBadge locked={locked} />
      <table class="table" data-testid="targets-list">
        <thead>
          <tr>
            <th>Scope</th>
            <th>Metric</th>
            <th>Target</th>
            <th>Deadline</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {targets.length === 0 && (
            <tr>
              <td colSpan={5} class="muted">
                No target yet.
              </td>
            </tr>
          )}
          {targets.map((t) => (
            <tr key={t.id} data-testid="target-row">
              <td>{scopeName(t.scope)}</td>
              <td>
                {metricNames[t.metric]}
                {t.product ? ` · ${productNames[t.product]}` : ''}
              </td>
              <td>{describeValue(t)}</td>
              <td>{t.deadline ?? 'none'}</td>
              <td class="row-actions">
                <button
                  type="button"
                  disabled={locked}
                  aria-label={`Edit target ${scopeName(t.scope)} ${metricNames[t.metric]}`}
                  onClick={() => {
                    setDraft(draftOf(t));
                    setErrors({});
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  disabled={locked}
                  aria-label={`Remove target ${scopeName(t.scope)} ${metricNames[t.metric]}`}
                  onClick={() =>
                    void persist(
                      targets.filter((x) => x.id !== t.id),
                      'Target removed.',
                    )
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!draft && (
        <button
          type="button"
          disabled={locked}
          onClick={() => {
            setDraft({ ...emptyDraft(), value: '', metric: 'monthly_adoption' });
            setErrors({});
          }}
        >
          Add target
        </button>
      )}
      {draft && (
        <form onSubmit={submit} aria-label={draft.id ? 'Edit target' : 'New target'} noValidate>
          <div class="form-grid">
            <div>
              <label for="target-scope">Scope</label>
              <select
                id="target-scope"
                value={draft.scope}
                onChange={(e) => set({ scope: e.currentTarget.value })}
                {...field('scope')}
              >
                <option value="org">Whole organisation</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name ?? g.id}
                  </option>
                ))}
                {draft.scope !== 'org' && !groups.some((g) => g.id === draft.scope) && (
                  <option value={draft.scope}>{draft.scope} (not found)</option>
                )}
              </select>
              <FieldError id="target-scope-error" message={errors.scope} />
            </div>
            <div>
              <label for="target-metric">Metric</label>
              <select
                id="target-metric"
                value={draft.metric}
                onChange={(e) => set({ metric: e.currentTarget.value as AnyTargetMetric })}
                {...field('metric')}
              >
                {[...adoptionMetrics, ...growthMetrics, ...toolsMetrics].map((m) => (
                  <option key={m} value={m}>
                    {metricNames[m]}
                  </option>
                ))}
              </select>
              <FieldError id="target-metric-error" message={errors.metric} />
            </div>
            {!growth && !isToolsMetric(draft.metric) && (
              <div>
                <label for="target-product">Product</label>
                <select
                  id="target-product"
                  value={draft.product}
                  disabled={locked}
                  onChange={(e) =>
                    set({ product: e.currentTarget.value as TargetDraft['product'] })
                  }
                >
                  <option value="">All products</option>
                  {metricProducts.map((p) => (
                    <option key={p} value={p}>
                      {productNames[p]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div>
              <label for="target-value">{growth ? 'Multiple (×)' : 'Target (%)'}</label>
              <input
                id="target-value"
                type="number"
                step="any"
                inputMode="decimal"
                value={draft.value}
                onInput={(e) => set({ value: e.currentTarget.value })}
                {...field('value')}
              />
              <FieldError id="target-value-error" message={errors.value} />
            </div>
            {growth && (
              <div>
                <label for="target-baseline">Baseline day</label>
                <input
                  id="target-baseline"
                  type="date"
                  value={draft.baselineDay}
                  max={today}
                  onInput={(e) => set({ baselineDay: e.currentTarget.value })}
                  {...field('baselineDay')}
                />
                <FieldError id="target-baselineDay-error" message={errors.baselineDay} />
              </div>
            )}
            <div>
              <label for="target-deadline">Deadline</label>
              <input
                id="target-deadline"
                type="date"
                value={draft.deadline}
                onInput={(e) => set({ deadline: e.currentTarget.value })}
                {...field('deadline')}
              />
              <FieldError id="target-deadline-error" message={errors.deadline} />
            </div>
          </div>
          <div class="actions">
            <button class="primary" type="submit" disabled={locked}>
              Save target
            </button>
            <button
              type="button"
              onClick={() => {
                setDraft(null);
                setErrors({});
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      <StatusNote note={note} testId="targets-status" />
    </Section>
  );
}
