import { describe, expect, it } from 'vitest';
import {
  defaultState,
  formatHash,
  parseHash,
  resolveRange,
  type CompanionState,
} from './hash-state';

describe('parseHash', () => {
  it.each([
    ['', defaultState],
    ['#view=teams', { ...defaultState, view: 'teams' }],
    ['view=spend&range=7', { ...defaultState, view: 'spend', range: '7' }],
    ['#view=nope&range=12', defaultState],
    [
      '#range=custom&from=2026-10-01&to=2026-10-31',
      { ...defaultState, range: 'custom', from: '2026-10-01', to: '2026-10-31' },
    ],
    ['#range=custom&from=2026-02-30', { ...defaultState, range: 'custom' }],
    ['#scope=rbac_group_X&weekdays=1', { ...defaultState, scope: 'rbac_group_X', weekdays: true }],
    ['#weekdays=0', { ...defaultState, weekdays: false }],
    ['#weekdays=yes', defaultState],
  ] as [string, CompanionState][])('%s', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it('round-trips through formatHash', () => {
    const states: CompanionState[] = [
      defaultState,
      { ...defaultState, view: 'review', range: 'ytd', scope: 'g1', weekdays: false },
      {
        view: 'seats',
        range: 'custom',
        from: '2026-03-01',
        to: '2026-04-01',
        scope: 'org',
        weekdays: true,
      },
    ];
    for (const s of states) expect(parseHash(formatHash(s))).toEqual(s);
  });

  it('leaves defaults out of the hash', () => {
    expect(formatHash(defaultState)).toBe('view=overview');
    expect(formatHash({ ...defaultState, range: '90', from: '2026-01-05' })).toBe(
      'view=overview&range=90',
    );
  });
});

describe('resolveRange', () => {
  const at = (patch: Partial<CompanionState>) => ({ ...defaultState, ...patch });
  it.each([
    ['7 days', at({ range: '7' }), '2026-11-24', { from: '2026-11-18', to: '2026-11-24', days: 7 }],
    [
      '30 days',
      at({ range: '30' }),
      '2026-11-24',
      { from: '2026-10-26', to: '2026-11-24', days: 30 },
    ],
    [
      '90 days',
      at({ range: '90' }),
      '2026-11-24',
      { from: '2026-08-27', to: '2026-11-24', days: 90 },
    ],
    [
      'since the floor',
      at({ range: 'ytd' }),
      '2026-01-10',
      { from: '2026-01-01', to: '2026-01-10', days: 10 },
    ],
    [
      'clamped at the floor',
      at({ range: '30' }),
      '2026-01-10',
      { from: '2026-01-01', to: '2026-01-10', days: 10 },
    ],
    [
      'custom',
      at({ range: 'custom', from: '2026-10-01', to: '2026-10-31' }),
      '2026-11-24',
      { from: '2026-10-01', to: '2026-10-31', days: 31 },
    ],
    [
      'custom reversed',
      at({ range: 'custom', from: '2026-10-31', to: '2026-10-01' }),
      '2026-11-24',
      { from: '2026-10-01', to: '2026-10-31', days: 31 },
    ],
    [
      'custom past the data',
      at({ range: 'custom', from: '2025-12-01', to: '2026-12-31' }),
      '2026-11-24',
      { from: '2026-01-01', to: '2026-11-24', days: 328 },
    ],
  ])('%s', (_name, state, latest, expected) => {
    expect(resolveRange(state, latest)).toMatchObject(expected);
  });

  it('is null without data', () => {
    expect(resolveRange(defaultState, null)).toBeNull();
  });
});
