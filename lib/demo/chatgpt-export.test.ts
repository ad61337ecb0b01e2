import { describe, expect, it } from 'vitest';
import { parseChatgptCsv } from '@/lib/chatgpt/parse-file';
import { demoChatgptExports, demoChatgptPeriods } from './chatgpt-export';
import { createDemoOrg } from './org';

const org = createDemoOrg({ members: 300, groups: 6, seed: 7 });

describe('demoChatgptPeriods', () => {
  it.each([
    // latest day (weekday), last complete week, months
    [
      '2026-11-24',
      '2026-10-11..2026-10-17',
      '2026-11-15..2026-11-21',
      ['2026-08', '2026-09', '2026-10'],
    ],
    [
      '2026-11-21',
      '2026-10-11..2026-10-17',
      '2026-11-15..2026-11-21',
      ['2026-08', '2026-09', '2026-10'],
    ],
    [
      '2026-11-30',
      '2026-10-18..2026-10-24',
      '2026-11-22..2026-11-28',
      ['2026-09', '2026-10', '2026-11'],
    ],
    [
      '2027-01-02',
      '2026-11-22..2026-11-28',
      '2026-12-27..2027-01-02',
      ['2026-10', '2026-11', '2026-12'],
    ],
  ])('latest %s: weeks %s to %s, months %j', (latest, firstWeek, lastWeek, months) => {
    const { weekly, monthly } = demoChatgptPeriods(latest);
    expect(weekly).toHaveLength(6);
    expect(`${weekly[0]!.start}..${weekly[0]!.end}`).toBe(firstWeek);
    expect(`${weekly[5]!.start}..${weekly[5]!.end}`).toBe(lastWeek);
    expect(monthly.map((m) => m.start.slice(0, 7))).toEqual(months);
    expect(monthly.every((m) => m.end <= latest)).toBe(true);
  });
});

describe('demoChatgptExports', () => {
  const files = demoChatgptExports(org, '2026-11-24');
  const parsed = files.map((f) => ({ file: f, parsed: parseChatgptCsv(f.text) }));
  const users = parsed.flatMap(({ parsed: p }) => (p.ok ? p.users : []));

  it('writes 8 files that all parse without a row error, each of the kind it says', () => {
    expect(files.map((f) => f.name)).toEqual([
      'user_engagement_weekly_2026-10-11_2026-11-21.csv',
      'gpt_engagement_weekly_2026-10-11_2026-11-21.csv',
      'user_engagement_monthly_2026-08.csv',
      'gpt_engagement_monthly_2026-08.csv',
      'user_engagement_monthly_2026-09.csv',
      'gpt_engagement_monthly_2026-09.csv',
      'user_engagement_monthly_2026-10.csv',
      'gpt_engagement_monthly_2026-10.csv',
    ]);
    for (const { file, parsed: p } of parsed) {
      expect(p.ok && [p.kind, p.errorCount]).toEqual([file.kind, 0]);
    }
  });

  it('uses the October 2025 schema and, for the oldest month, the January 2025 one', () => {
    const widths = files.map((f) => f.text.split('\n')[0]!.split(',').length);
    expect(widths).toEqual([30, 16, 22, 15, 30, 16, 30, 16]);
  });

  it('is deterministic', () => {
    expect(demoChatgptExports(org, '2026-11-24')).toEqual(files);
  });

  it('overlaps the Claude org realistically: both tools, ChatGPT only, Claude only', () => {
    const claude = new Set(org.members.map((m) => m.email));
    const chatgpt = new Set(users.map((u) => u.email));
    const both = [...chatgpt].filter((e) => claude.has(e)).length;
    const chatgptOnly = chatgpt.size - both;
    const claudeOnly = claude.size - both;
    expect(both).toBeGreaterThan(100);
    expect(chatgptOnly).toBe(18); // 6 % of 300
    expect(claudeOnly).toBeGreaterThan(50);
  });

  it('has pending and deleted rows, inactive seats, and tool messages beyond messages', () => {
    const statuses = new Set(users.map((u) => u.userStatus));
    expect([...statuses].sort()).toEqual(['deleted', 'enabled', 'pending']);
    expect(users.some((u) => u.userStatus === 'enabled' && u.isActive === false)).toBe(true);
    expect(users.some((u) => u.toolMessages > u.messages)).toBe(true);
    const gpts = parsed.flatMap(({ parsed: p }) => (p.ok ? p.gpts : []));
    expect(gpts.some((g) => g.configType === 'draft')).toBe(true);
    expect(gpts.some((g) => g.configType === null)).toBe(true);
  });
});
