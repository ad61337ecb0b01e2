import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';

const last = '2026-11-30';
// 10 members from 2026-08-01. Team t (5): a, b active all along; c only in the last month.
// Everyone else (5): active all along. Nobody else active.
const history = makeHistory({
  first: '2026-08-01',
  last,
  members: [
    { id: 'a', active: on(dayRange('2026-08-01', last)) },
    { id: 'b', active: on(dayRange('2026-08-01', last)) },
    { id: 'c', active: on(dayRange('2026-11-10', last)) },
    { id: 'd' },
    { id: 'e' },
    ...['v', 'w', 'x', 'y', 'z'].map((id) => ({ id, active: on(dayRange('2026-08-01', last)) })),
  ],
  groups: [{ id: 't', name: 'Team', members: ['a', 'b', 'c', 'd', 'e'] }],
});
const presets = [
  {
    id: 'p1',
    label: 'Example survey median',
    metric: 'monthly_adoption',
    value: 50,
    source: 'Named by the admin: Example survey 2026, p. 4',
  },
];
const all = buildAllScopes(history, parseMetricsSettings({ benchmarkPresets: presets }), {
  today: '2026-12-01',
  timeZone: 'UTC',
});
const team = all.groups[0]!.benchmarks!;

describe('benchmarks', () => {
  it('team vs org, in rate points', () => {
    // monthly: team 3/5 = 60%, org 8/10 = 80%
    expect(team.vsOrg!.find((b) => b.metric === 'monthly_adoption')).toEqual({
      metric: 'monthly_adoption',
      value: 60,
      reference: 80,
      difference: -20,
    });
    expect(all.org.benchmarks!.vsOrg).toBeNull();
  });

  it('team vs its own past (30 and 90 days before)', () => {
    // 30 days before (2026-10-31): a, b → 40%. 90 days before (2026-09-01): a, b → 40%.
    expect(team.vsPast.find((b) => b.metric === 'monthly_adoption')).toEqual({
      metric: 'monthly_adoption',
      value: 60,
      days30Ago: 40,
      days90Ago: 40,
      change30: 20,
      change90: 20,
    });
  });

  it('external presets name their source; none ships by default', () => {
    expect(team.external).toEqual([
      expect.objectContaining({
        presetId: 'p1',
        source: 'Named by the admin: Example survey 2026, p. 4',
        value: 60,
        reference: 50,
        difference: 10,
      }),
    ]);
    expect(parseMetricsSettings({}).benchmarkPresets).toEqual([]);
    expect(
      parseMetricsSettings({ benchmarkPresets: [{ ...presets[0], source: '' }] }).benchmarkPresets,
    ).toEqual([]);
  });
});
