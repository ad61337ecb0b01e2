import type { TeamPicture } from '@/lib/snapshot/picture-schema';

/** How many champions the popup names. */
const shownCount = 5;

/**
 * Champions in the scope (never opted-out members; none when the privacy
 * floor or team-grain-only mode hides them — then it says why).
 */
export function ChampionList({ champions }: { champions: TeamPicture['champions'] }) {
  return (
    <section class="tile" aria-labelledby="champions-heading" data-testid="popup-champions">
      <h2 id="champions-heading">Champions</h2>
      {!champions.shown ? (
        <p class="muted">
          {champions.hiddenBecause ?? 'Not shown.'}
          {champions.total > 0 && ` ${champions.total} in this team.`}
        </p>
      ) : champions.list.length === 0 ? (
        <p class="muted">No champion in this scope yet.</p>
      ) : (
        <>
          <ol class="champions">
            {champions.list.slice(0, shownCount).map((c) => (
              <li key={`${c.rank}-${c.email}`}>
                <span class="rank">#{c.rank}</span> {c.email ?? 'A member without an email'}
              </li>
            ))}
          </ol>
          {champions.total > shownCount && (
            <p class="muted">and {champions.total - shownCount} more.</p>
          )}
        </>
      )}
    </section>
  );
}
