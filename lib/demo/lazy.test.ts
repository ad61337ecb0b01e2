// @vitest-environment node
// The generator is lazy (issue 12 item 1): bitsets and summary series are built for the days
// asked, in any order. These tests check that the answers never depend on that order: an org
// asked for a late window first gives exactly the figures of an org built from day 0.
import { describe, expect, it } from 'vitest';
import { ensureBits } from './bitsets';
import { dayIndex } from './dates';
import { createDemoOrg } from './org';
import { SLOT_COUNT } from './org-cache';
import { summaryRows } from './summaries';

const options = { members: 300, seed: 9, groups: 14 };
const day = (s: string) => dayIndex(s);

describe('lazy bitsets and series', () => {
  const eager = createDemoOrg(options);
  ensureBits(eager, day('2026-12-31'));

  it('builds only the asked days, and the same bits whatever the order', () => {
    const lazy = createDemoOrg(options);
    ensureBits(lazy, day('2026-11-30'), day('2026-11-28'));
    // 3 days, nothing before them.
    expect(lazy.cache.bits[0]!.filter(Boolean)).toHaveLength(3);
    expect(lazy.cache.bits[0]![day('2026-11-27')]).toBeUndefined();
    expect(lazy.cache.builtTo).toBe(-1);
    ensureBits(lazy, day('2026-03-05'), day('2026-03-01'));
    ensureBits(lazy, day('2026-12-31')); // fills the gaps around the two windows
    expect(lazy.cache.builtTo).toBe(day('2026-12-31'));
    for (let s = 0; s < SLOT_COUNT; s++)
      for (let d = 0; d <= day('2026-12-31'); d++)
        expect(lazy.cache.bits[s]![d], `slot ${s} day ${d}`).toEqual(eager.cache.bits[s]![d]);
  });

  it.each([
    ['a late week', '2026-11-20', '2026-11-27', []],
    ['the first days of the year', '2026-01-01', '2026-01-10', []],
    ['a month across August', '2026-07-20', '2026-08-20', []],
    ['a week for two groups', '2026-10-01', '2026-10-08', [0, 5]],
  ] as const)('/summaries rows of %s equal a full recomputation', (_, a, b, groups) => {
    const lazy = createDemoOrg(options);
    const full = createDemoOrg(options);
    const want = summaryRows(full, 0, day(b), groups).slice(day(a));
    expect(summaryRows(lazy, day(a), day(b), groups)).toEqual(want);
    // A later, earlier window on the same org still agrees (cache widened, not reused wrongly).
    expect(summaryRows(lazy, day('2026-02-01'), day('2026-02-10'), groups)).toEqual(
      summaryRows(full, day('2026-02-01'), day('2026-02-10'), groups),
    );
  });
});
