/**
 * The latest day varies by endpoint (reference §0a): `/summaries` has 2026-11-24 while `/users`
 * and the catalog endpoints still refuse it. Through the mock, the real client, engine and store:
 * the sync does not fail, the refused day is deferred to a later sync, and the first picture (org
 * and group figures, the 30-day rollup for champions) still appears, ending a day earlier.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch, type Faults } from '@/lib/demo/mock-api';
import { resetHistoryForTests } from '@/lib/store/db';
import {
  readGroups,
  readSummaries,
  readSyncLog,
  storedRollups,
  storedUserDays,
} from '@/lib/store/history';
import { createSimulatedClock } from './clock';
import { addDays } from './days';
import { lastDayOf, shiftTask } from './endpoint-lag';
import { runSync } from './engine';
import { createRateLimiter } from './rate-limiter';
import type { SyncTask } from './tasks';

const fast = { historyDepthDays: 7, spend: false } as const;
const usersLagADay = {
  '/users': 1,
  '/skills': 1,
  '/connectors': 1,
  '/plugins': 1,
  '/apps/chat/projects': 1,
};

function setup(latest: string, faults: Faults = {}) {
  const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
  const api = createMockApi({
    org: { members: 300, groups: 6, seed: 7, latestAvailableDay: latest },
    now: clock.now,
    faults,
  });
  const urls: string[] = [];
  const client = createAnalyticsClient({
    apiKey: DEMO_KEY,
    fetch: mockFetch(api),
    onRequest: ({ url }) => urls.push(url),
  });
  const limiter = createRateLimiter({ limit: 60, clock });
  return { api, urls, deps: { client, clock, limiter, random: () => 0.5 } };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
});

/** Wordings of the refusal: the outcome must not depend on them. */
const wordings: [string, Faults['notYetAvailableMessage']][] = [
  ['the usual wording', undefined],
  ['a wording that names no day', () => 'Requested data is still being prepared.'],
];

describe('/users a day behind /summaries', { timeout: 60_000 }, () => {
  it.each(wordings)(
    'a cold start completes, defers the newest member day and shows the first picture a day earlier (%s)',
    async (_wording, notYetAvailableMessage) => {
      const { deps } = setup('2026-11-24', {
        endpointLagDays: usersLagADay,
        notYetAvailableMessage,
      });
      const outcome = await runSync(deps, fast);
      expect(outcome.state).toBe('done');
      expect(outcome.failedTasks).toEqual([]);
      expect(outcome.deferredTasks.map((t) => t.id).sort()).toEqual([
        'group-day:2026-11-24',
        'user-day:2026-11-24',
      ]);
      // Org figures to the latest day /summaries has.
      expect((await readSummaries('org', '2026-11-24', '2026-11-24')).length).toBe(1);
      // Groups discovered from /users' latest day, each with a series up to it.
      const groups = await readGroups();
      expect(groups.length).toBeGreaterThanOrEqual(6);
      for (const g of groups) {
        const days = (await readSummaries(g.id, '2026-11-20', '2026-11-24')).map((d) => d.day);
        expect(days).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
      }
      // The champions' 30-day rollup ends on /users' latest day.
      expect((await storedRollups()).map((r) => [r.startDay, r.endDay])).toEqual([
        ['2026-10-25', '2026-11-24'],
      ]);
      expect(await storedUserDays()).toEqual(
        ['18', '19', '20', '21', '22', '23'].map((d) => `2026-11-${d}`),
      );
      const log = await readSyncLog();
      expect(log[0]!.outcome).toBe('ok');
      expect(log[0]!.message).toBe(
        'Synced to 2026-11-24. 2 part(s) the Analytics API has not published yet will be fetched by a later sync.',
      );
    },
  );

  it('spends at most one refused request per lagging endpoint', async () => {
    const { deps, api } = setup('2026-11-24', { endpointLagDays: usersLagADay });
    const refused: string[] = [];
    const client = createAnalyticsClient({
      apiKey: DEMO_KEY,
      fetch: async (input, init) => {
        const res = await mockFetch(api)(input, init);
        if (res.status === 400) refused.push(new URL(String(input)).pathname.split('/').pop()!);
        return res;
      },
    });
    const outcome = await runSync({ ...deps, client }, fast);
    expect(outcome.state).toBe('done');
    expect(refused.sort()).toEqual(['connectors', 'plugins', 'projects', 'skills', 'users']);
  });

  it('an incremental sync defers the new member day, and the next sync fetches it', async () => {
    const { api, deps } = setup('2026-11-23');
    expect((await runSync(deps, fast)).state).toBe('done');
    api.setFaults({ latestAvailableDay: '2026-11-24', endpointLagDays: { '/users': 1 } });
    const lagging = await runSync(deps, fast);
    expect(lagging.state).toBe('done');
    expect(lagging.failedTasks).toEqual([]);
    expect(lagging.deferredTasks.map((t) => t.id).sort()).toEqual([
      'group-day:2026-11-24',
      'user-day:2026-11-24',
    ]);
    expect((await readSummaries('org', '2026-11-24', '2026-11-24')).length).toBe(1);
    expect(await storedUserDays()).not.toContain('2026-11-24');

    api.setFaults({ latestAvailableDay: '2026-11-24' });
    const caughtUp = await runSync(deps, fast);
    expect(caughtUp.state).toBe('done');
    expect(caughtUp.deferredTasks).toEqual([]);
    expect(await storedUserDays()).toContain('2026-11-24');
    for (const g of await readGroups())
      expect((await readSummaries(g.id, '2026-11-24', '2026-11-24')).length).toBe(1);
  });

  it('an endpoint more than three days behind is a real failure, not a deferral', async () => {
    const { deps } = setup('2026-11-24', {
      endpointLagDays: { '/users': 5 },
      notYetAvailableMessage: () => 'Requested data is still being prepared.',
    });
    const outcome = await runSync(deps, { ...fast, historyDepthDays: 10 });
    expect(outcome.failedTasks.map((t) => t.id)).toContain('user-day:2026-11-20');
  });
});

describe('shiftTask', () => {
  const rollup: SyncTask = {
    kind: 'user-rollup',
    id: 'user-rollup:2026-10-26:2026-11-25',
    phase: 'first-picture',
    startDay: '2026-10-26',
    endDay: '2026-11-25',
    estimatedPages: 1,
  };
  /** [task, new last day, allow day shift, expected [start, end) or day, or null]. */
  const cases: [string, SyncTask, string, boolean, string | null][] = [
    ['a 30-day rollup keeps its length', rollup, '2026-11-23', false, '2026-10-25..2026-11-24'],
    [
      'a window near the floor never starts before 2026-01-01',
      { ...rollup, startDay: '2026-01-01', endDay: '2026-01-11' },
      '2026-01-08',
      false,
      '2026-01-01..2026-01-09',
    ],
    [
      'a member day is deferred, not shifted',
      {
        kind: 'user-day',
        id: 'user-day:2026-11-24',
        phase: 'history',
        day: '2026-11-24',
        estimatedPages: 1,
      },
      '2026-11-23',
      true,
      null,
    ],
    [
      'group discovery moves to the earlier day',
      {
        kind: 'group-day',
        id: 'group-day:2026-11-24',
        phase: 'first-picture',
        day: '2026-11-24',
        estimatedPages: 3,
      },
      '2026-11-23',
      true,
      '2026-11-23',
    ],
    [
      'a history group day is not moved',
      {
        kind: 'group-day',
        id: 'group-day:2026-11-24',
        phase: 'history',
        day: '2026-11-24',
        estimatedPages: 3,
      },
      '2026-11-23',
      false,
      null,
    ],
  ];
  it.each(cases)('%s', (_name, task, day, allow, expected) => {
    const shifted = shiftTask(task, day, allow);
    if (expected === null) return expect(shifted).toBeNull();
    expect(shifted).not.toBeNull();
    expect(lastDayOf(shifted!)).toBe(day);
    const got =
      'startDay' in shifted!
        ? `${shifted.startDay}..${shifted.endDay}`
        : (shifted as { day: string }).day;
    expect(got).toBe(expected);
    if ('endDay' in shifted!) expect(addDays(shifted.endDay, -1)).toBe(day);
  });
});
