import { describe, expect, it } from 'vitest';
import { addDay, createDigest, NO_DAY } from './member-digest';
import { digestOf, makeDay } from './digest-fixtures';
import { activeMembers, codeEfficiency } from './tier2';

// 2026-11-02 is a Monday.
describe('member digest', () => {
  const g = digestOf('2026-11-02', [
    { a: 'c', b: '', c: 'k' },
    { a: 'ck', b: '', c: '' },
    { a: '', b: 'w', c: '' },
  ]);

  it.each([
    ['members in order of first sight', g.memberIds, ['a', 'b', 'c']],
    ['active days', g.activeDays, [2, 1, 1]],
    ['products in range (bits chat=1, code=2, cowork=4)', g.productsInRange, [3, 4, 2]],
    ['first active', g.firstActive.map((n) => n - g.first), [0, 2, 0]],
    ['last active', g.lastActive.map((n) => n - g.first), [1, 2, 0]],
    ['org daily actives', g.orgDaily, [2, 1, 1]],
    ['chat daily', g.productDaily.chat, [1, 1, 0]],
    ['code daily', g.productDaily.claude_code, [1, 1, 0]],
  ])('%s', (_n, actual, expected) => expect(actual).toEqual(expected));

  it('ignores days outside the span, incomplete days, and counts nothing for idle members', () => {
    const d = createDigest({
      from: '2026-11-02',
      to: '2026-11-03',
      loadFrom: '2026-11-02',
      weekdaysOnly: false,
      groupIds: [],
      groupsOf: () => [],
    });
    addDay(d, makeDay('2026-11-01', { a: 'c' }));
    addDay(d, { ...makeDay('2026-11-02', { a: 'c' }), complete: false });
    addDay(d, makeDay('2026-11-03', { a: '' }));
    expect(d.stored).toEqual([false, true]);
    expect(d.firstActive).toEqual([NO_DAY]);
    expect(d.orgDaily).toEqual([null, 0]);
  });

  it('Office or Design alone is use of that product, not activity', () => {
    const d = digestOf('2026-11-02', [{ a: 'o', b: 'd', c: 'oc' }]);
    expect(d.orgDaily).toEqual([1]);
    expect(d.activeDays).toEqual([0, 0, 1]);
    expect(d.productsInRange).toEqual([8, 16, 9]);
    expect(d.productDaily.office).toEqual([2]);
    expect(d.firstActive.slice(0, 2)).toEqual([NO_DAY, NO_DAY]);
  });

  it('weekday mode: weekend activity does not count and weekend days are null', () => {
    // Fri 2026-11-06, Sat, Sun, Mon.
    const w = digestOf('2026-11-06', [{ a: '' }, { a: 'c' }, { a: 'c' }, { a: 'k' }], {
      weekdaysOnly: true,
    });
    expect(w.orgDaily).toEqual([0, null, null, 1]);
    expect(w.activeDays).toEqual([1]);
    expect(w.firstActive[0]! - w.first).toBe(3);
  });

  it('counts group actives per day', () => {
    const groups: Record<string, number[]> = { a: [0], b: [0, 1], c: [1] };
    const d = digestOf(
      '2026-11-02',
      [
        { a: 'c', b: 'c', c: '' },
        { a: '', b: 'c', c: 'k' },
      ],
      {
        groupIds: ['g0', 'g1'],
        groupsOf: (id) => groups[id] ?? [],
      },
    );
    expect(d.groupDaily).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  it('tracks the 4 weeks ending on the last day', () => {
    const plans = Array.from({ length: 28 }, (_, i) => ({
      a: i === 0 || i === 27 ? 'c' : '',
      b: i % 7 === 3 ? 'c' : '',
    }));
    const d = digestOf('2026-10-01', plans);
    expect(d.weeks).toEqual([0b1001, 0b1111]);
  });
});

describe('tier 2: Claude Code efficiency', () => {
  const g = digestOf(
    '2026-11-02',
    [
      { a: 'k', b: 'c', c: 'k' },
      { a: 'k', b: 'c', c: '' },
    ],
    {},
    (d) => ({
      a: {
        codePullRequests: 1,
        codeCommits: 2,
        codeLinesAdded: 100,
        codeToolAccepted: 8,
        codeToolRejected: 2,
      },
      c: (d === 0
        ? { codeToolAccepted: 4, codeToolRejected: 4, codeLinesAdded: 10 }
        : {}) as Record<string, number>,
    }),
  );

  it('per active developer and accept rate', () => {
    const e = codeEfficiency(g, null);
    expect(e.activeDevelopers).toBe(2);
    expect(e.totals).toEqual({
      sessions: 3,
      pullRequests: 2,
      commits: 4,
      linesAdded: 210,
      accepted: 20,
      rejected: 8,
    });
    expect(e.acceptRate).toBeCloseTo(20 / 28, 12);
    expect(e.perDeveloper).toEqual({ sessions: 1.5, pullRequests: 1, commits: 2, linesAdded: 105 });
  });

  it('of some members; zero developers give nulls', () => {
    expect(codeEfficiency(g, ['c']).perDeveloper.linesAdded).toBe(10);
    expect(codeEfficiency(g, ['b'])).toMatchObject({
      activeDevelopers: 0,
      acceptRate: null,
      perDeveloper: { sessions: null },
    });
    expect(codeEfficiency(g, ['nobody']).activeDevelopers).toBe(0);
  });

  it('active members', () => {
    expect(activeMembers(g, null)).toBe(3);
    expect(activeMembers(g, ['a', 'zz'])).toBe(1);
  });
});
