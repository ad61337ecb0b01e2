// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Forecast } from '@/lib/metrics/insight-types';
import { testModel } from '@/lib/overlay/test-model';
import { sparkPath, sparkRange } from './sparkline';
import { forecastWords, TargetRow } from './target-row';

describe('forecastWords', () => {
  const base = { date: '2027-01-12', earliest: null, latest: null, slopePerDay: 0.1, points: 28 };
  const cases: [Forecast, string, string][] = [
    [{ status: 'reached' }, 'Target reached', 'ok'],
    [
      { status: 'insufficient-data', points: 3 },
      'Forecast needs more history (3 days so far)',
      'muted',
    ],
    [{ status: 'on-pace', reason: null, ...base }, 'On pace for 12 Jan 2027', 'ok'],
    [
      { status: 'not-on-pace', reason: 'flat-or-declining', ...base, date: null },
      'Not on pace (flat or declining)',
      'warn',
    ],
    [
      { status: 'not-on-pace', reason: 'after-deadline', ...base },
      'Not on pace (reaches it 12 Jan 2027, after the deadline)',
      'warn',
    ],
    [
      { status: 'not-on-pace', reason: 'beyond-horizon', ...base, date: null },
      'Not on pace (not within a year at this trend)',
      'warn',
    ],
  ];
  for (const [f, text, tone] of cases)
    it(text, () => expect(forecastWords(f)).toEqual({ text, tone }));
});

describe('sparkline geometry', () => {
  it('covers the values and the target, padded by 10% of the span (at least 1)', () => {
    expect(sparkRange([70, 72.5, 75], 80)).toEqual([69, 81]);
    expect(sparkRange([10, 30], null)).toEqual([8, 32]);
    expect(sparkRange([], null)).toEqual([0, 1]);
  });
  it('breaks the line at unknown days', () => {
    expect(sparkPath([0, null, 10], 0, 10, 100, 10)).toBe('M0.0 10.0M100.0 0.0');
    expect(sparkPath([5], 0, 10, 100, 10)).toBe('M50.0 5.0');
  });
});

describe('TargetRow', () => {
  it('says the value, the goal, the progress, people needed and the forecast', () => {
    // testModel: 150 of 200 seats monthly active = 75%; goal 80% = 160 people; 10 more needed.
    const model = testModel();
    render(<TargetRow target={model.targets[0]!} adoption={model.adoption} />);
    expect(screen.getByTestId('uptake-target-current').textContent).toBe('75.0%');
    expect(screen.getByTestId('uptake-target-goal').textContent).toBe('80%');
    expect(screen.getByTestId('uptake-target-needed').textContent).toBe('10 more people needed');
    expect(screen.getByTestId('uptake-target-forecast').textContent).toBe(
      'Not on pace (flat or declining)',
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('94');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'monthly active, last 3 days, with the target at 80%',
    );
  });
});
