import { useState } from 'preact/hooks';
import {
  FieldError,
  LockBadge,
  Section,
  StatusNote,
  messageOf,
  type Note,
} from '@/components/options/parts';
import { wholeNumber } from '@/components/options/validate';

export interface PrivacyValues {
  k: number;
  teamGrainOnly: boolean;
  pseudonymisedExports: boolean;
}

/**
 * Privacy: the minimum group size k (no group figure under it, default 5),
 * team-grain-only mode (no individual named anywhere) and pseudonymised
 * exports. Each value the organisation's policy sets is locked.
 */
export function PrivacySection({
  values,
  locked,
  onSave,
}: {
  values: PrivacyValues;
  locked: Partial<Record<keyof PrivacyValues, boolean>>;
  onSave: (values: PrivacyValues) => Promise<void>;
}) {
  const [k, setK] = useState(String(values.k));
  const [teamGrainOnly, setTeamGrainOnly] = useState(values.teamGrainOnly);
  const [pseudonymised, setPseudonymised] = useState(values.pseudonymisedExports);
  const [error, setError] = useState<string | undefined>();
  const [note, setNote] = useState<Note>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = wholeNumber(k, 2, 100);
    if ('error' in checked) {
      setError(checked.error);
      setNote({ tone: 'bad', text: 'Not saved: fix the field marked below.' });
      return;
    }
    setError(undefined);
    try {
      await onSave({ k: checked.value, teamGrainOnly, pseudonymisedExports: pseudonymised });
      setNote({ tone: 'ok', text: 'Privacy settings saved.' });
    } catch (e) {
      setNote({ tone: 'bad', text: messageOf(e) });
    }
  };

  return (
    <Section
      id="privacy"
      title="Privacy"
      intro="Uptake is about enablement, not surveillance: metadata only, team grain by default."
    >
      <form onSubmit={submit} noValidate aria-label="Privacy">
        <label for="privacy-k">
          Minimum group size (k)
          <LockBadge locked={!!locked.k} />
        </label>
        <input
          id="privacy-k"
          class="short"
          type="text"
          inputMode="numeric"
          value={k}
          disabled={locked.k}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'privacy-k-error' : 'privacy-k-hint'}
          onInput={(e) => setK(e.currentTarget.value)}
        />
        <p class="hint" id="privacy-k-hint">
          No figure is shown for a group with fewer members (2–100, default 5), nor any that would
          reveal one by subtraction.
        </p>
        <FieldError id="privacy-k-error" message={error} />
        <label class="check">
          <input
            type="checkbox"
            checked={teamGrainOnly}
            disabled={locked.teamGrainOnly}
            onChange={(e) => setTeamGrainOnly(e.currentTarget.checked)}
          />
          <span>
            Team grain only: no individual named anywhere (no champions, no member lists)
            <LockBadge locked={!!locked.teamGrainOnly} />
          </span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={pseudonymised}
            disabled={locked.pseudonymisedExports}
            onChange={(e) => setPseudonymised(e.currentTarget.checked)}
          />
          <span>
            Pseudonymised exports: names and emails replaced with stable pseudonyms
            <LockBadge locked={!!locked.pseudonymisedExports} />
          </span>
        </label>
        <div class="actions">
          <button class="primary" type="submit">
            Save privacy settings
          </button>
        </div>
      </form>
      <StatusNote note={note} testId="privacy-status" />
    </Section>
  );
}
