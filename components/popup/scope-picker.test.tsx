/**
 * Issue 11 item 11: a group hidden as a complement is not "too small"; the
 * list says the real reason in words.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAllScopes, defaultMetricsSettings } from '@/lib/metrics';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { ScopePicker } from './scope-picker';

afterEach(cleanup);

const days = dayRange('2026-10-26', '2026-11-24');
const people = (p: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${p}${i}`, active: on(days) }));
// Org of 44 = Marketing (40) + Legal (4): org − Marketing would give Legal.
const all = buildAllScopes(
  makeHistory({
    first: days[0]!,
    last: days.at(-1)!,
    members: [...people('m', 40), ...people('l', 4)],
    groups: [
      { id: 'mkt', name: 'Marketing', members: people('m', 40).map((m) => m.id) },
      { id: 'legal', name: 'Legal', members: people('l', 4).map((m) => m.id) },
    ],
  }),
  defaultMetricsSettings,
  { today: '2026-11-25', timeZone: 'UTC' },
);

describe('hidden scopes say why', () => {
  it('Legal (4) is too small; Marketing (40) is hidden to protect it, not "too small"', () => {
    const scopes = [all.org, ...all.groups].map((m) => ({
      id: m.scope.id,
      name: m.scope.name,
      kind: m.scope.kind,
      hiddenBecause: m.suppressed.find((s) => s.part === 'scope')?.detail ?? null,
    }));
    render(<ScopePicker scopes={scopes} value="org" onChange={() => undefined} />);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'Whole organisation',
      'Legal (too small to show)',
      'Marketing (hidden so that a smaller team’s figures cannot be worked out)',
    ]);
  });
});

describe('the picker while the popup is still starting', () => {
  const scopes = [
    { id: 'org', name: null, kind: 'org' as const, hiddenBecause: null },
    { id: 'g1', name: 'Sales', kind: 'group' as const, hiddenBecause: null },
  ];
  it('is disabled with no handler (the first step’s picture), so no choice is lost', () => {
    render(<ScopePicker scopes={scopes} value="org" />);
    expect((screen.getByTestId('popup-scope') as HTMLSelectElement).disabled).toBe(true);
  });
  it('is enabled once the full app handles choices', () => {
    render(<ScopePicker scopes={scopes} value="org" onChange={() => undefined} />);
    expect((screen.getByTestId('popup-scope') as HTMLSelectElement).disabled).toBe(false);
  });
});
