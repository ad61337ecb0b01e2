import { useState } from 'preact/hooks';
import {
  FieldError,
  LockBadge,
  Section,
  StatusNote,
  messageOf,
  type Note,
} from '@/components/options/parts';
import { decimal, emailList, memberIdList, take, wholeNumber } from '@/components/options/validate';
import type { ChampionRules } from '@/lib/metrics/config';

type Field =
  | 'consistency'
  | 'breadth'
  | 'depth'
  | 'windowDays'
  | 'minTenureDays'
  | 'topShare'
  | 'optOut'
  | 'optOutIds';

interface Form {
  consistency: string;
  breadth: string;
  depth: string;
  windowDays: string;
  minTenureDays: string;
  topShare: string;
  optOut: string;
  optOutIds: string;
}

function formOf(r: ChampionRules): Form {
  return {
    consistency: String(r.weights.consistency),
    breadth: String(r.weights.breadth),
    depth: String(r.weights.depth),
    windowDays: String(r.windowDays),
    minTenureDays: String(r.minTenureDays),
    topShare: String(Math.round(r.topShare * 1000) / 10),
    optOut: r.optOutEmails.join('\n'),
    optOutIds: (r.optOutMemberIds ?? []).join('\n'),
  };
}

/** Checks the form; the rules it gives (frozen thresholds kept), or the errors per field. */
export function championRulesFrom(
  form: Form,
  current: ChampionRules,
): { rules: ChampionRules } | { errors: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {};
  const weight = (k: 'consistency' | 'breadth' | 'depth') =>
    take(decimal(form[k], 0, 10, { message: 'Enter a weight from 0 to 10.' }), k, errors);
  const weights = {
    consistency: weight('consistency'),
    breadth: weight('breadth'),
    depth: weight('depth'),
  };
  const windowDays = take(wholeNumber(form.windowDays, 7, 90), 'windowDays', errors);
  const minTenureDays = take(wholeNumber(form.minTenureDays, 0, 365), 'minTenureDays', errors);
  const topShare = take(
    decimal(form.topShare, 0, 50, {
      exclusiveMin: true,
      message: 'Enter a share above 0% and at most 50%.',
    }),
    'topShare',
    errors,
  );
  const optOutEmails = take(emailList(form.optOut), 'optOut', errors);
  const optOutMemberIds = take(memberIdList(form.optOutIds), 'optOutIds', errors);
  if (!errors.consistency && !errors.breadth && !errors.depth) {
    const { consistency = 0, breadth = 0, depth = 0 } = weights;
    if (consistency + breadth + depth === 0)
      errors.consistency = 'At least one weight must be above 0.';
  }
  if (Object.keys(errors).length) return { errors };
  return {
    rules: {
      ...current,
      weights: weights as ChampionRules['weights'],
      windowDays: windowDays!,
      minTenureDays: minTenureDays!,
      topShare: topShare! / 100,
      optOutEmails: optOutEmails!,
      optOutMemberIds: optOutMemberIds!,
    },
  };
}

/**
 * Champion rules: the score's weights and window, minimum tenure, the top
 * slice, the opt-out list, badges on or off, and "refresh thresholds"
 * (freeze the current top slice's cut-off until the next refresh).
 */
export function ChampionsSection({
  rules,
  showBadges,
  badgesLocked,
  computedCutoff,
  onSave,
  onSaveBadges,
  onRefresh,
}: {
  rules: ChampionRules;
  showBadges: boolean;
  badgesLocked: boolean;
  /** The cut-off a refresh would freeze now (null when no champion can be computed). */
  computedCutoff: number | null;
  onSave: (rules: ChampionRules) => Promise<void>;
  onSaveBadges: (on: boolean) => Promise<void>;
  /** Freezes the current cut-off (refreshedThresholds); rejects with a reason when there is none. */
  onRefresh: () => Promise<void>;
}) {
  const [form, setForm] = useState<Form>(() => formOf(rules));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [note, setNote] = useState<Note>(null);
  const set = (k: keyof Form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const attrs = (k: Field) => ({
    id: `champion-${k}`,
    'aria-invalid': errors[k] ? true : undefined,
    'aria-describedby': errors[k] ? `champion-${k}-error` : undefined,
  });
  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setNote({ tone: 'ok', text: done });
    } catch (error) {
      setNote({ tone: 'bad', text: messageOf(error) });
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const result = championRulesFrom(form, rules);
    if ('errors' in result) {
      setErrors(result.errors);
      setNote({ tone: 'bad', text: 'Not saved: fix the fields marked below.' });
      return;
    }
    setErrors({});
    void act(() => onSave(result.rules), 'Champion rules saved.');
  };
  const numberField = (k: Exclude<Field, 'optOut' | 'optOutIds'>, label: string, hint: string) => (
    <div>
      <label for={`champion-${k}`}>{label}</label>
      <input type="text" inputMode="decimal" value={form[k]} onInput={set(k)} {...attrs(k)} />
      <p class="hint">{hint}</p>
      <FieldError id={`champion-${k}-error`} message={errors[k]} />
    </div>
  );
  const frozen = rules.frozen;
  return (
    <Section
      id="champions"
      title="Champions"
      intro="A champion's use is consistent (active weekdays), broad (products, skills, connectors, projects) and deep (interactions), in the organisation's top slice after a minimum tenure. Spend and lines of code are never used."
    >
      <form onSubmit={submit} noValidate aria-label="Champion rules">
        <div class="form-grid">
          {numberField('consistency', 'Weight: consistency', '0–10')}
          {numberField('breadth', 'Weight: breadth', '0–10')}
          {numberField('depth', 'Weight: depth', '0–10')}
          {numberField('windowDays', 'Window (days)', '7–90 days of activity scored')}
          {numberField('minTenureDays', 'Minimum tenure (days)', '0–365 days since first seen')}
          {numberField('topShare', 'Top slice (%)', 'e.g. 5 for the top 5% of eligible members')}
        </div>
        <label for="champion-optOut">Opted out (emails, one per line)</label>
        <textarea value={form.optOut} onInput={set('optOut')} {...attrs('optOut')} />
        <p class="hint">Never shown as champions anywhere, nor paired in suggestions.</p>
        <FieldError id="champion-optOut-error" message={errors.optOut} />
        <label for="champion-optOutIds">Opted out (member ids, one per line)</label>
        <textarea value={form.optOutIds} onInput={set('optOutIds')} {...attrs('optOutIds')} />
        <p class="hint">
          For members listed without an email, or to opt out a person whatever their email: the id
          the Admin API gives them (e.g. user_01AbC…).
        </p>
        <FieldError id="champion-optOutIds-error" message={errors.optOutIds} />
        <div class="actions">
          <button class="primary" type="submit">
            Save champion rules
          </button>
        </div>
      </form>
      <h3>Thresholds</h3>
      <p data-testid="champion-thresholds">
        {frozen
          ? `Frozen at a score of ${frozen.scoreCutoff.toFixed(3)} on ${frozen.frozenAt}.`
          : 'Not frozen: champions follow the current top slice.'}{' '}
        {computedCutoff !== null && (
          <span class="muted">The current top slice starts at {computedCutoff.toFixed(3)}.</span>
        )}
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() => void act(onRefresh, 'Thresholds refreshed and frozen.')}
        >
          Refresh thresholds
        </button>
        {frozen && (
          <button
            type="button"
            onClick={() =>
              void act(() => onSave({ ...rules, frozen: null }), 'Thresholds unfrozen.')
            }
          >
            Unfreeze
          </button>
        )}
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={showBadges}
          disabled={badgesLocked}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void act(() => onSaveBadges(on), on ? 'Badges shown.' : 'Badges hidden.');
          }}
        />
        <span>
          Show champion badges beside member names on claude.ai
          <LockBadge locked={badgesLocked} />
        </span>
      </label>
      <StatusNote note={note} testId="champions-status" />
    </Section>
  );
}
