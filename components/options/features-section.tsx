import { useState } from 'preact/hooks';
import { LockBadge, Section, StatusNote, messageOf, type Note } from '@/components/options/parts';

/** What each overlay feature does, in words. */
export const featureDescriptions: Record<string, { name: string; what: string }> = {
  'target-strip': {
    name: 'Target strips',
    what: 'Value against target, progress, people needed and forecast beside the adoption charts.',
  },
  'champion-badge': { name: 'Champion badges', what: 'A badge beside each champion’s name.' },
  'suggestion-card': {
    name: 'Suggestion cards',
    what: 'The top enablement suggestions, with dismiss and snooze.',
  },
  'freshness-badge': {
    name: 'Freshness badge',
    what: 'The latest day in the local history and the last sync, near the page header.',
  },
  'metric-tooltip': {
    name: 'Metric definitions',
    what: 'Definitions on the native metrics Uptake understands.',
  },
  'insights-panel': {
    name: 'Insights panel',
    what: 'A fallback panel when the page layout is not recognised.',
  },
};

/** A switch per overlay feature, saved on change; switches set by policy are locked. */
export function FeaturesSection({
  featureIds,
  values,
  locked,
  onSave,
}: {
  featureIds: readonly string[];
  values: Record<string, boolean>;
  locked: ReadonlySet<string>;
  onSave: (id: string, on: boolean) => Promise<void>;
}) {
  const [note, setNote] = useState<Note>(null);
  return (
    <Section
      id="features"
      title="Features"
      intro="What Uptake adds to the claude.ai analytics pages."
    >
      {featureIds.map((id) => {
        const d = featureDescriptions[id] ?? { name: id, what: '' };
        return (
          <label class="check" key={id}>
            <input
              type="checkbox"
              checked={values[id] !== false}
              disabled={locked.has(id)}
              data-feature={id}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                onSave(id, on).then(
                  () => setNote({ tone: 'ok', text: `${d.name} ${on ? 'on' : 'off'}.` }),
                  (error: unknown) => setNote({ tone: 'bad', text: messageOf(error) }),
                );
              }}
            />
            <span>
              <strong>{d.name}</strong>
              <LockBadge locked={locked.has(id)} />
              <span class="what muted">{d.what}</span>
            </span>
          </label>
        );
      })}
      <StatusNote note={note} testId="features-status" />
    </Section>
  );
}
