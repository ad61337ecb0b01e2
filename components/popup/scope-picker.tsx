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
  /** Absent while the popup's first step shows a picture and the full app is loading: disabled then. */
  onChange?: (scope: string) => void;
}) {
  return (
    <label class="scope-picker">
      <span>Show</span>
      <select
        data-testid="popup-scope"
        value={value}
        // A choice made before the full app runs would be lost: the picker waits for it.
        disabled={!onChange}
        onChange={(e) => onChange?.(e.currentTarget.value)}
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
