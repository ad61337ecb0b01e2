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
