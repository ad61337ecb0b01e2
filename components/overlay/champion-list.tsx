/**
 * Champions listed by email, each with its "Champion" badge and note: what
 * champion badges show when the page lists no members Uptake can find (the
 * fallback place). The top few only; the companion has them all.
 */
import type { Champion } from '@/lib/metrics/insight-types';
import { ChampionBadge } from '@/components/overlay/champion-badge';

export interface ChampionListProps {
  champions: Champion[];
  eligible: number | null;
  windowDays: number;
  demo: boolean;
  /** How many to show. */
  limit: number;
}

export function ChampionList({ champions, eligible, windowDays, demo, limit }: ChampionListProps) {
  if (champions.length === 0) return null;
  return (
    <section class="card" aria-label="Uptake: champions" data-testid="uptake-champion-list">
      <p class="card-title">Champions</p>
      <ol class="champions">
        {champions.slice(0, limit).map((c) => (
          <li key={c.memberId}>
            {c.email ?? c.memberId}{' '}
            <ChampionBadge champion={c} eligible={eligible} windowDays={windowDays} demo={demo} />
          </li>
        ))}
      </ol>
    </section>
  );
}
