import { describe, expect, it } from 'vitest';
import { teamRow } from '@/lib/companion/team-table';
import { buildAllScopes, defaultMetricsSettings } from '@/lib/metrics';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { championRowsFor, withChampionRows, withoutChampionRows } from './champion-rows';

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

describe('an answer with the best few champion rows (the overlay)', () => {
  it.each([
    ['org', all.org],
    ['group A', all.groups[0]!],
  ])(
    '%s: a prefix of the rows, rows + left out = every champion, the rest unchanged',
    (_n, model) => {
      const rows = model.champions.champions;
      expect(rows.length).toBeGreaterThan(3);
      const answer = { model, scopes };
      for (let keep = 0; keep <= rows.length + 2; keep++) {
        const cut = withChampionRows(answer, keep).model!;
        expect(cut.champions.champions).toEqual(rows.slice(0, keep));
        expect(cut.champions.champions.length + (cut.champions.rowsLeftOut ?? 0)).toBe(rows.length);
        const { champions: a, ...rest } = cut;
        const { champions: b, ...restBefore } = model;
        expect(rest).toEqual(restBefore);
        expect({ ...a, champions: [], rowsLeftOut: 0 }).toEqual({
          ...b,
          champions: [],
          rowsLeftOut: 0,
        });
        // Cut again, to fewer or none: still every champion counted.
        const again = withoutChampionRows({ model: cut, scopes }).model!;
        expect(again.champions.rowsLeftOut).toBe(rows.length);
      }
      expect(answer.model.champions.champions).toBe(rows); // the kept answer keeps its rows
    },
  );
});

describe('the champion rows of the members a page shows', () => {
  const rows = all.org.champions.champions;
  const champion = rows.at(-1)!; // far below the few the overlay's model carries
  const nobody = people.find((p) => !rows.some((c) => c.memberId === p.id))!;

  it('by email (any case) or by a name key no other member shares; best first, each once', () => {
    // (The test org's names all collide, "m0" … "m39": one champion is given a name of its own.)
    const named = { ...rows[3]!, nameKey: 'ana lopez' };
    const model = {
      ...all.org,
      champions: { ...all.org.champions, champions: rows.map((c, i) => (i === 3 ? named : c)) },
    };
    expect(
      championRowsFor(model, {
        emails: [champion.email!.toUpperCase(), named.email!],
        nameKeys: ['ana lopez', 'm'],
      }),
    ).toEqual([named, champion]);
    expect(championRowsFor(model, { emails: [], nameKeys: ['ana lopez'] })).toEqual([named]);
    // A name other members share (nameKey null) matches nobody.
    expect(championRowsFor(all.org, { emails: [], nameKeys: ['m'] })).toEqual([]);
  });

  it('nothing for a member who is no champion, an unknown email or an empty ask', () => {
    expect(nobody).toBeDefined();
    expect(championRowsFor(all.org, { emails: [nobody.email], nameKeys: [] })).toEqual([]);
    expect(championRowsFor(all.org, { emails: ['who@else.example'], nameKeys: ['who'] })).toEqual(
      [],
    );
    expect(championRowsFor(all.org, { emails: [], nameKeys: [] })).toEqual([]);
    expect(championRowsFor(null, { emails: [champion.email!], nameKeys: [] })).toEqual([]);
  });

  it('nothing where champions may not be shown, and never an opted-out member', () => {
    const hidden = { ...all.org, champions: { ...all.org.champions, shown: false } };
    expect(championRowsFor(hidden, { emails: [champion.email!], nameKeys: [] })).toEqual([]);
    const optedOut = buildAllScopes(
      history,
      {
        ...defaultMetricsSettings,
        champions: { ...defaultMetricsSettings.champions, optOutEmails: [champion.email!] },
      },
      { today: '2026-11-25', timeZone: 'UTC' },
    );
    const query = {
      emails: [champion.email!],
      nameKeys: champion.nameKey ? [champion.nameKey] : [],
    };
    expect(championRowsFor(optedOut.org, query)).toEqual([]);
  });
});
