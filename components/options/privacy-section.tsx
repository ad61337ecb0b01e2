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
import { complementaryDetail } from '@/lib/metrics/privacy';

export interface PrivacyValues {
  k: number;
  teamGrainOnly: boolean;
  pseudonymisedExports: boolean;
}

/** A group the floor hides now, and why (the scope list's `hiddenBecause`). */
export interface HiddenGroup {
  id: string;
  name: string | null;
  hiddenBecause: string | null;
}

/**
 * What the floor hides now, each group with its reason in words: the admin
 * sees what each choice costs (a large group hidden to protect a small one
 * says so).
 */
function HiddenNow({ hidden }: { hidden: HiddenGroup[] }) {
  if (hidden.length === 0)
    return (
      <p class="hint" data-testid="privacy-hidden-none">
        With the current k, every group’s figures are shown.
      </p>
    );
  return (
    <div data-testid="privacy-hidden">
      <p class="hint">With the current k, the floor hides {hidden.length} group(s):</p>
      <ul>
        {hidden.map((g) => (
          <li key={g.id}>
            <strong>{g.name ?? g.id}</strong>:{' '}
            {g.hiddenBecause === complementaryDetail
              ? 'not small, but hidden so that a smaller team’s figures cannot be worked out by subtraction.'
              : g.hiddenBecause}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Privacy: the minimum group size k (no group figure under it, default 5),
 * team-grain-only mode (no individual named anywhere) and pseudonymised
 * exports. Each value the organisation's policy sets is locked. Shows what
 * the floor hides now and links to the rules: docs/privacy.md, rendered into
 * the extension's privacy.html at build time (scripts/privacy-page.ts).
 */
export function PrivacySection({
  values,
  locked,
  hidden = [],
  onSave,
}: {
  values: PrivacyValues;
  locked: Partial<Record<keyof PrivacyValues, boolean>>;
  hidden?: HiddenGroup[];
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
      <HiddenNow hidden={hidden} />
      <p class="hint" data-testid="privacy-rules">
        The rules — what is hidden, why, and what an admin can and cannot learn — are written down
        in{' '}
        <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-rules-link">
          How Uptake protects privacy
        </a>{' '}
        (docs/privacy.md, shipped with the extension). In short: no figure of a group under k, nor
        any figure that adding and subtracting published ones (overlapping groups and “in no group”
        included) would turn into a count of fewer than k people.
      </p>
    </Section>
  );
}
