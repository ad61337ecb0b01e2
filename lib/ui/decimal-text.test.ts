import { describe, expect, it } from 'vitest';
import { dayText, fixedText } from './decimal-text';

// What the overlay showed with Intl (and shows now without it).
const ints = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const days = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

describe('fixedText', () => {
  const cases: [number, 0 | 1, string][] = [
    [0, 0, '0'],
    [1363, 0, '1,363'],
    [1234.5, 0, '1,235'],
    [123456789.5, 0, '123,456,790'],
    [999.5, 0, '1,000'],
    [68.15, 1, '68.2'],
    [4.35, 1, '4.4'], // half away from zero on "4.35", not on 4.3499… (toFixed gives "4.3")
    [0.05, 1, '0.1'],
    [9.95, 1, '10.0'],
    [99.95, 1, '100.0'],
    [70, 1, '70.0'],
    [-2.5, 0, '-3'],
    [-0.4, 0, '-0'],
    [-0, 1, '-0.0'],
    [1e-7, 1, '0.0'],
    [1.5e21, 0, '1,500,000,000,000,000,000,000'],
  ];
  for (const [n, digits, want] of cases)
    it(`${n} with ${digits} decimals is ${want}`, () => expect(fixedText(n, digits)).toBe(want));

  it('agrees with Intl.NumberFormat on 20,000 numbers of every size', () => {
    let seed = 12;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const scale = 10 ** Math.floor(random() * 12 - 3);
      // Some on a half (x.x5 and x.5 ties), some anywhere.
      const n =
        (i % 3 === 0 ? Math.round(random() * 2000) / 20 : random() * scale) * (i % 7 ? 1 : -1);
      expect(fixedText(n, 0), `${n}`).toBe(ints.format(n));
      expect(fixedText(n, 1), `${n}`).toBe(oneDecimal.format(n));
    }
  });
});

describe('dayText', () => {
  it('writes a day as en-GB does', () =>
    expect(dayText(Date.UTC(2026, 10, 24))).toBe('24 Nov 2026'));
  it('agrees with Intl.DateTimeFormat on every day from 1990 to 2060', () => {
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2060, 0, 1); t += 86_400_000)
      expect(dayText(t)).toBe(days.format(t));
  });
});
