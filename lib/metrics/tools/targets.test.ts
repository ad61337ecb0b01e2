import { describe, expect, it } from 'vitest';
import { targetSchema } from '@/lib/metrics/config';
import { shareOf } from '@/lib/metrics/tools/figures';
import { toolPeriods } from '@/lib/metrics/tools/periods';
import { toolsTargetProgress } from '@/lib/metrics/tools/targets';
import { gptRow, march } from '@/lib/metrics/tools/test-rows';

const periods = toolPeriods([gptRow('a@x.org'), gptRow('a@x.org', {}, march)]);
const target = (metric: string, value: number, scope = 'org') =>
  targetSchema.parse({ id: `${metric}-${scope}`, metric, scope, value, deadline: '2026-06-30' });

describe('targets on the combined AI-active share', () => {
  it('reads the latest period of the cadence: 45 of 60 people is 75%, 80% needs 48, 3 more', () => {
    const [weekly, monthly] = toolsTargetProgress(
      [
        target('weekly_ai_active_share', 80),
        target('monthly_ai_active_share', 70),
        target('monthly_adoption', 70), // Claude's: not read here
      ],
      periods,
      (p) => ({
        share: p.shape === 'week' ? shareOf(45, 60) : shareOf(50, 60),
        hiddenBecause: null,
      }),
    );
    expect(weekly).toMatchObject({
      period: { key: 'weekly:2026-03-01:2026-03-07' },
      current: 75,
      goalPeople: 48,
      gapPeople: 3,
      progress: 75 / 80,
      daysLeft: 115, // 7 March → 30 June
      missing: null,
    });
    expect(monthly).toMatchObject({ current: (50 / 60) * 100, goalPeople: 42, gapPeople: 0 });
  });

  it('says why when there is no such period or the team is hidden', () => {
    const [weekly] = toolsTargetProgress([target('weekly_ai_active_share', 50)], [], () => ({
      share: null,
      hiddenBecause: null,
    }));
    expect(weekly!.missing).toBe('No ChatGPT weekly export imported yet.');
    const [hidden] = toolsTargetProgress(
      [target('weekly_ai_active_share', 50, 'g-small')],
      periods,
      () => ({ share: null, hiddenBecause: 'Fewer than 5 members.' }),
    );
    expect([hidden!.current, hidden!.missing]).toEqual([null, 'Fewer than 5 members.']);
  });
});

describe('the forecast of a combined target (forecast.ts, through target-gate.ts)', () => {
  /** Five Sunday–Saturday weeks from 1 March 2026: 1–7, 8–14, 15–21, 22–28 March, 29 March – 4 April. */
  const weeks = [1, 8, 15, 22, 29].map((d) => {
    const start = new Date(Date.UTC(2026, 2, d));
    const end = new Date(Date.UTC(2026, 2, d + 6));
    const day = (x: Date) => x.toISOString().slice(0, 10);
    return { cadence: 'weekly' as const, start: day(start), end: day(end) };
  });
  const fivePeriods = toolPeriods(weeks.map((w) => gptRow('a@x.org', {}, w)));
  /** The org's combined share rises 5 points a week: 50, 55, 60, 65, 70 of 100 seats. */
  const rising =
    (hidden: (start: string) => boolean = () => false) =>
    (p: { start: string }) => {
      const i = weeks.findIndex((w) => w.start === p.start);
      return hidden(p.start)
        ? { share: null, hiddenBecause: 'Fewer than 5 members.' }
        : { share: shareOf(50 + 5 * i, 100), hiddenBecause: null };
    };
  const weekly80 = targetSchema.parse({
    id: 't',
    metric: 'weekly_ai_active_share',
    scope: 'org',
    value: 80,
    deadline: '2026-12-31',
  });

  it('rising 5 points a week to 70% on 4 April, 80% is reached two weeks later, 18 April', () => {
    const [t] = toolsTargetProgress([weekly80], fivePeriods, rising());
    expect(t!.forecast).toMatchObject({ status: 'on-pace', date: '2026-04-18', points: 5 });
  });

  it('a week the gate hides is no point; the week read hidden withholds the forecast', () => {
    const [skipped] = toolsTargetProgress(
      [weekly80],
      fivePeriods,
      rising((start) => start === '2026-03-08'),
    );
    expect(skipped!.forecast).toMatchObject({ status: 'on-pace', date: '2026-04-18', points: 4 });
    const [withheld] = toolsTargetProgress(
      [weekly80],
      fivePeriods,
      rising((start) => start === '2026-03-29'),
    );
    expect(withheld!.forecast).toEqual({ status: 'withheld' });
  });

  it('fewer than four weeks are too few to fit; a goal already met is reached', () => {
    const [few] = toolsTargetProgress([weekly80], fivePeriods.slice(2), rising());
    expect(few!.forecast).toEqual({ status: 'insufficient-data', points: 3 });
    const met = targetSchema.parse({ ...weekly80, value: 70 });
    expect(toolsTargetProgress([met], fivePeriods, rising())[0]!.forecast).toEqual({
      status: 'reached',
    });
  });
});
