import { describe, expect, it } from 'vitest';
import { userColumns, userSchemaVersions } from '@/lib/chatgpt/columns';
import { gptEngagementCsv, userEngagementCsv } from '@/lib/chatgpt/export-csv';
import { parseChatgptCsv } from '@/lib/chatgpt/parse-file';
import type { ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { chatgptGpt, chatgptUser } from '@/lib/store/chatgpt-test-support';

const month = { cadence: 'monthly', start: '2026-02-01', end: '2026-02-28' } as const;
const users: ChatgptUserPeriod[] = [
  chatgptUser('ana@acme.example', {
    name: 'Ana Silva',
    messages: 142,
    toolMessages: 95,
    toolsMessaged: 2,
    gptMessages: 10,
    gptsMessaged: 1,
    projectMessages: 30,
    projectsMessaged: 2,
    projectsCreated: 1,
    groups: ["SG-O'Brien", 'SG-Sales'],
    departments: ['engineering', 'analytics'],
  }),
  chatgptUser(
    'ben@acme.example',
    { isActive: false, messages: 0, firstDayActive: null, lastDayActiveInPeriod: null },
    month,
  ),
  chatgptUser('dana@acme.example', {
    publicId: null,
    userStatus: 'pending',
    isActive: null,
    messages: 0,
    firstDayActive: null,
    lastDayActiveInPeriod: null,
    lastDayActive: null,
    userRole: null,
  }),
];

/** What a file of `version` can carry: the fields its columns hold, the rest 0 / empty. */
function keptBy(
  version: (typeof userSchemaVersions)[number],
  u: ChatgptUserPeriod,
): ChatgptUserPeriod {
  const has = (c: string) => userColumns[version].includes(c);
  return {
    ...u,
    projectMessages: has('project_messages') ? u.projectMessages : 0,
    projectsMessaged: has('projects_messaged') ? u.projectsMessaged : 0,
    projectsCreated: has('projects_created') ? u.projectsCreated : 0,
    groups: has('groups') ? u.groups : [],
  };
}

describe('generated files of every schema version parse back to the records', () => {
  it.each([
    ['2025-01', 22],
    ['2025-02', 24],
    ['2025-10', 30],
    ['2026', 31],
  ] as const)('User Engagement %s (%i columns)', (version, columns) => {
    const text = userEngagementCsv(users, version, { accountId: 'a'.repeat(32) });
    expect(text.split('\n')[0]!.split(',')).toHaveLength(columns);
    const parsed = parseChatgptCsv(text);
    expect(parsed.ok && parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.users).toEqual(users.map((u) => keptBy(version, u)));
  });

  it.each([true, false])('GPT Engagement, config_type column: %s', (withConfigType) => {
    const gpts = [
      chatgptGpt('g-1', withConfigType ? 'live' : null, { creatorEmail: 'ana@acme.example' }),
      chatgptGpt('g-2', withConfigType ? 'draft' : null, {
        isActive: false,
        messagesWorkspace: 0,
        uniqueMessagersWorkspace: 0,
      }),
    ];
    const parsed = parseChatgptCsv(
      gptEngagementCsv(gpts, { accountId: 'a'.repeat(32), withConfigType }),
    );
    expect(parsed.ok && parsed.gpts).toEqual(gpts);
  });
});
