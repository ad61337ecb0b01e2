import type { PictureSuggestion } from '@/lib/snapshot/picture-schema';
import { isPlaybookLink } from '@/lib/snapshot/snapshot-bounds';

/**
 * The top suggestions: the gap with its numbers, and the action (a link when
 * it has one on a playbook host Uptake ships; any other link shows as text,
 * whatever put it in the picture: a cache or a file).
 */
export function SuggestionList({ suggestions }: { suggestions: PictureSuggestion[] }) {
  return (
    <section class="tile" aria-labelledby="suggestions-heading" data-testid="popup-suggestions">
      <h2 id="suggestions-heading">What to do next</h2>
      {suggestions.length === 0 ? (
        <p class="muted">No suggestion: no gap stands out right now.</p>
      ) : (
        <ol class="suggestions">
          {suggestions.map((s) => (
            <li key={s.id} title={s.why}>
              <span class="gap">{s.title}</span>
              <span class="action">
                {s.action.url && isPlaybookLink(s.action.url) ? (
                  <a href={s.action.url} target="_blank" rel="noreferrer">
                    {s.action.label}
                  </a>
                ) : (
                  s.action.label
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
