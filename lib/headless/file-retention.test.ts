// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { summary } from '@/lib/store/test-support';
import { createFileStore } from './file-store';
import { enforceFileRetention } from './file-retention';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uptake-retention-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const row = (memberId: string) => ({
  memberId,
  email: `${memberId}@x.example`,
  values: { chatMessages: 1 },
});

it('keeps per-person history from the first kept day on, and every total', async () => {
  const store = createFileStore(dir);
  for (const [day, member] of [
    ['2026-11-01', 'user_old'],
    ['2026-11-20', 'user_new'],
  ] as const) {
    await store.stageUserDayPage(day, 0, [row(member)]);
    await store.commitUserDay(day);
  }
  await store.stageUserDayPage('2026-11-02', 0, [row('user_old')]);
  const window = (startDay: string, endDay: string) => ({
    groupId: 'g1',
    startDay,
    endDay,
    memberIds: ['user_old'],
    fetchedAt: 1,
  });
  await store.putGroupMembership(window('2026-10-01', '2026-11-01'));
  await store.putGroupMembership(window('2026-10-22', '2026-11-21'));
  await store.putSummaries('org', [summary('2026-11-01'), summary('2026-11-20')]);

  expect(await enforceFileRetention(dir, '2026-11-15')).toBe(4); // a day, a staged day, a window, a member
  const after = createFileStore(dir);
  expect(await after.storedUserDays()).toEqual(['2026-11-20']);
  expect(await after.stagedPages('2026-11-02')).toEqual([]);
  expect((await after.membershipHistory('g1')).map((m) => m.endDay)).toEqual(['2026-11-21']);
  expect((await after.readMembers()).map((m) => m.id)).toEqual(['user_new']);
  expect(await after.storedDays('org')).toEqual(['2026-11-01', '2026-11-20']);
});
