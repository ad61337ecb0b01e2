import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildInsightModel } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on, summary, type HistorySpec } from '@/lib/metrics/test-history';

const first = '2026-11-01'; // a Sunday
const last = '2026-11-30'; // a Monday

function orgModel(spec: Partial<HistorySpec>, settings: Record<string, unknown> = {}) {
  return buildInsightModel(makeHistory({ first, last, ...spec }), parseMetricsSettings(settings), {
    today: '2026-12-01',
    timeZone: 'UTC',
  });
}

const seats10 = [summary('org', last, { assignedSeats: 10 })];

describe('org adoption from member rows', () => {
  it.each([
    // name, spec, [daily, weekly, monthly actives], [rates], size source
    ['an empty org', {}, [0, 0, 0], [null, null, null], 'members-seen'],
    [
      'one member, active today',
      { members: [{ id: 'a', active: on([last]) }] },
      [1, 1, 1],
      [100, 100, 100],
      'members-seen',
    ],
    [
      'all inactive',
      { members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
      [0, 0, 0],
      [0, 0, 0],
      'members-seen',
    ],
    [
      'zero seats in the API, nobody seen',
      { summaries: [summary('org', last, { assignedSeats: 0 })] },
      [0, 0, 0],
      [null, null, null],
      'members-seen',
    ],
    [
      // a today; b 6 days before (inside the 7-day window); c 7 days before (outside it);
      // d on the first day of the 30-day window; e never.
      'windows end on the day, inclusive',
      {
        summaries: seats10,
        members: [
          { id: 'a', active: on([last]) },
          { id: 'b', active: on(['2026-11-24']) },
          { id: 'c', active: on(['2026-11-23']) },
          { id: 'd', active: on(['2026-11-01']) },
          { id: 'e' },
        ],
      },
      [1, 2, 4],
      [10, 20, 40],
      'api-seats',
    ],
    [
      'active as the API defines it: chat, Claude Code or Cowork; Office or Design alone is not',
      {
        summaries: seats10,
        members: [
          { id: 'a', active: on([last], { officeSessions: 1 }) }, // active in Office only
          { id: 'b', active: on([last], { designSessions: 2 }) }, // active in Design only
          { id: 'c', active: on([last], { codeSessions: 1 }) },
          { id: 'e', active: on([last], { coworkSessions: 1 }) },
          { id: 'd', active: on([last], { codeToolAccepted: 3, chatProjectsUsed: 1 }) }, // no message or session: inactive
        ],
      },
      [2, 2, 2],
      [20, 20, 20],
      'api-seats',
    ],
  ] as const)('%s', (_, spec, actives, rates, source) => {
    const m = orgModel(spec as Partial<HistorySpec>);
    const a = m.adoption!;
    expect([a.daily.actives, a.weekly.actives, a.monthly.actives]).toEqual(actives);
    expect([a.daily.rate, a.weekly.rate, a.monthly.rate]).toEqual(rates);
    expect(m.size.source).toBe(source);
    for (const r of [a.daily.rate, a.weekly.rate, a.monthly.rate])
      expect(Number.isNaN(r)).toBe(false);
    expect(a.monthly.source).toBe('members');
  });

  it('counts per product, withholding counts of 1 … k−1 people (k = 5; product-gate.ts)', () => {
    const a = orgModel({
      summaries: seats10,
      members: [
        { id: 'a', active: on([last], { chatMessages: 2, codeSessions: 1 }) },
        { id: 'b', active: on(['2026-11-20'], { coworkSessions: 1 }) },
      ],
    }).adoption!;
    expect(a.products.chat.daily.actives).toBeNull(); // 1 person: fewer than k
    expect(a.products.claude_code.monthly.actives).toBeNull();
    expect(a.products.cowork.daily.actives).toBe(0); // nobody that day: 0 is published
    expect(a.products.cowork.monthly).toMatchObject({ actives: null, rate: null });
    expect(a.products.design.monthly.actives).toBe(0);
  });

  it('trends compare with 7, 30 and 90 days earlier', () => {
    const a = orgModel({
      members: [
        { id: 'a', active: on(dayRange(first, last)) },
        { id: 'b', active: on(['2026-11-23']) },
      ],
    }).adoption!;
    expect(a.daily.trend.weekOverWeek).toEqual({
      day: '2026-11-23',
      actives: 2,
      rate: 100,
      activesChange: -1,
      rateChange: -50,
      relativeChange: -0.5,
    });
    // 2026-10-31 is before the stored rows and has no summary: unknown, not 0.
    expect(a.daily.trend.vs30Days).toMatchObject({
      day: '2026-10-31',
      actives: null,
      activesChange: null,
    });
    expect(a.monthly.trend.vs90Days).toMatchObject({
      day: '2026-09-01',
      actives: null,
      relativeChange: null,
    });
  });

  it('a sparkline of 90 days ending on the latest day, unknown days null', () => {
    const a = orgModel({ members: [{ id: 'a', active: on([last]) }] }).adoption!;
    expect(a.series.days).toHaveLength(90);
    expect(a.series.days.at(-1)).toBe(last);
    expect(a.series.dailyActives.at(-1)).toBe(1);
    expect(a.series.dailyActives.at(-2)).toBe(0);
    expect(a.series.dailyActives[0]).toBeNull();
    // A weekly figure needs its 7 days stored: known from 2026-11-07, not on 2026-11-06.
    expect(a.series.days.at(-24)).toBe('2026-11-07');
    expect(a.series.weeklyActives.at(-24)).toBe(0);
    expect(a.series.weeklyActives.at(-25)).toBeNull();
  });
});

describe('adoption across the DST changes, weekday-only', () => {
  // 2026-10-25 (Sunday): Europe/London leaves BST. 2026-11-01 (Sunday): America/New_York leaves EDT.
  // a is active on both of those Sundays only; b on the Mondays after them.
  const spec: HistorySpec = {
    first: '2026-10-01',
    last: '2026-11-02',
    members: [
      { id: 'a', active: on(['2026-10-25', '2026-11-01']) },
      { id: 'b', active: on(['2026-10-26', '2026-11-02']) },
    ],
    summaries: [summary('org', '2026-11-02', { assignedSeats: 4 })],
  };
  it.each([
    // weekdaysOnly, zone (only maps "today"), [daily, weekly, monthly], daily figure's day
    [false, 'Europe/London', [1, 2, 2], '2026-11-02'],
    [true, 'Europe/London', [1, 1, 1], '2026-11-02'],
    [false, 'America/New_York', [1, 2, 2], '2026-11-02'],
    [true, 'America/New_York', [1, 1, 1], '2026-11-02'],
  ] as const)('weekdaysOnly %s in %s', (weekdaysOnly, timeZone, actives, day) => {
    const m = buildInsightModel(makeHistory(spec), parseMetricsSettings({ weekdaysOnly }), {
      // 2026-11-03T03:30Z is still 2026-11-02 in New York and 2026-11-03 in London.
      today: Date.parse('2026-11-03T03:30:00Z'),
      timeZone,
    });
    const a = m.adoption!;
    expect([a.daily.actives, a.weekly.actives, a.monthly.actives]).toEqual(actives);
    expect(a.daily.day).toBe(day);
    expect(m.today).toBe(timeZone === 'America/New_York' ? '2026-11-02' : '2026-11-03');
    // Same weekday a week earlier, across the DST change.
    expect(a.daily.trend.weekOverWeek).toMatchObject({
      day: '2026-10-26',
      actives: 1,
      activesChange: 0,
    });
  });

  it('weekday-only daily figures skip weekends (Sunday → the Friday before)', () => {
    const m = buildInsightModel(
      makeHistory({ ...spec, last: '2026-11-01', summaries: [] }),
      parseMetricsSettings({ weekdaysOnly: true }),
      { today: '2026-11-02', timeZone: 'UTC' },
    );
    expect(m.adoption!.daily.day).toBe('2026-10-30');
    expect(m.adoption!.weekly.day).toBe('2026-11-01');
    expect(m.adoption!.weekly.actives).toBe(1); // b on 2026-10-26
  });
});

describe('fallback to /summaries', () => {
  it('uses summaries where the rows are missing, and says so', () => {
    const m = orgModel({
      first: '2026-11-28',
      last: '2026-11-30',
      members: [{ id: 'a', active: on(['2026-11-30']) }],
      summaries: [
        summary('org', '2026-11-29', {
          dailyActive: 7,
          weeklyActive: 9,
          monthlyActive: 12,
          assignedSeats: 20,
        }),
        summary('org', '2026-11-30', {
          dailyActive: 8,
          weeklyActive: 10,
          monthlyActive: 13,
          assignedSeats: 20,
        }),
      ],
    });
    const a = m.adoption!;
    // Daily: the row for 2026-11-30 is stored → from members. Weekly/monthly: the window reaches
    // days before the rows → the API's figures.
    expect(a.daily).toMatchObject({ actives: 1, rate: 5, source: 'members' });
    expect(a.weekly).toMatchObject({ actives: 10, rate: 50, source: 'summaries' });
    expect(a.monthly).toMatchObject({ actives: 13, rate: 65, source: 'summaries' });
    expect(a.weekly.trend.weekOverWeek.actives).toBeNull();
  });

  it('reads only summaries when no rows are stored, and no fallback in weekday-only mode', () => {
    const summaries = [
      summary('org', '2026-11-30', {
        dailyActive: 8,
        weeklyActive: 10,
        monthlyActive: 13,
        assignedSeats: 20,
      }),
    ];
    const history = { summaries };
    const opts = { today: '2026-12-01', timeZone: 'UTC' };
    const a = buildInsightModel(history, parseMetricsSettings({}), opts).adoption!;
    expect([a.daily.actives, a.weekly.actives, a.monthly.actives]).toEqual([8, 10, 13]);
    const w = buildInsightModel(
      history,
      parseMetricsSettings({ weekdaysOnly: true }),
      opts,
    ).adoption!;
    expect([w.daily.actives, w.weekly.actives, w.monthly.actives]).toEqual([null, null, null]);
  });

  it('an incomplete day is never read as complete', () => {
    const m = orgModel({
      members: [{ id: 'a', active: on(['2026-11-27']) }],
      missing: ['2026-11-27'],
    });
    expect(m.adoption!.daily.actives).toBe(0);
    expect(m.adoption!.weekly.actives).toBeNull(); // its window holds a missing day, no summary
  });

  it('no history at all: no adoption, and the reason', () => {
    const m = buildInsightModel({}, parseMetricsSettings({}), {
      today: '2026-12-01',
      timeZone: 'UTC',
    });
    expect(m.adoption).toBeNull();
    expect(m.freshness.latestDay).toBeNull();
    expect(m.suppressed).toEqual([expect.objectContaining({ part: 'scope', reason: 'no-data' })]);
  });
});
