/**
 * The metric notes of a page in one line, each metric by name with its "i":
 * what metric notes show when none of the page's metric labels can be found
 * (the fallback place).
 */
import type { MetricGloss } from '@/lib/claude/metric-glossary';
import { MetricNote } from '@/components/overlay/metric-note';

export interface MetricNotesProps {
  notes: { gloss: MetricGloss; figure: string | null }[];
  demo: boolean;
}

export function MetricNotes({ notes, demo }: MetricNotesProps) {
  if (notes.length === 0) return null;
  return (
    <section class="card" aria-label="Uptake: metric notes" data-testid="uptake-metric-notes">
      <p class="card-title">What the page's metrics mean</p>
      <ul class="notes">
        {notes.map(({ gloss, figure }) => (
          <li key={gloss.key}>
            {gloss.name}
            <MetricNote gloss={gloss} figure={figure} demo={demo} />
          </li>
        ))}
      </ul>
    </section>
  );
}
