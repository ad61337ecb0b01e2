/**
 * ChatGPT User Engagement exports for the e2e tests, written in the export's
 * real format (the Oct-2025 schema of ../shared/reference/chatgpt-enterprise.md
 * §5) for people of the mock's demo organisation, with a realistic overlap:
 * most Claude members also hold a ChatGPT seat, some are active in one tool
 * only, a few ChatGPT-only people sit in a SCIM group, one invite is pending
 * and one account deleted. Deterministic (a hash of email and period).
 */

export const userHeader =
  'cadence,period_start,period_end,account_id,public_id,name,email,role,user_role,department,groups,user_status,created_or_invited_date,is_active,first_day_active_in_period,last_day_active_in_period,messages,messages_rank,model_to_messages,gpt_messages,gpts_messaged,gpt_to_messages,tool_messages,tools_messaged,tool_to_messages,project_messages,projects_messaged,project_to_messages,projects_created,last_day_active';

/** What the test knows of each row (the same values the CSV holds). */
export interface ExportRow {
  cadence: 'Weekly' | 'Monthly';
  start: string;
  end: string;
  email: string;
  status: 'enabled' | 'pending' | 'deleted';
  active: boolean;
  messages: number;
  gptMessages: number;
  projectMessages: number;
  group: string | null;
}

const account = 'a4c123b1612dd272d1371c17149d4395';

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The rows of one period: `emails` are the Claude members to draw ChatGPT seats from. */
export function exportRows(
  cadence: ExportRow['cadence'],
  start: string,
  end: string,
  emails: readonly string[],
): ExportRow[] {
  const rows: ExportRow[] = [];
  const person = (email: string, group: string | null, status: ExportRow['status'] = 'enabled') => {
    const h = hash(`${email}|${start}|${end}`);
    const active = status === 'enabled' && h % 100 < 55;
    rows.push({
      cadence,
      start,
      end,
      email,
      status,
      active,
      messages: active ? 1 + (h % 90) : 0,
      gptMessages: active && h % 7 === 0 ? 1 + (h % 11) : 0,
      projectMessages: active && h % 5 === 0 ? 2 + (h % 13) : 0,
      group,
    });
  };
  // About three members in four hold a ChatGPT seat too.
  emails.filter((e) => hash(e) % 4 !== 0).forEach((e) => person(e, null));
  for (let i = 0; i < 12; i += 1) person(`gpt.only${i}@northwind.example`, 'SG-ChatGPT-Research');
  person('new.hire@northwind.example', null, 'pending');
  person('left.company@northwind.example', null, 'deleted');
  return rows;
}

const q = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV text of `rows` (one period or many). */
export function exportCsv(rows: readonly ExportRow[]): string {
  const lines = rows.map((r, i) => {
    const pending = r.status === 'pending';
    const day = r.active ? r.start : '';
    const groups = r.group
      ? `{'${hash(r.group).toString(16).padStart(32, '0')}': '${r.group}'}`
      : '';
    return [
      r.cadence,
      r.start,
      r.end,
      account,
      pending ? '' : `user-${hash(r.email).toString(36).padEnd(24, 'x').slice(0, 24)}`,
      pending ? '' : r.email.split('@')[0]!.replace('.', ' '),
      // Mixed case in the export: the join must lower-case it.
      i % 2 ? r.email.toUpperCase() : r.email,
      '',
      pending ? '' : 'standard-user',
      '',
      groups,
      r.status,
      '2025-09-15',
      pending ? '' : r.active ? '1' : '0',
      day,
      day,
      pending ? '' : String(r.messages),
      r.active ? '1' : '',
      r.active ? `{'gpt-5': ${r.messages}}` : '',
      pending ? '' : String(r.gptMessages),
      pending ? '' : r.gptMessages ? '1' : '0',
      '',
      // tool_messages is not a subset of messages: never added to them.
      pending ? '' : String(r.messages * 3),
      pending ? '' : '1',
      '',
      pending ? '' : String(r.projectMessages),
      pending ? '' : r.projectMessages ? '1' : '0',
      '',
      pending ? '' : '0',
      r.active ? r.start : r.status === 'enabled' ? '2025-12-01' : '',
    ]
      .map(q)
      .join(',');
  });
  return `${userHeader}\n${lines.join('\n')}\n`;
}
