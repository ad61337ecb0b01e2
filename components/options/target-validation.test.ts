import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  validateTarget,
  type TargetDraft,
} from '@/components/options/target-validation';
import { defaultTargets } from '@/lib/metrics/config';

const context = {
  today: '2026-11-26',
  groupIds: ['g_sales', 'g_eng'],
  others: defaultTargets,
  newId: 'new-1',
};
const draft = (patch: Partial<TargetDraft>): TargetDraft => ({
  ...emptyDraft(),
  scope: 'g_sales',
  ...patch,
});

describe('validateTarget', () => {
  it.each<[string, Partial<TargetDraft>, string, string]>([
    ['a percent above 100', { value: '120' }, 'value', 'Enter a percent above 0 and at most 100.'],
    ['a percent of 0', { value: '0' }, 'value', 'Enter a percent above 0 and at most 100.'],
    ['a negative percent', { value: '-5' }, 'value', 'Enter a percent above 0 and at most 100.'],
    ['no value', { value: '' }, 'value', 'Enter a percent above 0 and at most 100.'],
    ['text as value', { value: 'lots' }, 'value', 'Enter a percent above 0 and at most 100.'],
    [
      'a deadline today',
      { deadline: '2026-11-26' },
      'deadline',
      'The deadline must be in the future.',
    ],
    [
      'a deadline in the past',
      { deadline: '2025-01-01' },
      'deadline',
      'The deadline must be in the future.',
    ],
    [
      'a malformed deadline',
      { deadline: '2026-02-30' },
      'deadline',
      'Enter the deadline as a date (YYYY-MM-DD).',
    ],
    [
      'an unknown group',
      { scope: 'g_gone' },
      'scope',
      'Group g_gone does not exist; choose the org or a synced group.',
    ],
    [
      'a growth target without baseline',
      { metric: 'weekly_actives_growth', value: '2' },
      'baselineDay',
      'A growth target needs a baseline day (YYYY-MM-DD).',
    ],
    [
      'a growth baseline in the future',
      { metric: 'weekly_actives_growth', value: '2', baselineDay: '2026-12-01' },
      'baselineDay',
      'The baseline day must be today or earlier.',
    ],
    [
      'a growth multiple of 0',
      { metric: 'weekly_actives_growth', value: '0', baselineDay: '2026-11-01' },
      'value',
      'Enter a multiple above 0 (2 means twice the baseline).',
    ],
    [
      'a second org monthly target',
      { scope: 'org' },
      'metric',
      'There is already a target for this scope and metric; edit that one.',
    ],
  ])('refuses %s', (_, patch, field, message) => {
    const result = validateTarget(draft(patch), context);
    expect(result).toEqual({ errors: { [field]: message } });
  });

  it.each<[string, Partial<TargetDraft>, object]>([
    [
      'a team percent with a deadline',
      { value: '55.5', deadline: '2027-03-31', product: 'claude_code' },
      {
        id: 'new-1',
        scope: 'g_sales',
        value: 55.5,
        product: 'claude_code',
        deadline: '2027-03-31',
        baseline: null,
      },
    ],
    ['a percent of exactly 100', { value: '100' }, { value: 100, deadline: null }],
    [
      'a growth target (product ignored)',
      { metric: 'weekly_actives_growth', value: '2', baselineDay: '2026-11-01', product: 'chat' },
      { product: null, baseline: { day: '2026-11-01', value: null }, value: 2 },
    ],
  ])('accepts %s', (_, patch, expected) => {
    const result = validateTarget(draft(patch), context);
    expect('target' in result && result.target).toMatchObject(expected);
  });

  it('lets a target be edited without clashing with itself', () => {
    const result = validateTarget({ ...draftOf(defaultTargets[0]!), value: '75' }, context);
    expect('target' in result && result.target).toMatchObject({
      id: 'org-monthly-adoption',
      value: 75,
    });
  });
});
