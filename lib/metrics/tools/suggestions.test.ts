import { describe, expect, it } from 'vitest';
import { shareOf, type ToolFigures } from '@/lib/metrics/tools/figures';
import { toolPeriods } from '@/lib/metrics/tools/periods';
import { toolsSuggestions, type ScopeInput } from '@/lib/metrics/tools/suggestions';
import { gptRow } from '@/lib/metrics/tools/test-rows';

const [period] = toolPeriods([gptRow('a@x.org')]);

function scope(
  id: string,
  g: [number, number],
  c: [number, number],
  paidTwice = 0,
  deep: [number, number] = [0, g[0]],
): ScopeInput {
  const figures: ToolFigures = {
    chatgpt: shareOf(...g),
    claude: shareOf(...c),
    combined: null,
    overlap: null,
    seatsInBoth: Math.max(paidTwice, 10),
    paidTwiceUnused: paidTwice,
  };
  return { scope: id, name: id, figures, deep: { people: deep[0], of: deep[1] } };
}

describe('Tools suggestions', () => {
  it.each([
    // ChatGPT active/seats, Claude active/seats → a tool-gap suggestion?
    [[20, 50], [4, 40], true], // 40% against 10%: the bounds count
    [[21, 50], [5, 40], false], // 42% against 12.5%
    [[2, 40], [30, 50], true], // Claude 60%, ChatGPT 5%
    [[19, 50], [0, 40], false], // 38%: not active enough in either
  ] as const)('team with ChatGPT %j and Claude %j → tool gap %s', (g, c, expected) => {
    const list = toolsSuggestions(period!, scope('org', [0, 0], [0, 0]), [
      scope('Sales', [...g], [...c]),
    ]);
    expect(list.some((s) => s.rule === 'tool-gap')).toBe(expected);
  });

  it('says the numbers: seats paid twice, the gap, the depth', () => {
    const list = toolsSuggestions(period!, scope('org', [30, 100], [30, 100], 12), [
      scope('Sales', [31, 50], [4, 48], 0, [3, 31]),
      scope('Legal', [10, 20], [10, 20], 1, [4, 10]),
    ]);
    // The org's first, then by people concerned: 44 Claude seats idle in Sales, 4 deep in Legal, 1 paid twice.
    expect(list.map((s) => [s.rule, s.scope, s.numbers])).toEqual([
      ['paid-twice', 'org', { unused: 12, seatsInBoth: 12, seatsPaid: 24 }],
      ['tool-gap', 'Sales', { strongActive: 31, strongSeats: 50, weakActive: 4, weakSeats: 48 }],
      ['depth', 'Legal', { deep: 4, chatgptActive: 10 }],
      ['paid-twice', 'Legal', { unused: 1, seatsInBoth: 10, seatsPaid: 2 }],
    ]);
    expect(list[1]!.title).toBe('Sales uses ChatGPT (62%) but hardly Claude (8%)');
    expect(list[0]!.id).toBe('tools:paid-twice:org:weekly:2026-03-01:2026-03-07');
  });

  it('keeps at most `cap`, the org’s first', () => {
    const list = toolsSuggestions(
      period!,
      scope('org', [30, 100], [30, 100], 12),
      [
        scope('Sales', [31, 50], [4, 48], 0, [3, 31]),
        scope('Legal', [10, 20], [10, 20], 1, [4, 10]),
      ],
      2,
    );
    expect(list.map((s) => `${s.rule}:${s.scope}`)).toEqual(['paid-twice:org', 'tool-gap:Sales']);
  });
});
