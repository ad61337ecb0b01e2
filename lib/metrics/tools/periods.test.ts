import { describe, expect, it } from 'vitest';
import { periodShape, toolPeriods } from '@/lib/metrics/tools/periods';
import { gptRow, march, week } from '@/lib/metrics/tools/test-rows';

describe('ChatGPT periods', () => {
  it.each([
    ['2026-03-01', '2026-03-07', 'week'], // Sunday to Saturday
    ['2026-03-02', '2026-03-08', 'other'], // Monday to Sunday
    ['2026-02-01', '2026-02-28', 'month'],
    ['2024-02-01', '2024-02-29', 'month'], // leap year
    ['2026-02-01', '2026-02-27', 'other'],
    ['2026-01-15', '2026-03-14', 'other'], // a free "Date Range"
  ] as const)('%s … %s is a %s', (start, end, shape) => {
    expect(periodShape(start, end)).toBe(shape);
  });

  it('lists each period once, latest end first (a month before the weeks inside it)', () => {
    const rows = [
      gptRow('a@x.org'),
      gptRow('b@x.org'),
      gptRow('a@x.org', {}, march),
      gptRow('a@x.org', {}, { cadence: 'weekly', start: '2026-03-08', end: '2026-03-14' }),
    ];
    expect(toolPeriods(rows).map((p) => [p.key, p.days, p.shape])).toEqual([
      ['monthly:2026-03-01:2026-03-31', 31, 'month'],
      ['weekly:2026-03-08:2026-03-14', 7, 'week'],
      [`weekly:${week.start}:${week.end}`, 7, 'week'],
    ]);
    expect(toolPeriods([])).toEqual([]);
  });
});
