/**
 * An "i" beside a native metric: what the page counts, Uptake's figure for
 * it, and why the two can differ.
 */
import type { MetricGloss } from '@/lib/claude/metric-glossary';
import { Tip } from '@/components/overlay/tip';

export interface MetricNoteProps {
  gloss: MetricGloss;
  /** Uptake's figure in words, or null when it has none. */
  figure: string | null;
  demo: boolean;
}

export function MetricNote({ gloss, figure, demo }: MetricNoteProps) {
  return (
    <Tip
      label={`Uptake: about ${gloss.name}`}
      triggerClass="info"
      trigger={
        <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
          <circle cx="6" cy="3" r="1" fill="currentColor" />
          <path d="M6 5.2v4.6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
      }
    >
      <p class="note-title">{gloss.name}</p>
      <p>
        <strong>On this page:</strong> {gloss.native}
      </p>
      {figure && (
        <p data-testid="uptake-metric-figure">
          <strong>In Uptake{demo ? ' (demo data)' : ''}:</strong> {figure}
        </p>
      )}
      <p class="muted">{gloss.reconcile}</p>
    </Tip>
  );
}
