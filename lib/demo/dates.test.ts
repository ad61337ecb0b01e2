// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayIndex, dayString, isWeekend, parseDay, weekday } from './dates';

describe('dates', () => {
  it.each([
    ['2026-01-01', 0],
    ['2026-01-31', 30],
    ['2026-03-01', 59],
    ['2026-11-24', 327],
    ['2025-12-31', -1],
  ])('%s is day %i', (text, index) => {
    expect(dayIndex(text)).toBe(index);
    expect(dayString(index)).toBe(text);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('rejects %j', (bad) => {
    expect(parseDay(bad)).toBeNull();
  });

  it('knows 2026-01-01 is a Thursday and 2026-11-21 a Saturday', () => {
    expect(weekday(0)).toBe(4);
    expect(isWeekend(dayIndex('2026-11-21'))).toBe(true);
    expect(isWeekend(dayIndex('2026-11-23'))).toBe(false);
  });
});
