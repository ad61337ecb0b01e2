import { describe, expect, it } from 'vitest';
import { chatgptBenchmarks } from '@/lib/metrics/tools/chatgpt-benchmarks';
import { activeRow, gptRow } from '@/lib/metrics/tools/test-rows';

/** The five sample rows of the reference (chatgpt-enterprise.md §5), as records. */
const sample = [
  activeRow('ana.silva@example.com', 142, { lastDayActive: '2026-03-06', gptMessages: 10 }),
  activeRow('ben.okafor@example.com', 4, { lastDayActive: '2026-03-04' }),
  gptRow('chen.wei@example.com', { lastDayActive: '2026-02-11' }),
  gptRow('dana.ruiz@example.com', {
    userStatus: 'pending',
    isActive: null,
    createdOrInvited: null,
  }),
  gptRow('eli.novak@example.com', { userStatus: 'deleted' }),
];

describe('ChatGPT benchmarks (reference §4 proxies)', () => {
  it('on the reference’s sample week: 3 seats, all 3 activated, 2 weekly actives sending 146 messages', () => {
    expect(chatgptBenchmarks(sample, true)).toEqual([
      {
        id: 'activation-rate',
        chatgptName: 'Activation rate',
        value: 1,
        numerator: 3,
        denominator: 3,
      },
      {
        id: 'wau-per-activated',
        chatgptName: 'WAU per activated user',
        value: 2 / 3,
        numerator: 2,
        denominator: 3,
      },
      {
        id: 'messages-per-wau',
        chatgptName: 'Messages per WAU',
        value: 73,
        numerator: 146,
        denominator: 2,
      },
    ]);
  });

  it('a seat never active is not activated; tool messages are never added', () => {
    const rows = [
      activeRow('a@x.org', 10, { toolMessages: 500 }),
      activeRow('b@x.org', 20),
      gptRow('c@x.org', { lastDayActive: '2026-01-05' }),
      gptRow('d@x.org'),
    ];
    expect(chatgptBenchmarks(rows, true).map((b) => b.value)).toEqual([0.75, 2 / 3, 15]);
  });

  it('has no WAU in a monthly export, and null, never NaN, with no seat', () => {
    expect(chatgptBenchmarks([activeRow('a@x.org', 10)], false).map((b) => b.value)).toEqual([
      1,
      null,
      null,
    ]);
    expect(chatgptBenchmarks([], true).map((b) => b.value)).toEqual([null, null, null]);
  });
});
