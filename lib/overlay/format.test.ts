import { describe, expect, it } from 'vitest';
import { ago, day, int, percent, points, share } from './format';

describe('format', () => {
  const cases: [string, string, string][] = [
    ['int', int(1363), '1,363'],
    ['int null', int(null), '–'],
    ['int NaN', int(Number.NaN), '–'],
    ['percent', percent(68.15), '68.2%'],
    ['percent whole', percent(70, 0), '70%'],
    ['percent null', percent(null), '–'],
    ['points', points(4.28), '4.3'],
    ['share', share(0.9736), '97%'],
    ['share over 1', share(1.2), '120%'],
    ['day', day('2026-11-24'), '24 Nov 2026'],
    ['day not a day', day('soon'), 'soon'],
    ['ago 30 s', ago(0, 30_000), 'just now'],
    ['ago 90 s', ago(0, 90_000), '2 min ago'],
    ['ago 3 h', ago(0, 3 * 3_600_000), '3 h ago'],
    ['ago 3 days', ago(0, 72 * 3_600_000), '3 days ago'],
  ];
  for (const [name, got, want] of cases) it(name, () => expect(got).toBe(want));
});
