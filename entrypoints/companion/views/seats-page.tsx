import { reclaimList } from '@/lib/companion/reclaim';
import { SeatsView } from '@/components/companion/seats-view';
import { StateNote } from '@/components/companion/view-state';
import { sendToBackground } from '@/lib/messages/send';
import { downloadSeatList } from '../exports';
import { hiddenReason, type PageContext } from './context';

/** Seats of the scope (from its insight model), the dormant rule, the reclaim list. */
export function SeatsPage({ ctx }: { ctx: PageContext }) {
  const seats = ctx.model.seats;
  const hidden = hiddenReason(ctx.model);
  if (hidden)
    return <StateNote kind="info" title={`No seat figures for ${ctx.scopeName}: ${hidden}`} />;
  if (!seats)
    return (
      <StateNote kind="empty" title="No seat figures yet.">
        Seats come from the per-member days; they appear after the first day is synced.
      </StateNote>
    );
  const asOf = ctx.model.freshness.latestDay ?? ctx.range.to;
  const reclaim = reclaimList(seats, asOf);
  const listsHidden = ctx.model.suppressed.find((s) => s.part === 'member-lists')?.detail ?? null;
  return (
    <SeatsView
      seats={seats}
      reclaim={reclaim}
      listsHidden={
        // Held back while the member history does not cover the seat windows (completeness).
        seats.heldBack ??
        (listsHidden
          ? `${listsHidden} Switch off team-grain-only mode in Options to see who.`
          : null)
      }
      onDormantDays={async (days) => {
        const metrics = ctx.settings.metrics;
        await sendToBackground({
          type: 'to-background:write-settings',
          patch: { metrics: { ...metrics, seats: { ...metrics.seats, dormantDays: days } } },
        });
      }}
      onExport={(what) => downloadSeatList(ctx, what, reclaim)}
    />
  );
}
