import { describe, expect, it } from 'vitest';
import { teamRow } from '@/lib/companion/team-table';
import { buildAllScopes, defaultMetricsSettings } from '@/lib/metrics';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { withoutChampionRows } from './champion-rows';

// 40 people active every day of 40 days, in one team of 20 (a and b halves): champions exist.
const days = dayRange('2026-10-16', '2026-11-24');
const people = Array.from({ length: 40 }, (_, i) => ({
  id: `m${i}`,
  email: `m${i}@x.example`,
  active: on(i % 2 === 0 ? days : days.filter((_, d) => d % 3 === 0)),
}));
const history = makeHistory({
  first: days[0]!,
  last: days.at(-1)!,
  members: people,
  groups: [{ id: 'A', name: 'Alpha', members: people.slice(0, 20).map((p) => p.id) }],
});
const all = buildAllScopes(history, defaultMetricsSettings, {
  today: '2026-11-25',
  timeZone: 'UTC',
});
const scopes = [{ id: 'org', name: null, kind: 'org' as const, hiddenBecause: null }];

describe('an answer without champion rows', () => {
  it.each([
    ['org', all.org],
    ['group A', all.groups[0]!],
  ])('%s: no rows, their number kept, the rest unchanged', (_name, model) => {
    const rows = model.champions.champions.length;
    expect(rows).toBeGreaterThan(0);
    const answer = { model, scopes };
    const cut = withoutChampionRows(answer);
    expect(cut.model!.champions.champions).toEqual([]);
    expect(cut.model!.champions.rowsLeftOut).toBe(rows);
    // The Teams table counts the same champions either way.
    expect(teamRow(cut.model!, null).champions).toBe(rows);
    expect(teamRow(cut.model!, null)).toEqual(teamRow(model, null));
    const { champions: _a, ...rest } = cut.model!;
    const { champions: _b, ...restBefore } = model;
    expect(rest).toEqual(restBefore);
    // The answer it came from (kept on disk, cached) keeps its rows.
    expect(answer.model.champions.champions).toHaveLength(rows);
    expect(answer.model.champions.rowsLeftOut).toBeUndefined();
    // Cut twice: still the same number.
    expect(withoutChampionRows(cut).model!.champions.rowsLeftOut).toBe(rows);
  });

  it('passes an answer without a model through', () => {
    expect(withoutChampionRows({ model: null, scopes: [] })).toEqual({ model: null, scopes: [] });
  });
});
