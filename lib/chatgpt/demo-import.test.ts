import { beforeEach, describe, expect, it } from 'vitest';
import { importDemoChatgpt } from '@/lib/chatgpt/demo-import';
import { createDemoOrg } from '@/lib/demo/org';
import { listChatgptPeriods, readChatgptHistory } from '@/lib/store/chatgpt-history';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);
const org = createDemoOrg({ members: 120, groups: 4, seed: 3 });

describe('importDemoChatgpt', () => {
  it('imports 6 weeks and 3 months of both exports once, then nothing until a new period', async () => {
    expect(await importDemoChatgpt(org, '2026-11-24', { db: 'uptake-demo' })).toBe(18);
    const listed = await listChatgptPeriods({ db: 'uptake-demo' });
    expect(listed.filter((p) => p.kind === 'users').map((p) => p.periodKey)).toEqual([
      'monthly:2026-08-01:2026-08-31',
      'monthly:2026-09-01:2026-09-30',
      'monthly:2026-10-01:2026-10-31',
      'weekly:2026-10-11:2026-10-17',
      'weekly:2026-10-18:2026-10-24',
      'weekly:2026-10-25:2026-10-31',
      'weekly:2026-11-01:2026-11-07',
      'weekly:2026-11-08:2026-11-14',
      'weekly:2026-11-15:2026-11-21',
    ]);
    expect(await importDemoChatgpt(org, '2026-11-24', { db: 'uptake-demo' })).toBe(0);
    // A week later: one new week (both kinds); the month of November is not over yet.
    expect(await importDemoChatgpt(org, '2026-11-28', { db: 'uptake-demo' })).toBe(2);
    expect((await readChatgptHistory()).users).toEqual([]); // the active history is untouched
  });
});
