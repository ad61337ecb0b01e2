/**
 * What a present null where the API's types promise a value (a "not reported" field, see
 * `reported` in lib/api/schemas/common.ts) means once a row reaches the history: the row's other
 * figures are kept; only a row left without its member id or its day is left out.
 */
import { describe, expect, it } from 'vitest';
import { summariesPage } from '@/lib/api/schemas/summaries';
import { usersPage } from '@/lib/api/schemas/users';
import * as ex from '@/lib/api/test-fixtures/reference-examples';
import { toDaySummaries, toUserDayRow } from './map-rows';

type Json = Record<string, any>;
const userRow = (change: (row: Json) => void) => {
  const body = structuredClone(ex.usersExample) as Json;
  change(body.data[0]);
  return usersPage.parse(body).data[0]!;
};

describe('a /users row with a field not reported', () => {
  const full = toUserDayRow(userRow(() => undefined))!;

  it('reads the example as the reference gives it', () => {
    expect(full.memberId).toBe('user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB');
    expect(full.values).toMatchObject({ chatMessages: 41, codeLinesAdded: 412, codeCommits: 3 });
  });

  /** [field set to null, the figures it carried (now 0), figures that must be unchanged]. */
  const cases: [string, (row: Json) => void, Record<string, number>, string[]][] = [
    [
      'chat_metrics.message_count',
      (r) => (r.chat_metrics.message_count = null),
      { chatMessages: 0 },
      ['chatConversations', 'codeLinesAdded', 'coworkMessages', 'officeMessages'],
    ],
    [
      'the whole chat_metrics block',
      (r) => (r.chat_metrics = null),
      { chatMessages: 0, chatConversations: 0, chatProjectsUsed: 0 },
      ['codeLinesAdded', 'codeCommits', 'coworkSessions', 'webSearches'],
    ],
    [
      'claude_code_metrics.core_metrics.lines_of_code',
      (r) => (r.claude_code_metrics.core_metrics.lines_of_code = null),
      { codeLinesAdded: 0, codeLinesRemoved: 0 },
      ['codeCommits', 'codePullRequests', 'codeToolAccepted', 'chatMessages'],
    ],
    [
      'office_metrics.excel',
      (r) => (r.office_metrics.excel = null),
      { officeMessages: 0, officeSessions: 0 },
      ['chatMessages', 'coworkMessages'],
    ],
  ];
  it.each(cases)('%s: its figures count as nothing, the rest is kept', (_f, change, zero, kept) => {
    const row = toUserDayRow(userRow(change))!;
    expect(row.memberId).toBe(full.memberId);
    expect(row.values).toMatchObject(zero);
    for (const name of kept)
      expect([name, row.values[name as keyof typeof row.values]]).toEqual([
        name,
        full.values[name as keyof typeof full.values],
      ]);
  });

  it('a member id not reported leaves the row out (it cannot be placed)', () => {
    expect(toUserDayRow(userRow((r) => (r.user.id = null)))).toBeNull();
  });

  it('an email not reported keeps the member, with an empty email', () => {
    const row = toUserDayRow(userRow((r) => (r.user.email_address = null)))!;
    expect(row.memberId).toBe(full.memberId);
    expect(row.email).toBe('');
    expect(row.values).toEqual(full.values);
  });
});

describe('/summaries days with a field not reported', () => {
  it('a day without its DAU or its start is skipped; the other days are stored', () => {
    const body = structuredClone(ex.summariesExample) as Json;
    body.data[0].daily_active_user_count = null;
    const { days, skipped } = toDaySummaries(summariesPage.parse(body).data, 1);
    expect(skipped).toBe(1);
    expect(days.map((d) => [d.day, d.dailyActive])).toEqual([['2026-11-19', 430]]);
    body.data[0].daily_active_user_count = 1;
    body.data[1].starting_at = null;
    expect(toDaySummaries(summariesPage.parse(body).data, 1).days.map((d) => d.day)).toEqual([
      '2026-11-18',
    ]);
  });

  it('a seat count not reported is kept as unknown, the day is stored', () => {
    const body = structuredClone(ex.summariesExample) as Json;
    body.data[1].assigned_seat_count = null;
    const { days } = toDaySummaries(summariesPage.parse(body).data, 1);
    expect(days[1]).toMatchObject({ day: '2026-11-19', dailyActive: 430, assignedSeats: null });
  });
});
