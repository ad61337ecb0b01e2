import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { artifactsPage } from '@/lib/api/schemas/artifacts';
import { chatProjectsPage } from '@/lib/api/schemas/chat-projects';
import { connectorsPage } from '@/lib/api/schemas/connectors';
import { errorEnvelope } from '@/lib/api/schemas/error';
import {
  costReportPage,
  usageReportPage,
  userCostReportPage,
  userUsageReportPage,
} from '@/lib/api/schemas/legacy-reports';
import { pluginsPage } from '@/lib/api/schemas/plugins';
import { skillsPage } from '@/lib/api/schemas/skills';
import { summariesPage } from '@/lib/api/schemas/summaries';
import { costPage, usagePage } from '@/lib/api/schemas/usage-cost';
import { usersPage } from '@/lib/api/schemas/users';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

/** Every page schema with the reference example it must accept and its row count. */
const cases: [string, z.ZodType, unknown, number][] = [
  ['/users', usersPage, ex.usersExample, 1],
  ['/summaries', summariesPage, ex.summariesExample, 2],
  ['/apps/chat/projects', chatProjectsPage, ex.chatProjectsExample, 1],
  ['/skills', skillsPage, ex.skillsExample, 1],
  ['/connectors', connectorsPage, ex.connectorsExample, 1],
  ['/plugins', pluginsPage, ex.pluginsExample, 2],
  ['/artifacts', artifactsPage, ex.artifactsExample, 3],
  ['/usage', usagePage, ex.usageExample, 1],
  ['/cost', costPage, ex.costExample, 1],
  ['/user_usage_report', userUsageReportPage, ex.userUsageReportExample, 1],
  ['/user_cost_report', userCostReportPage, ex.userCostReportExample, 1],
  ['/usage_report', usageReportPage, ex.usageReportExample, 1],
  ['/cost_report', costReportPage, ex.costReportExample, 1],
];

describe('page schemas accept the reference examples', () => {
  it.each(cases)('%s', (_name, schema, example, rows) => {
    const result = schema.safeParse(structuredClone(example));
    expect(result.error?.issues).toBeUndefined();
    expect((result.data as { data: unknown[] }).data).toHaveLength(rows);
  });

  it.each(cases)('%s keeps unknown keys on the envelope and on rows', (_name, schema, example) => {
    const body = structuredClone(example) as { data: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    body.added_in_2027 = { any: 'thing' };
    body.data[0]!.new_metric_count = 42;
    const parsed = schema.parse(body) as typeof body;
    expect(parsed.added_in_2027).toEqual({ any: 'thing' });
    expect(parsed.data[0]!.new_metric_count).toBe(42);
  });

  it('the error envelope reads type, message and request id', () => {
    const parsed = errorEnvelope.parse(ex.errorExample);
    expect(parsed.error.type).toBe('invalid_request_error');
    expect(parsed.request_id).toBe('req_011CV9xYzAbCdEfGhIjKlMnO');
  });
});

describe('values survive parsing unchanged', () => {
  it('/users: member, key counters, nulls of gated metrics', () => {
    const row = usersPage.parse(ex.usersExample).data[0]!;
    expect(row.user).toEqual({
      id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
      email_address: 'ana.silva@acme.example',
      type: 'user',
    });
    expect(row.chat_metrics!.message_count).toBe(41);
    expect(row.claude_code_metrics!.core_metrics!.lines_of_code).toEqual({
      added_count: 412,
      removed_count: 97,
    });
    expect(row.claude_code_metrics!.tool_actions!.edit_tool).toEqual({
      accepted_count: 38,
      rejected_count: 4,
    });
    expect(row.cowork_metrics!.file_edit_count).toBeNull();
    expect(row.office_metrics!.excel!.message_count).toBe(5);
    expect(row.last_activity_date).toBe('2026-11-20');
  });

  it('/skills: money stays a decimal string, enums keep unknown values', () => {
    const body = structuredClone(ex.skillsExample) as { data: Record<string, unknown>[] };
    body.data[0]!.share_status = 'team';
    const row = skillsPage.parse(body).data[0]!;
    expect(row.estimated_overage_spend).toBe('1250.000000');
    expect(row.attributed_list_price).toBe('2710.500000');
    expect(row.share_status).toBe('team');
  });

  it('/cost: amount is a decimal string, a JSON number amount is turned into one', () => {
    expect(costPage.parse(ex.costExample).data[0]!.cost!.amount).toBe('41280.000000');
    const body = structuredClone(ex.costExample);
    (body.data[0]!.cost as Record<string, unknown>).amount = 125.5;
    expect(costPage.parse(body).data[0]!.cost!.amount).toBe('125.5');
  });

  it('/usage: the user actor is read with its fields', () => {
    const page = usagePage.parse(ex.usageExample);
    expect(page.data[0]!.group!.actor).toEqual({
      type: 'user_actor',
      user_id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
      email_address: 'ana.silva@acme.example',
      name: 'Ana Silva',
      deleted: false,
    });
    expect(page.data[0]!.usage!.total_tokens).toBe(1695988);
    expect(page.has_more).toBe(true);
    expect(page.data_refreshed_at).toBe('2026-11-25T21:40:00Z');
  });

  it('legacy reports keep the top-level organization_id', () => {
    const page = userUsageReportPage.parse(ex.userUsageReportExample);
    expect(page.organization_id).toBe('5a1b2c3d-4e5f-6789-abcd-ef0123456789');
  });
});
