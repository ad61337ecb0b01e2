// The overlay's zod/mini schemas (messages.ts) and the full contract give the same verdicts.
import { describe, expect, it } from 'vitest';
import { responseSchemas, toBackground } from '@/lib/messages/contract';
import { ask, overlayRequest, overlayResponses, OverlayMessageError } from './messages';

const status = {
  orgName: 'Northwind Labs',
  mode: 'demo',
  latestDay: '2026-11-24',
  lastSync: { at: 1, outcome: 'ok', message: null },
  sync: null,
};
const running = {
  ...status,
  sync: {
    state: 'running',
    phase: 'history',
    task: 'users',
    pagesDone: 3,
    pagesPlanned: 10,
    requests: 4,
    rateLimited: 0,
    etaSeconds: 12,
    latestDay: null,
    message: null,
  },
};
const model = { version: 1, scope: { id: 'org' } };
const champion = {
  memberId: 'user_1',
  email: 'ana@x.example',
  score: 0.9,
  rank: 3,
  parts: {
    consistency: 1,
    breadth: 0.8,
    depth: 0.7,
    activeWeekdays: 20,
    windowWeekdays: 21,
    productsUsed: 3,
    skills: 2,
    connectors: 1,
    projects: 4,
    breadthSource: 'rollup',
    interactions: 120,
  },
  nameKey: null,
};

const responses: [keyof typeof overlayResponses, unknown, boolean][] = [
  ['to-background:get-status', status, true],
  ['to-background:get-status', running, true],
  ['to-background:get-status', { ...status, mode: 'pirate' }, false],
  [
    'to-background:get-status',
    { ...status, lastSync: { at: 'x', outcome: 'ok', message: null } },
    false,
  ],
  ['to-background:get-insights', { model, scopes: [] }, true],
  [
    'to-background:get-insights',
    { model: null, scopes: [{ id: 'org', name: null, kind: 'org', hiddenBecause: null }] },
    true,
  ],
  [
    'to-background:get-insights',
    { model: { version: 2, scope: { id: 'org' } }, scopes: [] },
    false,
  ],
  ['to-background:get-insights', { model }, false],
  [
    'to-background:get-overlay-settings',
    {
      features: { 'target-strip': false },
      dismissed: ['a'],
      snoozed: [{ id: 'b', until: '2026-12-01' }],
    },
    true,
  ],
  [
    'to-background:get-overlay-settings',
    { features: { x: 'yes' }, dismissed: [], snoozed: [] },
    false,
  ],
  ['to-background:get-champion-rows', { champions: [] }, true],
  ['to-background:get-champion-rows', { champions: [champion] }, true],
  ['to-background:get-champion-rows', { champions: [{ ...champion, rank: 0 }] }, false],
  ['to-background:get-champion-rows', { champions: [{ ...champion, parts: {} }] }, false],
  ['to-background:get-champion-rows', { champions: [{ ...champion, email: 3 }] }, false],
  ['to-background:get-champion-rows', {}, false],
  ['to-background:update-suggestion', { ok: true }, true],
  ['to-background:update-suggestion', { ok: false }, false],
  ['to-background:open-extension-page', { ok: true }, true],
  ['to-background:page-recognised', {}, false],
];

const requests: [unknown, boolean][] = [
  [{ type: 'to-background:get-status' }, true],
  [{ type: 'to-background:get-insights', scope: 'org', lean: true }, true],
  [{ type: 'to-background:get-insights', scope: 'x'.repeat(201) }, false],
  [
    { type: 'to-background:update-suggestion', id: 'a', action: 'snooze', until: '2026-12-01' },
    true,
  ],
  [{ type: 'to-background:update-suggestion', id: 'a', action: 'snooze', until: '1 Dec' }, false],
  [{ type: 'to-background:update-suggestion', id: 'a', action: 'delete' }, false],
  [{ type: 'to-background:open-extension-page', page: 'options' }, true],
  [{ type: 'to-background:open-extension-page', page: 'popup' }, false],
  [{ type: 'to-background:page-recognised', pageKind: 'overview' }, true],
  [{ type: 'to-background:get-champion-rows', emails: ['a@x.example'], nameKeys: ['ana'] }, true],
  [{ type: 'to-background:get-champion-rows', emails: [], nameKeys: [] }, true],
  [{ type: 'to-background:get-champion-rows', emails: ['a@x.example'] }, false],
  [{ type: 'to-background:get-champion-rows', emails: ['x'.repeat(321)], nameKeys: [] }, false],
  [
    {
      type: 'to-background:get-champion-rows',
      emails: Array.from({ length: 2001 }, () => 'a@x.example'),
      nameKeys: [],
    },
    false,
  ],
];

describe('responses: the mini schemas agree with the full contract', () => {
  for (const [type, sample, valid] of responses)
    it(`${type} ${JSON.stringify(sample).slice(0, 60)} → ${valid}`, () => {
      expect(responseSchemas[type].safeParse(sample).success).toBe(valid);
      expect(
        (overlayResponses[type] as any)['~standard'].validate(sample).issues === undefined,
      ).toBe(valid);
    });
});

describe('requests: the mini schemas agree with the full contract', () => {
  for (const [sample, valid] of requests)
    it(`${JSON.stringify(sample).slice(0, 70)} → ${valid}`, () => {
      expect(toBackground.safeParse(sample).success).toBe(valid);
      expect((overlayRequest as any)['~standard'].validate(sample).issues === undefined).toBe(
        valid,
      );
    });
});

describe('ask', () => {
  it('returns a valid answer, throws the background’s error in words, and refuses a broken answer', async () => {
    await expect(ask(async () => status, { type: 'to-background:get-status' })).resolves.toEqual(
      status,
    );
    await expect(
      ask(async () => ({ error: 'Only Uptake’s own pages may ask for that.' }), {
        type: 'to-background:get-status',
      }),
    ).rejects.toThrow(new OverlayMessageError('Only Uptake’s own pages may ask for that.'));
    await expect(
      ask(async () => ({ nope: 1 }), { type: 'to-background:get-status' }),
    ).rejects.toThrow('Unexpected answer to to-background:get-status.');
  });
  it('never sends a request that breaks the contract', async () => {
    let sent = 0;
    await expect(
      ask(async () => (sent++, { ok: true }), {
        type: 'to-background:open-extension-page',
        page: 'popup',
      } as any),
    ).rejects.toThrow();
    expect(sent).toBe(0);
  });
});
