import { describe, expect, it } from 'vitest';
import { fixFor, overlayState } from './state';
import { initialData, type OverlayData } from './store';
import { testModel } from './test-model';
import type { StatusAnswer } from './messages';

const status = (patch: Partial<StatusAnswer> = {}): StatusAnswer => ({
  orgName: 'Acme',
  mode: 'live',
  latestDay: '2026-11-24',
  lastSync: { at: 0, outcome: 'ok', message: 'Synced to 2026-11-24.' },
  sync: null,
  ...patch,
});
const running = {
  state: 'running' as const,
  phase: 'first-picture' as const,
  task: null,
  pagesDone: 3,
  pagesPlanned: 12,
  requests: 3,
  rateLimited: 0,
  etaSeconds: 40,
  latestDay: null,
  message: null,
};
const data = (patch: Partial<OverlayData>): OverlayData => ({
  ...initialData,
  phase: 'ready',
  ...patch,
});

describe('overlayState', () => {
  const cases: [string, OverlayData, Record<string, unknown>][] = [
    ['still loading', initialData, { kind: 'loading' }],
    ['background silent', data({ error: 'Reload.' }), { kind: 'unreachable', message: 'Reload.' }],
    [
      'no key, nothing stored',
      data({ status: status({ mode: 'no-key', lastSync: null }) }),
      { kind: 'no-key' },
    ],
    [
      'first sync running',
      data({ status: status({ sync: running, lastSync: null }) }),
      { kind: 'first-sync', sync: { done: 3, planned: 12, etaSeconds: 40 }, demo: false },
    ],
    [
      'first sync failed',
      data({
        status: status({
          lastSync: { at: 0, outcome: 'error', message: 'Key not accepted (401).' },
        }),
      }),
      {
        kind: 'sync-failed',
        message: 'Key not accepted (401).',
        fix: "Check the API key in Uptake's options.",
        demo: false,
      },
    ],
    [
      'key, nothing yet',
      data({ status: status({ lastSync: null }) }),
      { kind: 'no-data', demo: false },
    ],
    [
      'ready, 2 days behind (normal)',
      data({ status: status(), model: testModel() }),
      { kind: 'ready', demo: false, stale: false, lagDays: 2, syncing: null, lastError: null },
    ],
    [
      'ready but 5 days behind: stale',
      data({
        status: status({ mode: 'demo' }),
        model: testModel({
          freshness: {
            latestDay: '2026-11-21',
            membersLatestDay: null,
            summariesLatestDay: null,
            lagDays: 5,
          },
        }),
      }),
      { kind: 'ready', demo: true, stale: true, lagDays: 5, syncing: null, lastError: null },
    ],
    [
      'ready, refresh running, last sync failed',
      data({
        status: status({
          sync: running,
          lastSync: { at: 0, outcome: 'error', message: 'Rate limited (429).' },
        }),
        model: testModel(),
      }),
      {
        kind: 'ready',
        stale: false,
        syncing: { done: 3, planned: 12, etaSeconds: 40 },
        lastError: { message: 'Rate limited (429).', fix: 'Uptake waits and retries on its own.' },
      },
    ],
  ];
  for (const [name, input, expected] of cases)
    it(name, () => expect(overlayState(input)).toMatchObject(expected));
});

describe('fixFor', () => {
  const cases: [string, RegExp][] = [
    ['The API key was not accepted (401).', /API key/],
    ['Rate limited: too many requests', /retries on its own/],
    ['Network error: could not reach api.anthropic.com', /connection/],
    ['The API changed shape (schema)', /shape/],
    ['Something odd', /Sync now/],
  ];
  for (const [message, fix] of cases) it(message, () => expect(fixFor(message)).toMatch(fix));
});
