import { describe, expect, it } from 'vitest';
import {
  addDays,
  countWeekdays,
  dayInZone,
  dayNumber,
  daysBetween,
  dayString,
  isDay,
  isWeekday,
  resolveToday,
} from '@/lib/metrics/days';

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2026-01-01', 20454],
  ])('dayNumber(%s) = %i and back', (day, n) => {
    expect(dayNumber(day)).toBe(n);
    expect(dayString(n)).toBe(day);
  });

  it.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    // Across the DST changes of Europe/London (03-29, 10-25) and America/New_York (03-08, 11-01).
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-10-31', 2, '2026-11-02'],
  ])('addDays(%s, %i) = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['2026-10-25', '2026-11-01', 7],
    ['2026-03-08', '2026-03-29', 21],
    ['2026-11-30', '2026-11-01', -29],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ['2026-02-30', false],
    ['2026-2-3', false],
    ['2026-12-31', true],
    ['not a day', false],
  ])('isDay(%s) = %s', (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });

  it('throws on a malformed day rather than returning NaN', () => {
    expect(() => dayNumber('2026/01/01')).toThrow(RangeError);
  });
});

describe('weekdays', () => {
  it.each([
    ['2026-11-01', false], // Sunday
    ['2026-11-02', true], // Monday
    ['2026-11-06', true], // Friday
    ['2026-11-07', false], // Saturday
  ])('isWeekday(%s) = %s', (day, expected) => {
    expect(isWeekday(dayNumber(day))).toBe(expected);
  });

  it.each([
    // first, last, weekdays — checked on a calendar
    ['2026-11-02', '2026-11-08', 5], // Mon–Sun
    ['2026-11-07', '2026-11-08', 0], // a weekend
    ['2026-11-01', '2026-11-30', 21], // November 2026
    ['2026-10-19', '2026-11-08', 15], // three weeks spanning both autumn DST changes
    ['2026-03-02', '2026-04-05', 25], // five weeks spanning both spring DST changes
    ['2026-11-30', '2026-11-01', 0], // empty range
    ['2026-11-04', '2026-11-04', 1],
  ])('countWeekdays(%s … %s) = %i', (first, last, expected) => {
    expect(countWeekdays(dayNumber(first), dayNumber(last))).toBe(expected);
  });
});

describe('dayInZone', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    // America/New_York: EST (UTC−5) until 2026-03-08 07:00Z, EDT (UTC−4) until 2026-11-01 06:00Z
    ['2026-03-08T04:30:00Z', 'America/New_York', '2026-03-07'],
    ['2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08'],
    ['2026-11-01T03:30:00Z', 'America/New_York', '2026-10-31'],
    ['2026-11-01T04:30:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T04:30:00Z', 'America/New_York', '2026-11-01'],
    // Europe/London: GMT until 2026-03-29 01:00Z, BST (UTC+1) until 2026-10-25 01:00Z
    ['2026-03-28T23:30:00Z', 'Europe/London', '2026-03-28'],
    ['2026-03-29T23:30:00Z', 'Europe/London', '2026-03-30'],
    ['2026-10-24T23:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-10-25T23:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-10-25T23:30:00Z', 'UTC', '2026-10-25'],
  ])('%s in %s is %s', (iso, zone, day) => {
    expect(dayInZone(at(iso), zone)).toBe(day);
  });

  it('resolveToday takes a day as is and maps an instant through the zone', () => {
    expect(resolveToday('2026-11-20', 'Asia/Tokyo')).toBe('2026-11-20');
    expect(resolveToday(at('2026-11-20T16:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-21');
    expect(() => resolveToday('20-11-2026', 'UTC')).toThrow(RangeError);
  });
});
