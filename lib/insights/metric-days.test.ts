/**
 * The model's member days loaded column by column (metric-days.ts): the model
 * built from them equals the model built from every column of every day, a
 * day read before comes back as the same object, and a re-fetched day does not.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, buildAllScopes } from '@/lib/metrics';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { commitUserDay, readUserDays, setMeta, stageUserDayPage } from '@/lib/store/history';
import { freshHistory, row } from '@/lib/store/test-support';
import { loadMetricsHistory } from './load-history';
import { readMetricDays, type MetricDayCache } from './metric-days';

const last = '2026-11-20';

/** 70 days of 12 members: member n active every n-th day in chat, Code every 3rd, skills on Mondays. */
async function store(days = 70, fetchedAt = 1) {
  for (let d = 0; d < days; d += 1) {
    const day = addDays(last, -(days - 1 - d));
    const rows = Array.from({ length: 12 }, (_, n) =>
      row(n + 1, {
        chatMessages: d % (n + 1) === 0 ? n + 2 : 0,
        codeSessions: (d + n) % 3 === 0 ? 1 : 0,
        chatSkillsUsed: d % 7 === 0 ? n % 3 : 0,
        coworkConnectorsUsed: n === 4 ? 1 : 0,
        codeCommits: 5, // a column no model reads
      }),
    );
    await stageUserDayPage(day, 0, rows, fetchedAt);
    await commitUserDay(day);
  }
  await setMeta('latestAvailableDay', last);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

describe('member days for a model', () => {
  it('give the same model as every column of every day', async () => {
    await store();
    const settings = parseMetricsSettings({ champions: { windowDays: 45, minTenureDays: 0 } });
    const { history } = await loadMetricsHistory({ championWindowDays: 45 });
    const full = { ...history, days: await readUserDays(addDays(last, -119), last) };
    const options = { today: addDays(last, 1), timeZone: 'UTC' };
    const model = buildAllScopes(history, settings, options);
    expect(model).toEqual(buildAllScopes(full, settings, options));
    expect(model.org.champions.champions.length).toBeGreaterThan(0);
    // Old days hold only their digest; a recent day also its champion inputs; no columns kept.
    expect(history.days![0]!.columns).toEqual({});
    expect(history.days![0]!.champion).toBeUndefined();
    expect(history.days!.at(-1)!.champion).toBeDefined();
  });

  it('hand back days read before as the same objects, and a re-fetched day anew', async () => {
    await store(5);
    const cache: MetricDayCache = new Map();
    const from = addDays(last, -4);
    const first = await readMetricDays(from, last, addDays(last, -2), cache);
    // The same 12 members every day, in the same order: one id array.
    expect(new Set(first.map((d) => d.memberIds)).size).toBe(1);
    const again = await readMetricDays(from, last, addDays(last, -2), cache);
    expect(again.every((d, i) => d === first[i])).toBe(true);
    await stageUserDayPage(last, 0, [row(1, { chatMessages: 9 })], 2);
    await commitUserDay(last);
    const after = await readMetricDays(from, last, addDays(last, -2), cache);
    expect(after.slice(0, 4).every((d, i) => d === first[i])).toBe(true);
    expect(after[4]).not.toBe(first[4]);
    expect(after[4]!.memberIds).toEqual(['user_1']);
    // A wider recent window re-reads the days that now need their champion inputs.
    const wider = await readMetricDays(from, last, from, cache);
    expect(wider[0]).not.toBe(first[0]);
    expect(wider[0]!.champion).toBeDefined();
  });
});
