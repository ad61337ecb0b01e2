import type { TeamPicture } from '@/lib/snapshot/picture-schema';

/**
 * While the member history is incomplete (a first sync, a gap being filled):
 * what is held back and what comes from the API's totals, in words. Nothing
 * when every figure is member-based.
 */
export function PartialNote({ picture }: { picture: TeamPicture }) {
  if (!picture.partialNote) return null;
  return (
    <p class="muted partial" data-testid="popup-partial">
      {picture.partialNote}
    </p>
  );
}
