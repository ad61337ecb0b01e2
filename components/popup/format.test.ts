import { describe, expect, it } from 'vitest';
import {
  ageText,
  count,
  forecastText,
  neededText,
  percent,
  sizeText,
  targetText,
} from '@/components/popup/format';
import type { PictureTarget } from '@/lib/snapshot/picture-schema';

const base: PictureTarget = {
  id: 't',
  inherited: false,
  metric: 'monthly_adoption',
  product: null,
  kind: 'adoption',
  goal: 70,
  current: 45,
  currentActives: 18,
  goalActives: 28,
  gapPeople: 10,
  progress: 45 / 70,
  deadline: '2027-03-31',
  daysLeft: 121,
  forecast: { status: 'reached' },
};

describe('popup words', () => {
  it.each([
    [44.6, '45%'],
    [0, '0%'],
    [100, '100%'],
    [null, '—'],
  ])('percent(%j) = %s', (v, s) => expect(percent(v)).toBe(s));

  it.each([
    [5000, '5,000'],
    [null, '—'],
  ])('count(%j) = %s', (v, s) => expect(count(v)).toBe(s));

  it.each<[Partial<PictureTarget>, string]>([
    [{}, 'Target 70% monthly adoption by 2027-03-31'],
    [{ deadline: null }, 'Target 70% monthly adoption, no deadline'],
    [{ inherited: true }, 'Org target 70% monthly adoption by 2027-03-31 (no team target set)'],
    [
      { metric: 'weekly_adoption', product: 'claude_code', goal: 40 },
      'Target 40% weekly adoption of Claude Code by 2027-03-31',
    ],
    [
      { metric: 'weekly_actives_growth', kind: 'growth', goalActives: 62 },
      'Target 62 weekly actives by 2027-03-31',
    ],
  ])('targetText(%j) = %s', (t, s) => expect(targetText({ ...base, ...t })).toBe(s));

  it.each<[Partial<PictureTarget>, string]>([
    [{}, '10 more monthly actives needed'],
    [{ gapPeople: 1, metric: 'weekly_adoption' }, '1 more weekly active needed'],
    [{ gapPeople: 0 }, 'Target met.'],
    [{ gapPeople: null }, 'People still needed: unknown (no seat count).'],
  ])('neededText(%j) = %s', (t, s) => expect(neededText({ ...base, ...t })).toBe(s));

  const pace = {
    reason: null,
    date: '2027-01-15',
    earliest: null,
    latest: null,
    slopePerDay: 0.2,
    points: 28,
  };
  it.each<[PictureTarget['forecast'], string]>([
    [{ status: 'reached' }, 'Reached.'],
    [{ status: 'insufficient-data', points: 3 }, 'Not enough history to forecast yet (3 days).'],
    [{ status: 'on-pace', ...pace }, 'On pace: reaches it around 2027-01-15.'],
    [
      { status: 'not-on-pace', ...pace, reason: 'after-deadline', date: '2027-05-01' },
      'Not on pace: at this trend, reached 2027-05-01, after the deadline.',
    ],
    [
      { status: 'not-on-pace', ...pace, reason: 'flat-or-declining', date: null },
      'Not on pace: adoption is flat or falling.',
    ],
  ])('forecastText(%j) = %s', (forecast, s) => expect(forecastText({ ...base, forecast })).toBe(s));

  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [3, '3 days ago'],
    [null, 'unknown'],
  ])('ageText(%j) = %s', (d, s) => expect(ageText(d)).toBe(s));

  it.each<[Parameters<typeof sizeText>[0], string]>([
    [{ value: 40, source: 'api-seats', approximate: false }, 'of 40 assigned seats'],
    [
      { value: 20, source: 'members-seen', approximate: true },
      'of about 20 members (seen in activity)',
    ],
    [{ value: 12, source: 'admin-seats', approximate: false }, 'of 12 seats (entered by an admin)'],
    [{ value: null, source: 'none', approximate: false }, 'seat count unknown'],
  ])('sizeText(%j) = %s', (size, s) => expect(sizeText(size)).toBe(s));
});
