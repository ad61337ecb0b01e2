import { describe, expect, it } from 'vitest';
import {
  defaultMetricsSettings,
  defaultTargets,
  parseMetricsSettings,
  targetSchema,
} from '@/lib/metrics/config';

describe('metrics settings', () => {
  it('defaults to 70% monthly adoption for the org, k = 5, no external presets', () => {
    expect(defaultTargets).toEqual([
      expect.objectContaining({ metric: 'monthly_adoption', scope: 'org', value: 70 }),
    ]);
    expect(defaultMetricsSettings.targets).toEqual(defaultTargets);
    expect(defaultMetricsSettings.privacy).toEqual({ k: 5, teamGrainOnly: false });
    expect(defaultMetricsSettings.champions).toMatchObject({
      windowDays: 30,
      topShare: 0.05,
      frozen: null,
    });
    expect(defaultMetricsSettings.benchmarkPresets).toEqual([]);
  });

  it.each([
    [
      { id: 'a', metric: 'monthly_adoption', scope: 'org', value: 70, deadline: '2027-03-31' },
      true,
    ],
    [{ id: 'a', metric: 'monthly_adoption', scope: 'org', value: 170, deadline: null }, false],
    [
      { id: 'a', metric: 'weekly_actives_growth', scope: 'g', value: 2, deadline: '2027-03-31' },
      false,
    ],
    [
      {
        id: 'a',
        metric: 'weekly_actives_growth',
        scope: 'g',
        value: 2,
        baseline: { day: '2026-11-01', value: null },
        deadline: '2027-03-31',
      },
      true,
    ],
    [
      { id: 'a', metric: 'monthly_adoption', scope: 'org', value: 70, deadline: '2027-02-30' },
      false,
    ],
    [{ id: 'a', metric: 'monthly_adoption', scope: 'org', value: 0, deadline: null }, false],
  ])('target %j valid: %s', (target, valid) => {
    expect(targetSchema.safeParse(target).success).toBe(valid);
  });

  it('keeps valid sections and falls back per section on bad ones', () => {
    const parsed = parseMetricsSettings({
      privacy: { k: 8 },
      champions: { topShare: 'lots' },
      weekdaysOnly: true,
      unknown: 1,
    });
    expect(parsed.privacy.k).toBe(8);
    expect(parsed.champions).toEqual(defaultMetricsSettings.champions);
    expect(parsed.weekdaysOnly).toBe(true);
    expect(parsed).not.toHaveProperty('unknown');
    expect(parseMetricsSettings(null)).toEqual(defaultMetricsSettings);
  });

  it('drops a bad target and keeps the good ones; an empty list stays empty', () => {
    const good = { id: 'g', metric: 'weekly_adoption', scope: 'org', value: 50, deadline: null };
    const parsed = parseMetricsSettings({ targets: [good, { id: 'bad', metric: 'nope' }] });
    expect(parsed.targets.map((t) => t.id)).toEqual(['g']);
    expect(parseMetricsSettings({ targets: [] }).targets).toEqual([]);
  });

  it('lower-cases opt-out emails', () => {
    expect(
      parseMetricsSettings({ champions: { optOutEmails: [' Ana@Acme.example '] } }).champions
        .optOutEmails,
    ).toEqual(['ana@acme.example']);
  });
});
