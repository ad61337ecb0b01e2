import { describe, expect, it } from 'vitest';
import { parseChatgptCsv, type ChatgptParsed } from '@/lib/chatgpt/parse-file';
import {
  sampleGptEngagement,
  sampleUserEngagement,
} from '@/lib/chatgpt/fixtures/reference-samples';

const ok = (parsed: ChatgptParsed) => {
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed;
};

describe('the reference’s sample User Engagement rows (§5)', () => {
  const parsed = ok(parseChatgptCsv(sampleUserEngagement));

  it('is a User Engagement file with five people and no errors', () => {
    expect(parsed.kind).toBe('users');
    expect(parsed.users.map((u) => u.email)).toEqual([
      'ana.silva@example.com',
      'ben.okafor@example.com',
      'chen.wei@example.com',
      'dana.ruiz@example.com',
      'eli.novak@example.com',
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.ignoredColumns).toEqual([]);
  });

  it('reads Ana’s row field by field (JSON array, dict literal, tool messages apart)', () => {
    expect(parsed.users[0]).toEqual({
      cadence: 'weekly',
      start: '2026-03-01',
      end: '2026-03-07',
      periodKey: 'weekly:2026-03-01:2026-03-07',
      email: 'ana.silva@example.com',
      publicId: 'user-MWUFuXBVjdctBYVhnSg9EH6y',
      name: 'Ana Silva',
      userStatus: 'enabled',
      isActive: true,
      firstDayActive: '2026-03-02',
      lastDayActiveInPeriod: '2026-03-06',
      lastDayActive: '2026-03-06',
      createdOrInvited: '2025-09-15',
      messages: 142,
      gptMessages: 10,
      gptsMessaged: 1,
      toolMessages: 95,
      toolsMessaged: 2,
      projectMessages: 30,
      projectsMessaged: 2,
      projectsCreated: 1,
      groups: ['SG-ChatGPT-Engineering'],
      departments: ['engineering', 'analytics'],
      userRole: 'standard-user',
    });
  });

  it.each([
    // email, status, active, messages, tool messages, last day active, groups
    ['ben.okafor@example.com', 'enabled', true, 4, 3, '2026-03-04', ['SG-ChatGPT-Sales']],
    ['chen.wei@example.com', 'enabled', false, 0, 0, '2026-02-11', ['SG-ChatGPT-Finance']],
    ['dana.ruiz@example.com', 'pending', null, 0, 0, null, []],
    ['eli.novak@example.com', 'deleted', false, 0, 0, null, []],
  ])(
    '%s: %s, active %s, %i messages, %i tool messages',
    (email, status, active, messages, tools, last, groups) => {
      const u = parsed.users.find((x) => x.email === email)!;
      expect([
        u.userStatus,
        u.isActive,
        u.messages,
        u.toolMessages,
        u.lastDayActive,
        u.groups,
      ]).toEqual([status, active, messages, tools, last, groups]);
    },
  );

  it('a pending user has no public id, name, role or active days', () => {
    const dana = parsed.users[3]!;
    expect([
      dana.publicId,
      dana.name,
      dana.userRole,
      dana.firstDayActive,
      dana.createdOrInvited,
    ]).toEqual([null, null, null, null, '2026-02-27']);
  });
});

describe('the reference’s sample GPT Engagement rows (§5)', () => {
  const parsed = ok(parseChatgptCsv(sampleGptEngagement));

  it('keeps the live and draft rows of one GPT apart', () => {
    expect(parsed.kind).toBe('gpts');
    expect(
      parsed.gpts.map((g) => [
        g.gptId,
        g.configType,
        g.isActive,
        g.messagesWorkspace,
        g.uniqueMessagersWorkspace,
      ]),
    ).toEqual([
      ['g-cc3fc1626e53a13043b026c48bbf33fe', 'live', true, 48, 9],
      ['g-ff9243a8f506b40928b5b7a767c76fb0', 'live', true, 21, 3],
      ['g-08f86bebb2737f6a6f0fb23c6f5da2ce', 'live', true, 0, 0],
      ['g-08f86bebb2737f6a6f0fb23c6f5da2ce', 'draft', true, 2, 1],
      ['g-ql05ha064', 'live', false, 0, 0],
    ]);
    expect(parsed.gpts[0]).toMatchObject({
      gptName: 'Policy Helper',
      creatorEmail: 'ana.silva@example.com',
    });
    expect(parsed.errors).toEqual([]);
  });
});

const header = 'cadence,period_start,period_end,email,user_status,is_active,messages,tool_messages';

describe('cells as people and spreadsheets leave them', () => {
  it.each([
    ['Weekly', 'weekly'],
    ['monthly', 'monthly'],
    ['MONTHLY', 'monthly'],
    ['Date Range', 'range'],
    ['date_range', 'range'],
  ])('cadence %s reads as %s', (cell, cadence) => {
    const parsed = ok(
      parseChatgptCsv(`${header}\n${cell},2026-03-01,2026-03-07,a@x.com,enabled,1,5,0`),
    );
    expect(parsed.users[0]?.periodKey).toBe(`${cadence}:2026-03-01:2026-03-07`);
  });

  it('lower-cases and trims emails, reads a spreadsheet’s 3/1/2026 and 12.0, and ignores unknown columns', () => {
    const parsed = ok(
      parseChatgptCsv(
        `\uFEFF${header},credits_used,seat_type\nweekly,3/1/2026,3/7/2026, Ana.Silva@Example.COM ,Enabled,1,12.0,400,2.5,premium`,
      ),
    );
    expect(parsed.users[0]).toMatchObject({
      email: 'ana.silva@example.com',
      start: '2026-03-01',
      end: '2026-03-07',
      messages: 12,
      toolMessages: 400,
    });
    expect(parsed.ignoredColumns).toEqual(['seat_type']);
  });
});

describe('cells repeated on every row (read once, handed out apart)', () => {
  const groupsHeader =
    'cadence,period_start,period_end,email,user_status,is_active,messages,groups,department';
  const row = (email: string, start = '2026-03-01', end = '2026-03-07') =>
    `weekly,${start},${end},${email},enabled,1,5,"{'g1': 'SG-Sales'}","[""it""]"`;

  it('two people of one group get equal lists, not the same list', () => {
    const [ana, ben] = ok(
      parseChatgptCsv([groupsHeader, row('ana@x.com'), row('ben@x.com')].join('\n')),
    ).users;
    expect([ana?.groups, ben?.groups, ana?.departments]).toEqual([
      ['SG-Sales'],
      ['SG-Sales'],
      ['it'],
    ]);
    ana!.groups.push('changed');
    expect(ben?.groups).toEqual(['SG-Sales']);
  });

  it('a period read before is still checked per row: a bad end day is an error every time', () => {
    const lines = [
      groupsHeader,
      row('ana@x.com', '2026-03-08', '2026-03-01'),
      row('ben@x.com', '2026-03-08', '2026-03-01'),
    ];
    const parsed = ok(parseChatgptCsv(lines.join('\n')));
    expect(parsed.errorCount).toBe(2);
  });
});

describe('row errors: the bad row is listed, the good rows kept', () => {
  it.each([
    ['weekly,2026-03-01,2026-03-07,,enabled,1,5,0', 'email', 'The email is blank.'],
    [
      'weekly,2026-03-01,2026-03-07,b@x.com,active,1,5,0',
      'user_status',
      'The user_status "active" is not enabled, pending or deleted.',
    ],
    [
      'weekly,2026-03-01,2026-03-07,b@x.com,enabled,yes,5,0',
      'is_active',
      'The is_active "yes" is not 1 or 0.',
    ],
    [
      'weekly,2026-03-01,2026-03-07,b@x.com,enabled,1,-2,0',
      'messages',
      'The messages "-2" is not a whole number.',
    ],
    [
      'weekly,2026-02-30,2026-03-07,b@x.com,enabled,1,5,0',
      'period_start',
      'The period_start "2026-02-30" is not a real date.',
    ],
    [
      'weekly,2026-03-07,2026-03-01,b@x.com,enabled,1,5,0',
      'period_end',
      'The period ends (2026-03-01) before it starts (2026-03-07).',
    ],
    [
      'fortnightly,2026-03-01,2026-03-07,b@x.com,enabled,1,5,0',
      'cadence',
      'The cadence "fortnightly" is not Weekly, Monthly or Date Range.',
    ],
    [
      'weekly,2026-03-01,2026-03-07,b@x.com,enabled',
      null,
      'The row has 5 cells; the header has 8 (a broken quote or a line break in a cell?).',
    ],
    [
      'weekly,2026-03-01,2026-03-07,A@x.com,enabled,1,5,0',
      null,
      'a@x.com is already on row 2 for the same period; this row is left out.',
    ],
  ])('%s → %s: %s', (bad, column, message) => {
    const text = [
      header,
      'weekly,2026-03-01,2026-03-07,a@x.com,enabled,1,5,0',
      bad,
      'weekly,2026-03-01,2026-03-07,c@x.com,pending,,,',
    ].join('\n');
    const parsed = ok(parseChatgptCsv(text));
    expect(parsed.errors).toEqual([{ row: 3, column, message }]);
    expect(parsed.users.map((u) => u.email)).toEqual(['a@x.com', 'c@x.com']);
    expect(parsed.dataRows).toBe(3);
  });

  it('a groups cell that is not a dict literal is an error on that row', () => {
    const text = `cadence,period_start,period_end,email,user_status,is_active,messages,groups\nweekly,2026-03-01,2026-03-07,a@x.com,enabled,1,5,"{'x': 'SG-A'"`;
    expect(ok(parseChatgptCsv(text)).errors).toEqual([
      {
        row: 2,
        column: 'groups',
        message: 'The groups cannot be read (unclosed { at character 1).',
      },
    ]);
  });
});

describe('files that are not ChatGPT exports', () => {
  it.each([
    [
      'an org-chart CSV',
      'Work Email,Department,Manager\nana@x.com,Sales,ben@x.com',
      'this file begins with the columns work email, department, manager.',
    ],
    [
      'an Uptake companion export',
      'member,team,active_days,chat_messages\nm1,Sales,3,40',
      'this file begins with the columns member, team, active_days, chat_messages.',
    ],
    [
      'a Claude history file',
      '{"format":"uptake-history","version":1}',
      'this file begins with the columns {"format":"uptake-history"',
    ],
  ])('%s: says what was expected and what it found', (_what, text, found) => {
    const parsed = parseChatgptCsv(text);
    expect(parsed).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^This is not a ChatGPT Enterprise export\. Uptake reads the User Engagement file/,
      ),
    });
    expect(!parsed.ok && parsed.reason).toContain(found);
  });

  it('a User Engagement file missing a needed column says which', () => {
    const parsed = parseChatgptCsv(
      'cadence,period_start,period_end,email,user_status\nweekly,2026-03-01,2026-03-07,a@x.com,enabled',
    );
    expect(parsed).toEqual({
      ok: false,
      reason:
        'This looks like a ChatGPT User Engagement export, but it has no is_active, messages columns; download the export again from Workspace analytics without editing it.',
    });
  });

  it.each([
    ['', 'The file is empty.'],
    [header, 'The file has a header but no rows.'],
  ])('%j: %s', (text, reason) => {
    expect(parseChatgptCsv(text)).toEqual({ ok: false, reason });
  });
});
