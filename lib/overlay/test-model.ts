/**
 * Test-only: a small insight model with round numbers a person can check
 * (200 seats; 50 daily, 120 weekly, 150 monthly actives on 2026-11-24),
 * overridable field by field.
 */
import type {
  InsightModel,
  TrendPoint,
  WindowFigure,
  WindowFigures,
} from '@/lib/metrics/insight-types';

const flat: TrendPoint = {
  day: '2026-11-17',
  actives: null,
  rate: null,
  activesChange: null,
  rateChange: null,
  relativeChange: null,
};

/** A window figure for 2026-11-24 of `actives` out of 200 seats. */
export function figure(actives: number | null, seats = 200): WindowFigure {
  return {
    day: '2026-11-24',
    actives,
    rate: actives === null ? null : (actives / seats) * 100,
    source: 'summaries',
    trend: { weekOverWeek: flat, vs30Days: flat, vs90Days: flat },
  };
}

function figures(d: number, w: number, m: number): WindowFigures {
  return { daily: figure(d), weekly: figure(w), monthly: figure(m) };
}

export function testModel(patch: Partial<InsightModel> = {}): InsightModel {
  return {
    version: 1,
    scope: { id: 'org', kind: 'org', name: null, groupSource: null },
    today: '2026-11-26',
    freshness: {
      latestDay: '2026-11-24',
      membersLatestDay: '2026-11-24',
      summariesLatestDay: '2026-11-24',
      lagDays: 2,
    },
    size: { value: 200, source: 'api-seats', approximate: false, members: 200 },
    adoption: {
      ...figures(50, 120, 150),
      weekdaysOnly: false,
      products: {
        chat: figures(40, 100, 130),
        claude_code: figures(10, 30, 44),
        cowork: figures(2, 8, 12),
        office: figures(0, 1, 2),
        design: figures(0, 0, 4),
      },
      series: {
        days: ['2026-11-22', '2026-11-23', '2026-11-24'],
        dailyActives: [40, 45, 50],
        weeklyActives: [110, 115, 120],
        monthlyActives: [140, 145, 150],
        dailyRate: [20, 22.5, 25],
        weeklyRate: [55, 57.5, 60],
        monthlyRate: [70, 72.5, 75],
      },
    },
    targets: [
      {
        id: 'org-monthly-adoption',
        metric: 'monthly_adoption',
        product: null,
        scope: 'org',
        deadline: null,
        kind: 'adoption',
        day: '2026-11-24',
        goal: 80,
        current: 75,
        currentActives: 150,
        goalActives: 160,
        gapPeople: 10,
        progress: 75 / 80,
        growth: null,
        daysLeft: null,
        forecast: {
          status: 'not-on-pace',
          reason: 'flat-or-declining',
          date: null,
          earliest: null,
          latest: null,
          slopePerDay: 0,
          points: 28,
        },
      },
    ],
    champions: {
      shown: true,
      windowDays: 30,
      eligible: 180,
      cutoff: 0.9,
      computedCutoff: 0.9,
      frozenAt: null,
      champions: [],
    },
    seats: {
      seatHolders: 200,
      dormant: { days: 30, count: 50, members: null },
      neverActivated: { graceDays: 14, count: 10, members: null },
      reclaimable: { days: 60, count: 5, neverActivated: 2 },
      pendingInvites: 3,
      heldBack: null,
    },
    suggestions: [],
    benchmarks: null,
    suppressed: [],
    completeness: {
      monthly: { days: 30, needed: 30, present: 30, complete: true },
      champions: { days: 30, needed: 30, present: 30, complete: true },
      seats: { days: 60, needed: 60, present: 60, complete: true },
      membersKnown: true,
      note: null,
    },
    ...patch,
  } as InsightModel;
}
