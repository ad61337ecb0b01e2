import { describe, expect, it } from 'vitest';
import { clampCount, narrow, toUserDayColumns, userDayRows, widen } from '@/lib/store/columns';
import { row } from '@/lib/store/test-support';

describe('clampCount', () => {
  it.each([
    [3, 3],
    [0, 0],
    [-1, 0],
    [2.9, 2],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [2 ** 32 - 1, 4294967295],
    [2 ** 32, 4294967295],
    [1e15, 4294967295],
    ['7', 0],
    [null, 0],
    [undefined, 0],
  ])('%s → %s', (input, expected) => {
    expect(clampCount(input)).toBe(expected);
  });
});

describe('toUserDayColumns / userDayRows', () => {
  it('lays rows out as aligned columns and back', () => {
    const record = toUserDayColumns(
      '2026-11-20',
      [row(1, { chatMessages: 41, codeCommits: 3 }), row(2), row(3, { webSearches: 7 })],
      5000,
    );
    expect(record.day).toBe('2026-11-20');
    expect(record.memberIds).toEqual(['user_1', 'user_2', 'user_3']);
    expect([...record.columns.chatMessages]).toEqual([41, 0, 0]);
    expect([...record.columns.codeCommits]).toEqual([3, 0, 0]);
    expect([...record.columns.webSearches]).toEqual([0, 0, 7]);
    expect(record.complete).toBe(true);
    expect(record.fetchedAt).toBe(5000);
    const back = userDayRows(record);
    expect(back[0]!.values.chatMessages).toBe(41);
    expect(back[1]!.values.chatMessages).toBe(0);
    expect(back[2]!.values.webSearches).toBe(7);
    expect(Object.keys(back[0]!.values)).toHaveLength(25);
  });

  it('clamps negatives to 0 and huge values to 2^32 − 1', () => {
    const record = toUserDayColumns(
      '2026-11-20',
      [row(1, { chatMessages: -5, codeLinesAdded: 2 ** 40 })],
      0,
    );
    expect(record.columns.chatMessages[0]).toBe(0);
    expect(record.columns.codeLinesAdded[0]).toBe(4294967295);
  });

  it('keeps the last row of a member listed twice (overlapping pages)', () => {
    const record = toUserDayColumns(
      '2026-11-20',
      [row(1, { chatMessages: 1 }), row(2, { chatMessages: 2 }), row(1, { chatMessages: 9 })],
      0,
    );
    expect(record.memberIds).toEqual(['user_2', 'user_1']);
    expect([...record.columns.chatMessages]).toEqual([2, 9]);
  });

  it('gives an empty day for no rows', () => {
    const record = toUserDayColumns('2026-11-20', [], 0);
    expect(record.memberIds).toEqual([]);
    expect(record.columns.chatMessages).toHaveLength(0);
  });
});

describe('narrow / widen', () => {
  it.each([
    [[0, 0, 0], undefined],
    [[0, 255, 1], 'Uint8Array'],
    [[256, 0], 'Uint16Array'],
    [[65535], 'Uint16Array'],
    [[65536], 'Uint32Array'],
  ])('%j is stored as %s and read back equal', (values, type) => {
    const column = Uint32Array.from(values);
    const stored = narrow(column);
    expect(stored?.constructor.name).toBe(type);
    expect([...widen(stored, values.length)]).toEqual(values);
  });
});
