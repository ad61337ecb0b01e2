/**
 * Enablement suggestions with their numbers and action; each can be
 * dismissed or snoozed for 7 days (remembered by the background). Used by
 * the suggestion card and the insights panel.
 */
import { useState } from 'preact/hooks';
import type { Suggestion } from '@/lib/metrics/insight-types';

export interface SuggestionListProps {
  suggestions: Suggestion[];
  onAction: (id: string, action: 'dismiss' | 'snooze') => Promise<void>;
}

function Item({ s, onAction }: { s: Suggestion; onAction: SuggestionListProps['onAction'] }) {
  const [failed, setFailed] = useState(false);
  const act = (action: 'dismiss' | 'snooze') => {
    setFailed(false);
    onAction(s.id, action).catch(() => setFailed(true));
  };
  return (
    <li class="suggestion" data-testid="uptake-suggestion" data-suggestion-id={s.id}>
      <p class="suggestion-title">{s.title}</p>
      <p class="muted small">{s.why}</p>
      <div class="actions">
        {s.action.url ? (
          <a class="action" href={s.action.url} target="_blank" rel="noopener noreferrer">
            {s.action.label}
          </a>
        ) : (
          <span class="action">{s.action.label}</span>
        )}
        <span class="buttons">
          <button
            type="button"
            class="quiet"
            onClick={() => act('snooze')}
            aria-label={`Snooze for 7 days: ${s.title}`}
          >
            Snooze 7 days
          </button>
          <button
            type="button"
            class="quiet"
            onClick={() => act('dismiss')}
            aria-label={`Dismiss: ${s.title}`}
          >
            Dismiss
          </button>
        </span>
      </div>
      {failed && (
        <p class="error small" role="alert">
          Uptake could not save that. Reload the page and try again.
        </p>
      )}
    </li>
  );
}

export function SuggestionList({ suggestions, onAction }: SuggestionListProps) {
  return (
    <ul class="suggestions">
      {suggestions.map((s) => (
        <Item key={s.id} s={s} onAction={onAction} />
      ))}
    </ul>
  );
}
