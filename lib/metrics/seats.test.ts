import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildInsightModel } from '@/lib/metrics/insight-model';
import { makeHistory, on, summary } from '@/lib/metrics/test-history';

const last = '2026-11-30';
const history = makeHistory({
  first: '2026-09-01',
  last,
  members: [
    { id: 'a', active: on([last]) },
    { id: 'b', active: on(['2026-10-31']) }, // idle exactly 30 days
    { id: 'c', active: on(['2026-11-01']) }, // idle 29 days
    { id: 'd' }, // never active, seat for 90 days
    { id: 'e', seen: ['2026-11-25', last] }, // never active, seat for 5 days
    { id: 'f', active: on(['2026-09-15']) }, // idle 76 days
    { id: 'g', seen: ['2026-09-01', '2026-11-20'], active: on(['2026-09-02']) }, // left
    { id: 'h', lastActiveDay: '2026-05-01' }, // active before the stored rows: idle 213 days
  ],
  summaries: [summary('org', last, { assignedSeats: 8, pendingInvites: 12 })],
  groups: [{ id: 'g1', name: 'Team', members: ['a', 'b', 'c', 'd', 'e', 'f', 'h'] }],
});
const opts = { today: '2026-12-01', timeZone: 'UTC' };

describe('seat signals', () => {
  it('dormant, never activated, reclaimable and pending invites', () => {
    const s = buildInsightModel(history, parseMetricsSettings({}), opts).seats!;
    expect(s.seatHolders).toBe(7);
    expect(s.dormant.members!.map((m) => [m.memberId, m.idleDays, m.lastActiveDay])).toEqual([
      ['h', 213, '2026-05-01'],
      ['f', 76, '2026-09-15'],
      ['b', 30, '2026-10-31'],
    ]);
    expect(s.neverActivated).toMatchObject({
      count: 1,
      graceDays: 14,
      members: [
        expect.objectContaining({ memberId: 'd', idleDays: null, seatSince: '2026-09-01' }),
      ],
    });
    expect(s.reclaimable).toEqual({ days: 60, count: 3, neverActivated: 1 });
    expect(s.pendingInvites).toBe(12);
  });

  it.each([
    [{ dormantDays: 31 }, 2, 1, 3],
    [{ dormantDays: 7 }, 4, 1, 3],
    [{ activationGraceDays: 0 }, 3, 2, 3],
    [{ reclaimDays: 90 }, 3, 1, 2],
  ])(
    'rules %j → dormant %i, never activated %i, reclaimable %i',
    (seats, dormant, never, reclaim) => {
      const s = buildInsightModel(history, parseMetricsSettings({ seats }), opts).seats!;
      expect([s.dormant.count, s.neverActivated.count, s.reclaimable.count]).toEqual([
        dormant,
        never,
        reclaim,
      ]);
    },
  );

  it('team grain keeps the counts, drops the names', () => {
    const s = buildInsightModel(
      history,
      parseMetricsSettings({ privacy: { teamGrainOnly: true } }),
      opts,
    ).seats!;
    expect([s.dormant.count, s.dormant.members, s.neverActivated.members]).toEqual([3, null, null]);
  });

  it('a group has its own signals and no pending invites', () => {
    const m = buildInsightModel(
      makeHistory({
        first: '2026-09-01',
        last,
        members: [
          ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, active: on([last]) })),
          ...['v', 'w', 'x', 'y', 'z'].map((id) => ({ id })),
        ],
        summaries: [summary('org', last, { pendingInvites: 12 })],
        groups: [{ id: 'g1', members: ['a', 'b', 'c', 'd', 'v'] }],
      }),
      parseMetricsSettings({}),
      { ...opts, scope: 'g1' },
    );
    expect(m.seats).toMatchObject({
      seatHolders: 5,
      neverActivated: { count: 1 },
      pendingInvites: null,
    });
  });
});
