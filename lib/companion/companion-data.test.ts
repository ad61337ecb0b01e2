import { describe, expect, it } from 'vitest';
import { exportsPseudonymised, parseCompanionData } from './companion-data';

describe('parseCompanionData', () => {
  it('defaults everything from nothing', () => {
    expect(parseCompanionData(undefined)).toMatchObject({
      interventions: [],
      planBilling: 'unknown',
      spendLimits: { orgMonthlyCap: null, groups: {} },
      review: { enabled: false, rolloutStart: null },
    });
  });

  it('drops a bad item and keeps the others; a bad section falls back alone', () => {
    const good = {
      id: 'a',
      teamId: 'g',
      type: 'workshop',
      day: '2026-10-01',
      owner: 'Dee',
      note: '',
    };
    const d = parseCompanionData({
      interventions: [good, { ...good, id: 'b', day: 'soon' }],
      planBilling: 'free',
      kpis: [
        { id: 'k', teamId: 'g', name: 'Tickets closed', unit: '', day: '2026-10-01', value: 12 },
      ],
      review: { enabled: 'yes', rolloutStart: '2026-09-01' },
    });
    expect(d.interventions.map((i) => i.id)).toEqual(['a']);
    expect(d.planBilling).toBe('unknown');
    expect(d.kpis).toHaveLength(1);
    expect(d.review).toMatchObject({ enabled: false, rolloutStart: '2026-09-01' });
  });
});

describe('exportsPseudonymised', () => {
  const s = (pseudonymisedExports: boolean | undefined, teamGrainOnly: boolean) => ({
    pseudonymisedExports,
    metrics: { privacy: { teamGrainOnly } },
  });
  it.each([
    [s(true, false), true],
    [s(undefined, false), true],
    [s(false, false), false],
    [s(false, true), true],
  ])('%j → %s', (settings, expected) => expect(exportsPseudonymised(settings)).toBe(expected));
});
