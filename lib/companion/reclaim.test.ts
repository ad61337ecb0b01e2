import { describe, expect, it } from 'vitest';
import type { SeatMember, SeatSignals } from '@/lib/metrics';
import { reclaimList } from './reclaim';

const m = (id: string, idleDays: number | null, seatSince: string | null): SeatMember => ({
  memberId: id,
  email: `${id}@x.example`,
  lastActiveDay: null,
  idleDays,
  seatSince,
});
const seats = (dormant: SeatMember[] | null, never: SeatMember[] | null): SeatSignals => ({
  seatHolders: 10,
  dormant: { days: 30, count: dormant?.length ?? 0, members: dormant },
  neverActivated: { graceDays: 14, count: never?.length ?? 0, members: never },
  reclaimable: { days: 60, count: 0, neverActivated: 0 },
  pendingInvites: null,
  heldBack: null,
});

describe('reclaimList (reclaim after 60 days)', () => {
  it('lists long-idle and long-never-activated seats, longest idle first', () => {
    const list = reclaimList(
      seats(
        [m('idle75', 75, '2026-01-10'), m('idle40', 40, '2026-01-10'), m('idle60', 60, null)],
        [m('never90', null, '2026-08-26'), m('never20', null, '2026-11-04')],
      ),
      '2026-11-24',
    )!;
    expect(list.map((e) => [e.memberId, e.reason, e.seatDays])).toEqual([
      ['never90', 'never-activated', 90],
      ['idle75', 'dormant', 318],
      ['idle60', 'dormant', null],
    ]);
  });

  it('is null without member lists (team grain)', () => {
    expect(reclaimList(seats(null, null), '2026-11-24')).toBeNull();
  });
});
