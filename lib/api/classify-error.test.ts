import { describe, expect, it } from 'vitest';
import {
  browserAccessReason,
  isCursorMessage,
  latestAvailableDayFrom,
  retryAfterMsFrom,
  retryAfterSecondsFrom,
  shouldRetryFrom,
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

  /** [headers, ms to wait]: retry-after-ms first (as the SDK reads it), else retry-after. */
  const retryAfterMs: [Record<string, string>, number | undefined][] = [
    [{ 'retry-after-ms': '1500' }, 1500],
    [{ 'retry-after-ms': '1500', 'retry-after': '30' }, 1500],
    [{ 'retry-after-ms': '0.4' }, 1],
    [{ 'retry-after-ms': '0', 'retry-after': '2' }, 2000],
    [{ 'retry-after-ms': 'soon', 'retry-after': '2' }, 2000],
    [{ 'retry-after': 'Thu, 26 Nov 2026 12:00:10 GMT' }, 10_000],
    [{}, undefined],
  ];
  it.each(retryAfterMs)('headers %j ask to wait %s ms', (headers, ms) => {
    expect(retryAfterMsFrom(new Headers(headers), NOW)).toBe(ms);
  });

  const shouldRetry: [string | null, boolean | undefined][] = [
    ['true', true],
    ['false', false],
    [' TRUE ', true],
    ['maybe', undefined],
    [null, undefined],
  ];
  it.each(shouldRetry)('x-should-retry %j says %s', (value, expected) => {
    const headers = new Headers(value === null ? {} : { 'x-should-retry': value });
    expect(shouldRetryFrom(headers)).toBe(expected);
  });

  const browser: [string, string | undefined][] = [
    [
      "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
      'browser-header-missing',
    ],
    [
      'CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.',
      'browser-access-off',
    ],
    ['invalid x-api-key', undefined],
    ['Missing API key', undefined],
  ];
  it.each(browser)('%j is a browser refusal: %s', (message, reason) => {
    expect(browserAccessReason(message)).toBe(reason);
  });
});
