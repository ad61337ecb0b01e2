/**
 * The suggestion card in the "How are they using Claude?" area (or on a
 * product tab, that product's suggestions): the top few, with a count of
 * the rest and a way to the companion.
 */
import type { Suggestion } from '@/lib/metrics/insight-types';
import { Brand } from '@/components/overlay/brand';
import { SuggestionList, type SuggestionListProps } from '@/components/overlay/suggestion-list';

export interface SuggestionCardProps {
  suggestions: Suggestion[];
  /** How many to show. */
  limit: number;
  /** "for Claude Code" on a product tab, empty on the Overview. */
  scopeWords: string;
  demo: boolean;
  onAction: SuggestionListProps['onAction'];
  onOpenCompanion: () => void;
}

export function SuggestionCard(props: SuggestionCardProps) {
  const { suggestions, limit, scopeWords, demo, onAction, onOpenCompanion } = props;
  if (suggestions.length === 0) return null;
  const shown = suggestions.slice(0, limit);
  const more = suggestions.length - shown.length;
  return (
    <section
      class="card"
      aria-label={`Uptake: enablement suggestions${scopeWords ? ` ${scopeWords}` : ''}`}
    >
      <header class="card-header">
        <Brand demo={demo} />
        <p class="card-title">Suggested next steps{scopeWords ? ` ${scopeWords}` : ''}</p>
      </header>
      <SuggestionList suggestions={shown} onAction={onAction} />
      <footer class="card-footer muted small">
        {more > 0 ? `${more} more · ` : ''}
        <button type="button" class="link" onClick={onOpenCompanion}>
          Open the companion
        </button>{' '}
        for teams, seats and the intervention log.
      </footer>
    </section>
  );
}
