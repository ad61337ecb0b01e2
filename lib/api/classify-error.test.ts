import { describe, expect, it } from 'vitest';
import {
  isCursorMessage,
  latestAvailableDayFrom,
  retryAfterSecondsFrom,
} from '@/lib/api/classify-error';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('reading the server message', () => {
  const days: [string, string | undefined][] = [
    [
      'date 2026-11-25 is not yet available; the most recent available date is 2026-11-24',
      '2026-11-24',
    ],
    ['Data not available yet. Latest available day: 2026-11-23', '2026-11-23'],
    ['starting_date 2026-11-20 is after the latest available date 2026-11-19', '2026-11-19'],
    ['date 2025-12-31 is before 2026-01-01', undefined],
    ['range longer than 366 days', undefined],
    ['not yet available; latest available day 2026-13-45', undefined],
  ];
  it.each(days)('latest available day of %j is %s', (message, day) => {
    expect(latestAvailableDayFrom(message)).toBe(day);
  });

  const cursors: [string, boolean][] = [
    ['page cursor does not match the current query', true],
    ['Invalid cursor', true],
    ['invalid page token', true],
    ['limit must be between 1 and 1000', false],
    ['date 2026-11-25 is not yet available', false],
  ];
  it.each(cursors)('%j is about the cursor: %s', (message, yes) => {
    expect(isCursorMessage(message)).toBe(yes);
  });

  const retryAfter: [string | null, number | undefined][] = [
    ['30', 30],
    ['1.2', 2],
    ['0', 0],
    ['Thu, 26 Nov 2026 12:01:00 GMT', 60],
    ['Thu, 26 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [null, undefined],
  ];
  it.each(retryAfter)('retry-after %j is %s s', (header, seconds) => {
    expect(retryAfterSecondsFrom(header, NOW)).toBe(seconds);
  });
});
