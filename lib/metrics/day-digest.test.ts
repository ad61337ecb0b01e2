import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY, FEATURE } from '@/lib/metrics/activity-index';
import { dayDigest, dayDigestByColumn } from '@/lib/metrics/day-digest';
import { type DayColumnsInput } from '@/lib/metrics/history';
import { userDayColumns } from '@/lib/store/records';

const day = (columns: DayColumnsInput['columns'], rows: number): DayColumnsInput => ({
  day: '2026-11-20',
  memberIds: Array.from({ length: rows }, (_, i) => `user_${i}`),
  columns,
  complete: true,
});

describe('day digest', () => {
  it('marks products, "active" and features per row', () => {
    const d = day(
      {
        chatMessages: Uint32Array.of(3, 0, 0),
        designSessions: Uint32Array.of(1, 1, 0),
        coworkSkillsUsed: Uint32Array.of(0, 2, 0),
        chatProjectsUsed: Uint32Array.of(1, 0, 0),
      },
      3,
    );
    const { active, features } = dayDigest(d);
    // chat (bit 0) counts toward active; design (bit 4) does not.
    expect([...active]).toEqual([0b1 | 0b10000 | (1 << ANY), 0b10000, 0]);
    expect([...features]).toEqual([FEATURE.projects, FEATURE.skills, 0]);
  });

  it('one pass over whole columns gives what a pass per column gives, for any columns', () => {
    const rows = 40;
    const value = fc.oneof(
      fc.constant(0),
      fc.constant(0),
      fc.integer({ min: 1, max: 2 ** 32 - 1 }),
    );
    // Mostly whole columns, so that about a quarter of the days take the one-pass path.
    const shape = fc.oneof(
      { arbitrary: fc.constant('whole' as const), weight: 20 },
      fc.constant('missing' as const),
      fc.constant('short' as const),
      fc.constant('array' as const),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shape, fc.array(value, { minLength: rows, maxLength: rows })), {
          minLength: userDayColumns.length,
          maxLength: userDayColumns.length,
        }),
        (spec) => {
          const columns: Record<string, ArrayLike<number>> = {};
          userDayColumns.forEach((name, c) => {
            const [kind, values] = spec[c]!;
            if (kind === 'whole') columns[name] = Uint32Array.from(values);
            if (kind === 'short') columns[name] = Uint32Array.from(values.slice(0, rows / 2));
            if (kind === 'array') columns[name] = values;
          });
          const d = day(columns as DayColumnsInput['columns'], rows);
          const fast = dayDigest(d);
          const slow = dayDigestByColumn(d);
          expect([...fast.active]).toEqual([...slow.active]);
          expect([...fast.features]).toEqual([...slow.features]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
