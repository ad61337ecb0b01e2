import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { chatProjectsPage } from '@/lib/api/schemas/chat-projects';
import { userUsageReportPage } from '@/lib/api/schemas/legacy-reports';
import { summariesPage } from '@/lib/api/schemas/summaries';
import { usagePage } from '@/lib/api/schemas/usage-cost';
import { usersPage } from '@/lib/api/schemas/users';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

type Json = Record<string, any>;
const copy = <T>(value: T): Json => structuredClone(value) as Json;

describe('/summaries: both envelopes and both date spellings give one output shape', () => {
  const current = summariesPage.parse(ex.summariesExample);

  it('adds the UTC day of each row', () => {
    expect(current.data.map((row) => row.date)).toEqual(['2026-11-18', '2026-11-19']);
    expect(current.next_page).toBeNull();
  });

  it('old envelope { summaries } with starting_date/ending_date days', () => {
    const old = {
      summaries: ex.summariesExample.data.map(({ starting_at, ending_at, ...rest }) => ({
        ...rest,
        starting_date: starting_at.slice(0, 10),
        ending_date: ending_at.slice(0, 10),
      })),
    };
    expect(summariesPage.parse(old)).toEqual(current);
  });

  it('current envelope with starting_date/ending_date timestamps', () => {
    const body = copy(ex.summariesExample);
    for (const row of body.data) {
      row.starting_date = row.starting_at;
      row.ending_date = row.ending_at;
      delete row.starting_at;
      delete row.ending_at;
    }
    expect(summariesPage.parse(body)).toEqual(current);
  });

  it('a group-scoped row with a null seat count is accepted', () => {
    const body = copy(ex.summariesExample);
    body.data[0].assigned_seat_count = null;
    expect(summariesPage.parse(body).data[0]!.assigned_seat_count).toBeNull();
  });
});

describe('email is accepted as an alias of email_address, and normalised', () => {
  it('/users user', () => {
    const body = copy(ex.usersExample);
    body.data[0].user = { id: 'user_1', email: 'bo@acme.example' };
    expect(usersPage.parse(body).data[0]!.user).toEqual({
      id: 'user_1',
      email_address: 'bo@acme.example',
    });
  });

  it('/apps/chat/projects created_by', () => {
    const body = copy(ex.chatProjectsExample);
    body.data[0].created_by = { id: 'user_1', email: 'bo@acme.example', type: 'user' };
    const creator = chatProjectsPage.parse(body).data[0]!.created_by!;
    expect(creator.email_address).toBe('bo@acme.example');
    expect('email' in creator).toBe(false);
  });

  it('/usage and legacy report actors', () => {
    const usage = copy(ex.usageExample);
    delete usage.data[0].group.actor.email_address;
    usage.data[0].group.actor.email = 'ana@acme.example';
    expect(usagePage.parse(usage).data[0]!.group!.actor).toMatchObject({
      email_address: 'ana@acme.example',
    });
    const legacy = copy(ex.userUsageReportExample);
    delete legacy.data[0].actor.email_address;
    legacy.data[0].actor.email = 'ana@acme.example';
    expect(userUsageReportPage.parse(legacy).data[0]!.actor).toMatchObject({
      email_address: 'ana@acme.example',
    });
  });
});

describe('fields added after launch may be missing', () => {
  it('/users without design, science, word, outlook, last activity and distinct connectors', () => {
    const body = copy(ex.usersExample);
    const row = body.data[0];
    delete row.design_metrics;
    delete row.science_metrics;
    delete row.office_metrics.word;
    delete row.office_metrics.outlook;
    delete row.last_activity_date;
    delete row.chat_metrics.distinct_connectors_used_count;
    delete row.claude_code_metrics.core_metrics.artifacts_created_count;
    delete row.user.type;
    expect(usersPage.safeParse(body).success).toBe(true);
  });

  it('a grouped /users row has user null and group keys', () => {
    const body = copy(ex.usersExample);
    Object.assign(body.data[0], {
      user: null,
      distinct_user_count: 14,
      rbac_group_id: 'rbac_group_01J8',
      rbac_group_name: 'Platform Engineering',
    });
    const row = usersPage.parse(body).data[0]!;
    expect(row.user).toBeNull();
    expect(row.rbac_group_name).toBe('Platform Engineering');
  });

  it('an actor of an unknown type is kept as it came', () => {
    const body = copy(ex.usageExample);
    body.data[0].group.actor = { type: 'robot_actor', robot_id: 'rb_1' };
    expect(usagePage.parse(body).data[0]!.group!.actor).toEqual({
      type: 'robot_actor',
      robot_id: 'rb_1',
    });
  });
});

/** [what changed, schema, mutate the example, path the schema error must name] */
const broken: [string, z.ZodType, unknown, (body: Json) => void, string][] = [
  [
    'user.email_address renamed',
    usersPage,
    ex.usersExample,
    (b) => {
      b.data[0].user.mail = b.data[0].user.email_address;
      delete b.data[0].user.email_address;
    },
    'data.0.user.email_address',
  ],
  [
    'user.id missing',
    usersPage,
    ex.usersExample,
    (b) => delete b.data[0].user.id,
    'data.0.user.id',
  ],
  [
    'chat message_count renamed',
    usersPage,
    ex.usersExample,
    (b) => {
      b.data[0].chat_metrics.messages = 41;
      delete b.data[0].chat_metrics.message_count;
    },
    'data.0.chat_metrics.message_count',
  ],
  [
    'lines added as a string',
    usersPage,
    ex.usersExample,
    (b) => (b.data[0].claude_code_metrics.core_metrics.lines_of_code.added_count = '412'),
    'data.0.claude_code_metrics.core_metrics.lines_of_code.added_count',
  ],
  [
    'impossible last_activity_date',
    usersPage,
    ex.usersExample,
    (b) => (b.data[0].last_activity_date = '2026-02-30'),
    'data.0.last_activity_date',
  ],
  ['next_page missing', usersPage, ex.usersExample, (b) => delete b.next_page, 'next_page'],
  [
    'DAU renamed',
    summariesPage,
    ex.summariesExample,
    (b) => {
      b.data[1].dau = 430;
      delete b.data[1].daily_active_user_count;
    },
    'data.1.daily_active_user_count',
  ],
  [
    'seat count missing',
    summariesPage,
    ex.summariesExample,
    (b) => delete b.data[0].assigned_seat_count,
    'data.0.assigned_seat_count',
  ],
  [
    'row start missing',
    summariesPage,
    ex.summariesExample,
    (b) => delete b.data[0].starting_at,
    'data.0.starting_at',
  ],
  [
    'user actor without user_id',
    usagePage,
    ex.usageExample,
    (b) => delete b.data[0].group.actor.user_id,
    'data.0.group.actor.user_id',
  ],
  [
    'total_tokens renamed',
    usagePage,
    ex.usageExample,
    (b) => {
      b.data[0].usage.tokens = 1;
      delete b.data[0].usage.total_tokens;
    },
    'data.0.usage.total_tokens',
  ],
];

describe('a strict field renamed, missing or mistyped is a schema error naming its path', () => {
  it.each(broken)('%s', (_what, schema, example, mutate, path) => {
    const body = copy(example);
    mutate(body);
    const result = schema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
