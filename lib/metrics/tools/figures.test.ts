import { describe, expect, it } from 'vitest';
import { claudeRollup } from '@/lib/metrics/tools/claude-rollup';
import { toolFigures } from '@/lib/metrics/tools/figures';
import { peopleOfPeriod } from '@/lib/metrics/tools/people';
import { toolPeriods } from '@/lib/metrics/tools/periods';
import { activeRow, claudeDay, gptRow } from '@/lib/metrics/tools/test-rows';

/**
 * One week, Sunday 1 – Saturday 7 March 2026, eight people:
 *
 * | person   | ChatGPT            | Claude (Mon 2, Tue 3 March)  |
 * |----------|--------------------|------------------------------|
 * | ana      | enabled, active    | 0 then 5 messages: active    |
 * | ben      | enabled, active    | —                            |
 * | chen     | enabled, inactive  | 2 messages: active           |
 * | dana     | pending            | —                            |
 * | eli      | deleted            | —                            |
 * | fay      | enabled, inactive  | a row of zeros: seat only    |
 * | gus      | —                  | rows of zeros: seat only     |
 * | (no email)| —                 | 1 message: active            |
 * hal is active in Claude on Monday 9 March only: outside the week.
 */
const rows = [
  activeRow('ana@x.org', 10),
  activeRow('ben@x.org', 4),
  gptRow('chen@x.org'),
  gptRow('dana@x.org', { userStatus: 'pending', isActive: null }),
  gptRow('eli@x.org', { userStatus: 'deleted' }),
  gptRow('fay@x.org'),
];
const emailOf = new Map([
  ['m-ana', 'ana@x.org'],
  ['m-chen', 'Chen@X.org'],
  ['m-gus', 'gus@x.org'],
  ['m-fay', 'fay@x.org'],
  ['m-hal', 'hal@x.org'],
]);
const days = [
  claudeDay('2026-03-02', { 'm-ana': 0, 'm-chen': 2, 'm-gus': 0, 'm-fay': 0, 'm-noemail': 1 }),
  claudeDay('2026-03-03', { 'm-ana': 5, 'm-gus': 0 }),
  claudeDay('2026-03-09', { 'm-hal': 7 }),
];

function weekPeople() {
  const [period] = toolPeriods(rows);
  const acc = claudeRollup([period!]);
  days.forEach(acc.add);
  const rollup = acc.finish().get(period!.key)!;
  return { rollup, people: peopleOfPeriod(rows, rollup, emailOf) };
}

describe('Claude rolled up to a ChatGPT week, joined by email', () => {
  it('keeps the days of the week only, and every member with a row as a seat', () => {
    const { rollup } = weekPeople();
    expect(rollup.daysStored).toBe(2);
    expect([...rollup.members.keys()].sort()).toEqual([
      'm-ana',
      'm-chen',
      'm-fay',
      'm-gus',
      'm-noemail',
    ]);
    expect(rollup.members.get('m-ana')).toEqual({
      active: true,
      activeWeekdays: 1,
      interactions: 5,
      productMask: 1,
    });
  });

  it('has one person per email (Chen@X.org is chen@x.org) and keeps a member without email apart', () => {
    const { people } = weekPeople();
    expect(people.map((p) => p.key)).toEqual([
      'ana@x.org',
      'ben@x.org',
      'chen@x.org',
      'claude:m-noemail',
      'dana@x.org',
      'eli@x.org',
      'fay@x.org',
      'gus@x.org',
    ]);
  });

  it('gives each tool’s share, the combined share and the overlap, with their denominators', () => {
    const f = toolFigures(weekPeople().people, true);
    // ChatGPT seats: ana, ben, chen, fay (dana pending and eli deleted are not seats).
    expect(f.chatgpt).toEqual({ active: 2, seats: 4, share: 0.5 });
    // Claude seats: ana, chen, fay, gus, no-email; active: ana, chen, no-email.
    expect(f.claude).toEqual({ active: 3, seats: 5, share: 0.6 });
    // Either tool: ana, ben, chen, fay, gus, no-email; active in either: ana, ben, chen, no-email.
    expect(f.combined).toEqual({ active: 4, seats: 6, share: 4 / 6 });
    expect(f.overlap).toEqual({ both: 1, onlyChatgpt: 1, onlyClaude: 2, neither: 2 });
    // Seats in both: ana, chen, fay; fay used neither.
    expect(f.seatsInBoth).toBe(3);
    expect(f.paidTwiceUnused).toBe(1);
  });

  it('without Claude history for the period, gives ChatGPT alone and no combined figure', () => {
    const people = peopleOfPeriod(rows, null, emailOf);
    const f = toolFigures(people, false);
    expect(f.chatgpt).toEqual({ active: 2, seats: 4, share: 0.5 });
    expect([f.claude, f.combined, f.overlap, f.paidTwiceUnused]).toEqual([null, null, null, null]);
  });

  it('gives null shares, never NaN, with no seat', () => {
    expect(toolFigures([], true).combined).toEqual({ active: 0, seats: 0, share: null });
  });

  it('merges two ChatGPT rows of one email in a period (a seat if either is enabled)', () => {
    const people = peopleOfPeriod(
      [gptRow('re@x.org', { userStatus: 'deleted' }), activeRow('RE@x.org', 3)],
      null,
      new Map(),
    );
    expect(people).toHaveLength(1);
    expect([
      people[0]!.chatgptSeat,
      people[0]!.chatgptActive,
      people[0]!.chatgpt!.messages,
    ]).toEqual([true, true, 3]);
  });
});
