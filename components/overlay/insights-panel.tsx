/**
 * The fallback place, at the top of the main content of a recognised page
 * where some feature could not find its anchor (a changed layout): it names
 * what Uptake looked for and did not find, and holds those features' own
 * content, each on its own host (slotted in below the note). It sits in the
 * page's flow, so it pushes native content down and never covers it.
 * Collapsible; the note and the content hide together.
 */
import { useState } from 'preact/hooks';
import { Brand } from '@/components/overlay/brand';

export interface MissingFeature {
  name: string;
  lookingFor: string;
}

export interface InsightsPanelProps {
  missing: MissingFeature[];
  demo: boolean;
  initiallyOpen: boolean;
  onToggle?: (open: boolean) => void;
  onOpenCompanion: () => void;
}

/** "Target strip and suggestions shown here", for the panel's one-line summary. */
export function headline(missing: MissingFeature[]): string {
  const names = missing.map((m, i) => (i === 0 ? m.name : m.name.toLowerCase()));
  const list =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return list ? `${list} shown here: this page's layout has changed` : 'Insights';
}

export function InsightsPanel(props: InsightsPanelProps) {
  const { missing, demo, onOpenCompanion } = props;
  const [open, setOpen] = useState(props.initiallyOpen);
  return (
    <aside class={`panel${open ? ' is-open' : ''}`} aria-label="Uptake insights">
      <div class="panel-header">
        <Brand demo={demo} />
        <p class="panel-headline" data-testid="uptake-panel-headline">
          {headline(missing)}
        </p>
        <button
          type="button"
          class="link panel-toggle"
          aria-expanded={open}
          aria-controls="uptake-panel-body"
          onClick={() => {
            setOpen(!open);
            props.onToggle?.(!open);
          }}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <div class="panel-body" id="uptake-panel-body" hidden={!open}>
        {missing.length > 0 && (
          <div class="panel-section" data-testid="uptake-missing">
            <p class="muted small">Uptake did not find on this page:</p>
            <ul class="missing">
              {missing.map((m) => (
                <li key={m.name}>
                  <strong>{m.name}</strong> <span class="muted">— looked for {m.lookingFor}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="panel-slot">
          <slot />
        </div>
        <p class="panel-footer muted small">
          <button type="button" class="link" onClick={onOpenCompanion}>
            Open the companion
          </button>{' '}
          for everything else.
        </p>
      </div>
    </aside>
  );
}
