import { hiddenLabel } from '@/lib/metrics/publication-gate';
import { scopeName } from '@/components/popup/format';

export interface ScopeChoice {
  id: string;
  name: string | null;
  kind: 'org' | 'group';
  hiddenBecause: string | null;
}

/** The scope the popup shows: the org or one group (groups under the privacy floor say so). */
export function ScopePicker({
  scopes,
  value,
  onChange,
}: {
  scopes: ScopeChoice[];
  value: string;
  onChange: (scope: string) => void;
}) {
  return (
    <label class="scope-picker">
      <span>Show</span>
      <select
        data-testid="popup-scope"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-label="Scope"
      >
        {scopes.map((s) => (
          <option key={s.id} value={s.id}>
            {scopeName(s)}
            {hiddenLabel(s.hiddenBecause)}
          </option>
        ))}
      </select>
    </label>
  );
}
