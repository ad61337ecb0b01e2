import { useEffect, useState } from 'preact/hooks';
import type { ReclaimEntry } from '@/lib/companion/reclaim';
import type { SeatMember, SeatSignals } from '@/lib/metrics';
import { DataTable } from './data-table';
import { num } from './format';
import { Figure, StateNote } from './view-state';

const memberColumns = [
  { key: 'email', header: 'Member', value: (r: SeatMember) => r.email ?? r.memberId },
  { key: 'last', header: 'Last active', value: (r: SeatMember) => r.lastActiveDay ?? 'never' },
  {
    key: 'idle',
    header: 'Days idle',
    numeric: true,
    value: (r: SeatMember) => r.idleDays,
    render: (r: SeatMember) => (r.idleDays === null ? 'never active' : num(r.idleDays)),
  },
  { key: 'since', header: 'Seat since', value: (r: SeatMember) => r.seatSince ?? '—' },
];

/**
 * Seats: dormant (holding a seat, inactive N days; N editable), never
 * activated, pending invites, and the reclaim list to export.
 */
export function SeatsView(props: {
  seats: SeatSignals;
  reclaim: ReclaimEntry[] | null;
  listsHidden: string | null;
  onDormantDays: (days: number) => Promise<void>;
  onExport: (what: 'reclaim' | 'dormant' | 'never') => void;
}) {
  const s = props.seats;
  const [days, setDays] = useState(String(s.dormant.days));
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => setDays(String(s.dormant.days)), [s.dormant.days]);
  const save = async (e: Event) => {
    e.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365)
      return setNote('Dormant after: a whole number of days from 1 to 365.');
    setNote('Saving… the figures are recomputed with the new rule.');
    await props.onDormantDays(n);
    setNote(`Saved: dormant means no activity in the last ${n} days (everywhere in Uptake).`);
  };
  return (
    <section class="card" aria-labelledby="seats-h" data-testid="seats-view">
      <h2 id="seats-h">Seats</h2>
      <div class="figures">
        <Figure label="Seat holders" value={num(s.seatHolders)} testId="seat-holders" />
        <Figure
          label={`Dormant (no activity in ${s.dormant.days} days)`}
          value={num(s.dormant.count)}
          testId="dormant-count"
        />
        <Figure
          label={`Never activated (seat older than ${s.neverActivated.graceDays} days)`}
          value={num(s.neverActivated.count)}
          testId="never-count"
        />
        <Figure
          label="Pending invites"
          value={num(s.pendingInvites)}
          testId="pending-count"
          note={s.pendingInvites === null ? 'org only' : undefined}
        />
        <Figure
          label={`Reclaimable (idle ${s.reclaimable.days}+ days)`}
          value={num(s.reclaimable.count)}
          testId="reclaim-count"
        />
      </div>
      <form class="inline-form" onSubmit={save} aria-label="Dormant rule">
        <label>
          Dormant after (days without activity)
          <input
            type="number"
            min="1"
            max="365"
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
            data-testid="dormant-days"
          />
        </label>
        <button type="submit">Apply</button>
        {note && <p role="status">{note}</p>}
      </form>
      {props.listsHidden ? (
        <StateNote kind="info" title={props.listsHidden} />
      ) : (
        <>
          <h3>Reclaim list</h3>
          <p class="muted">
            Seats idle for {s.reclaimable.days} days or more, and seats never used after as long.
            Talk to the people (or their lead) before taking a seat back.
          </p>
          <button
            type="button"
            onClick={() => props.onExport('reclaim')}
            data-testid="export-reclaim"
          >
            Export the reclaim list (CSV)
          </button>
          <DataTable
            caption={`Reclaim list (${props.reclaim?.length ?? 0} seats)`}
            testId="reclaim-table"
            limit={25}
            rowKey={(r) => r.memberId}
            rows={props.reclaim ?? []}
            empty="No seat qualifies for reclaiming."
            columns={[
              ...memberColumns.map((c) => ({
                ...c,
                value: c.value as (r: ReclaimEntry) => string | number | null,
              })),
              {
                key: 'reason',
                header: 'Why',
                value: (r: ReclaimEntry) =>
                  r.reason === 'dormant' ? 'dormant' : 'never activated',
              },
            ]}
          />
          <h3>Dormant</h3>
          <button type="button" onClick={() => props.onExport('dormant')}>
            Export dormant (CSV)
          </button>
          <DataTable
            caption={`Dormant seats (${s.dormant.count})`}
            testId="dormant-table"
            limit={25}
            rowKey={(r) => r.memberId}
            rows={s.dormant.members ?? []}
            columns={memberColumns}
            empty="No dormant seat."
          />
          <h3>Never activated</h3>
          <button type="button" onClick={() => props.onExport('never')}>
            Export never activated (CSV)
          </button>
          <DataTable
            caption={`Never activated (${s.neverActivated.count})`}
            testId="never-table"
            limit={25}
            rowKey={(r) => r.memberId}
            rows={s.neverActivated.members ?? []}
            columns={memberColumns}
            empty="Everyone with a seat has used Claude."
          />
        </>
      )}
    </section>
  );
}
