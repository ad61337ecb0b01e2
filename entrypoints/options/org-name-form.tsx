import { useEffect, useState } from 'preact/hooks';
import { LockBadge } from '@/components/options/parts';

/** How the organisation is named on Uptake's surfaces (locked when the policy names it). */
export function OrgNameForm({
  orgName,
  locked,
  onSave,
}: {
  orgName: string | null;
  locked: boolean;
  onSave: (name: string | null) => Promise<string | null>;
}) {
  const [value, setValue] = useState(orgName ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setValue(orgName ?? ''), [orgName]);
  const save = async (event: Event) => {
    event.preventDefault();
    const next = await onSave(value.trim() || null);
    setSaved(next ? `Saved: ${next}` : 'Saved: no name set');
  };
  return (
    <form class="card" id="organisation" onSubmit={save} aria-labelledby="org-section">
      <h2 id="org-section">Organisation</h2>
      <p class="muted">How your organisation is named on Uptake's surfaces.</p>
      <label for="org-name">
        Organisation name
        <LockBadge locked={locked} />
      </label>
      <input
        id="org-name"
        type="text"
        value={value}
        maxLength={120}
        disabled={locked}
        onInput={(e) => setValue(e.currentTarget.value)}
      />{' '}
      <button class="primary" type="submit" disabled={locked}>
        Save
      </button>
      {saved && (
        <p role="status" data-testid="saved">
          {saved}
        </p>
      )}
    </form>
  );
}
