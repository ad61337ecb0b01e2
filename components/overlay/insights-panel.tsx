/**
 * The fallback panel, floating bottom-right, for a claude.ai analytics page
 * whose layout Uptake does not recognise (anchors missing): the same
 * insights as the inline features, and which features could not find their
 * place. Collapsible; the header keeps the headline figure in view.
 */
import { useState } from 'preact/hooks';
import type { InsightModel, Suggestion } from '@/lib/metrics/insight-types';
import { day, percent } from '@/lib/overlay/format';
import type { OverlayState } from '@/lib/overlay/state';
import { Brand } from '@/components/overlay/brand';
import { StateNote } from '@/components/overlay/state-note';
import { SuggestionList, type SuggestionListProps } from '@/components/overlay/suggestion-list';
import { targetsFor } from '@/components/overlay/target-strip';
import { TargetRow } from '@/components/overlay/target-row';

export interface MissingFeature {
  name: string;
  lookingFor: string;
}

export interface InsightsPanelProps {
  model: InsightModel | null;
  suggestions: Suggestion[];
  state: OverlayState;
  demo: boolean;
  missing: MissingFeature[];
  initiallyOpen: boolean;
  onToggle?: (open: boolean) => void;
  onAction: SuggestionListProps['onAction'];
  onOpenOptions: () => void;
  onOpenCompanion: () => void;
}

function headline(model: InsightModel | null, suggestions: number): string {
  const t = model ? targetsFor(model, null)[0] : undefined;
  const parts: string[] = [];
  if (t && t.kind === 'adoption')
    parts.push(`${percent(t.current)} vs ${percent(t.goal, 0)} target`);
  if (suggestions > 0) parts.push(`${suggestions} suggestion${suggestions === 1 ? '' : 's'}`);
  return parts.join(' · ') || 'Insights';
}

export function InsightsPanel(props: InsightsPanelProps) {
  const { model, suggestions, state, demo, missing, onAction, onOpenOptions, onOpenCompanion } =
    props;
  const [open, setOpen] = useState(props.initiallyOpen);
  const champions = model?.champions.shown ? model.champions.champions.slice(0, 5) : [];
  const targets = model ? targetsFor(model, null) : [];
  return (
    <aside class={`panel${open ? ' is-open' : ''}`} aria-label="Uptake insights">
      <button
        type="button"
        class="panel-toggle"
        aria-expanded={open}
        aria-controls="uptake-panel-body"
        onClick={() => {
          setOpen(!open);
          props.onToggle?.(!open);
        }}
      >
        <Brand demo={demo} />
        <span class="panel-headline" data-testid="uptake-panel-headline">
          {headline(model, suggestions.length)}
        </span>
        <span class="chevron" aria-hidden="true">
          {open ? '▾' : '▴'}
        </span>
      </button>
      {open && (
        <div class="panel-body" id="uptake-panel-body">
          <StateNote state={state} onOpenOptions={onOpenOptions} />
          {model?.freshness.latestDay && (
            <p class="muted small">Data to {day(model.freshness.latestDay)} (Analytics API).</p>
          )}
          {targets.length > 0 && (
            <div class="panel-section">
              <p class="section-title">Targets</p>
              {targets.map((t) => (
                <TargetRow key={t.id} target={t} adoption={model?.adoption ?? null} />
              ))}
            </div>
          )}
          {suggestions.length > 0 && (
            <div class="panel-section">
              <p class="section-title">Suggested next steps</p>
              <SuggestionList suggestions={suggestions.slice(0, 3)} onAction={onAction} />
            </div>
          )}
          {champions.length > 0 && (
            <div class="panel-section">
              <p class="section-title">Top champions</p>
              <ol class="champions">
                {champions.map((c) => (
                  <li key={c.memberId}>
                    {c.email ?? c.memberId}{' '}
                    <span class="muted">
                      · active {c.parts.activeWeekdays} of {c.parts.windowWeekdays} weekdays
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          )}
          {missing.length > 0 && (
            <div class="panel-section" data-testid="uptake-missing">
              <p class="section-title">Not placed on this page</p>
              <p class="muted small">
                This page's layout is not one Uptake recognises, so these show here instead:
              </p>
              <ul class="missing">
                {missing.map((m) => (
                  <li key={m.name}>
                    <strong>{m.name}</strong> <span class="muted">— looked for {m.lookingFor}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p class="panel-footer">
            <button type="button" class="link" onClick={onOpenCompanion}>
              Open the companion
            </button>
          </p>
        </div>
      )}
    </aside>
  );
}
