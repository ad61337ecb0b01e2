import { describe, expect, it } from 'vitest';
import { privilegedTypes } from './contract';
import { contentScriptTypes } from './content-script';
import { createRouter, isExtensionPage, isTrustedSender, type Handlers } from './router';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${id}/`;
const senders = {
  popup: { id, url: `${origin}popup.html` },
  optionsTab: { id, url: `${origin}options.html`, tab: { id: 3, url: `${origin}options.html` } },
  contentScript: {
    id,
    url: 'https://claude.ai/analytics/activity',
    tab: { id: 4, url: 'https://claude.ai/analytics/activity' },
  },
  contentScriptHttp: { id, url: 'http://claude.ai/analytics/activity', tab: { id: 5 } },
  otherSite: { id, url: 'https://evil.example/', tab: { id: 6 } },
  otherExtension: {
    id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
    url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html',
  },
} as const;

describe('senders', () => {
  it.each([
    ['popup', true, true],
    ['optionsTab', true, true],
    ['contentScript', true, false],
    ['contentScriptHttp', false, false],
    ['otherSite', false, false],
    ['otherExtension', false, false],
  ] as const)('%s: trusted %s, extension page %s', (name, trusted, page) => {
    expect(isTrustedSender(senders[name] as never, id, origin)).toBe(trusted);
    expect(isExtensionPage(senders[name] as never, id, origin)).toBe(page);
  });
});

describe('createRouter', () => {
  const handlers = {
    'to-background:get-status': async () => ({
      orgName: 'Acme',
      mode: 'no-key',
      latestDay: null,
      lastSync: null,
      sync: null,
    }),
    'to-background:page-recognised': async () => ({ ok: true }),
    'to-background:get-key-status': async () => ({ hint: 'sk-ant-…abcd', persistence: 'device' }),
    'to-background:save-key': async () => ({ hint: 'sk-ant-…abcd', persistence: 'device' }),
    'to-background:forget-key': async () => ({ ok: true }),
    'to-background:test-connection': async () => {
      throw new Error('boom');
    },
    'to-background:sync-now': async () => ({ ok: true }),
    'to-background:set-demo': async () => ({ ok: true }),
  } as unknown as Handlers;
  const route = createRouter(handlers, id, origin);

  it('answers the content script with aggregates', async () => {
    expect(
      await route({ type: 'to-background:get-status' }, senders.contentScript as never),
    ).toMatchObject({ orgName: 'Acme' });
  });

  it('refuses key requests from the content script', async () => {
    expect(
      await route({ type: 'to-background:get-key-status' }, senders.contentScript as never),
    ).toEqual({
      error: "Only Uptake's own pages may ask for that.",
    });
    expect(
      await route({ type: 'to-background:get-key-status' }, senders.optionsTab as never),
    ).toMatchObject({ hint: 'sk-ant-…abcd' });
  });

  // Issue 11, the gate: the companion's history reads hold member ids and emails; only pages ask.
  describe.each([
    {
      type: 'to-background:get-companion-digest',
      from: '2026-11-01',
      to: '2026-11-24',
      loadFrom: '2026-10-26',
      weekdaysOnly: false,
    },
    { type: 'to-background:get-companion-spend', latestDay: '2026-11-24' },
    { type: 'to-background:get-org-summary-series', from: '2026-11-01', to: '2026-11-24' },
    // The popup's picture (champions' emails among it), built and saved by the background.
    { type: 'to-background:get-popup-picture', scope: 'org' },
  ])('$type', (request) => {
    const answered = { answered: request.type };
    const historyRoute = createRouter(
      { [request.type]: async () => answered } as unknown as Handlers,
      id,
      origin,
    );
    it('is refused to the content script on claude.ai', async () => {
      expect(await historyRoute(request, senders.contentScript as never)).toEqual({
        error: "Only Uptake's own pages may ask for that.",
      });
    });
    it('is answered to an extension page', async () => {
      expect(await historyRoute(request, senders.optionsTab as never)).toEqual(answered);
    });
  });

  it('ignores strangers, rejects malformed requests, and turns handler errors into answers', async () => {
    expect(route({ type: 'to-background:get-status' }, senders.otherSite as never)).toBeUndefined();
    expect(await route({ type: 'to-background:nope' }, senders.popup as never)).toEqual({
      error: 'Unknown or malformed request.',
    });
    expect(await route({ type: 'to-background:test-connection' }, senders.popup as never)).toEqual({
      error: 'boom',
    });
  });

  // Issue 11 item 8: the content script gets only what the overlay shows, whatever it asks for.
  describe('insights for the content script', () => {
    const champion = {
      memberId: 'user_ana',
      email: 'ana@acme.example',
      score: 1,
      rank: 1,
      parts: { consistency: 1 },
      nameKey: 'ana',
      extra: 'not for the page',
    };
    const model = {
      version: 1,
      scope: { id: 'org', kind: 'org', name: null, groupSource: null },
      seats: { dormant: { count: 2, members: [{ email: 'dora@acme.example' }] } },
      champions: { shown: true, champions: [champion] },
      suggestions: [
        {
          id: 'pair',
          action: {
            kind: 'champion-pairing',
            label: 'Pair with a champion',
            url: null,
            championMemberId: 'user_ana',
            championEmail: 'ana@acme.example',
          },
        },
      ],
    };
    const scopes = [{ id: 'org', name: null, kind: 'org', hiddenBecause: null }];
    const insightsRoute = createRouter(
      { 'to-background:get-insights': async () => ({ model, scopes }) } as unknown as Handlers,
      id,
      origin,
    );
    const ask = (lean: boolean | undefined, sender: keyof typeof senders) =>
      insightsRoute(
        { type: 'to-background:get-insights', scope: 'org', lean },
        senders[sender] as never,
      ) as Promise<{ model: any; scopes: unknown[] }>;

    it.each([[undefined], [false], [true]])('lean %s from claude.ai: stripped', async (lean) => {
      const answer = await ask(lean, 'contentScript');
      expect(answer.model.seats).toBeNull();
      expect(answer.scopes).toEqual([]);
      expect(answer.model.champions.champions).toEqual([
        {
          memberId: 'user_ana',
          email: 'ana@acme.example',
          score: 1,
          rank: 1,
          parts: { consistency: 1 },
          nameKey: 'ana',
        },
      ]);
      expect(answer.model.suggestions[0].action).toMatchObject({
        label: 'Pair with a champion',
        championMemberId: null,
        championEmail: null,
      });
      expect(JSON.stringify(answer)).not.toContain('dora@acme.example');
    });

    it('an extension page gets the whole model', async () => {
      expect(await ask(false, 'popup')).toEqual({ model, scopes });
    });
  });

  // Issue 12: the content script gets the best few champion rows, and the rows of the members
  // its page shows when it asks for them; extension pages get every row.
  describe('champion rows for the content script', () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({
      memberId: `user_${i}`,
      email: `p${i}@acme.example`,
      score: 1 - i / 10,
      rank: i + 1,
      parts: { consistency: 1 },
      nameKey: null,
      extra: 'not for the page',
    }));
    const model = { version: 1, scope: { id: 'org' }, seats: null, suggestions: [] };
    const rowsRoute = createRouter(
      {
        'to-background:get-insights': async () => ({
          model: { ...model, champions: { shown: true, champions: rows } },
          scopes: [],
        }),
        'to-background:get-champion-rows': async ({ emails }: { emails: string[] }) => ({
          champions: rows.filter((r) => emails.includes(r.email)),
        }),
      } as unknown as Handlers,
      id,
      origin,
    );
    const insights = (sender: keyof typeof senders) =>
      rowsRoute(
        { type: 'to-background:get-insights', scope: 'org', lean: true },
        senders[sender] as never,
      ) as Promise<{ model: any }>;

    it('insights: the best five rows from claude.ai, the others counted; all for a page', async () => {
      const { champions } = (await insights('contentScript')).model.champions;
      expect(champions.map((c: { rank: number }) => c.rank)).toEqual([1, 2, 3, 4, 5]);
      expect((await insights('contentScript')).model.champions.rowsLeftOut).toBe(4);
      expect((await insights('popup')).model.champions.champions).toEqual(rows);
    });

    it('rows of the members asked about, with the badge’s fields only', async () => {
      expect(contentScriptTypes.has('to-background:get-champion-rows')).toBe(true);
      const answer = await rowsRoute(
        {
          type: 'to-background:get-champion-rows',
          emails: ['p7@acme.example', 'nobody@acme.example'],
          nameKeys: [],
        },
        senders.contentScript as never,
      );
      const { extra: _extra, ...view } = rows[7]!;
      expect(answer).toEqual({ champions: [view] });
    });

    it('refuses an ask beyond the contract’s limits', async () => {
      const many = Array.from({ length: 2001 }, (_, i) => `p${i}@acme.example`);
      expect(
        await rowsRoute(
          { type: 'to-background:get-champion-rows', emails: many, nameKeys: [] },
          senders.contentScript as never,
        ),
      ).toEqual({ error: 'Unknown or malformed request.' });
    });
  });
});

// Issue 11 item 7: settings change only through the background, and only at an extension page's request.
describe('to-background:write-settings', () => {
  const writes: unknown[] = [];
  const settingsRoute = createRouter(
    {
      'to-background:write-settings': async ({ patch }: { patch: unknown }) => {
        writes.push(patch);
        return { settings: { features: {}, metrics: {} } };
      },
    } as unknown as Handlers,
    id,
    origin,
  );
  const write = (sender: keyof typeof senders) =>
    settingsRoute(
      { type: 'to-background:write-settings', patch: { metrics: { privacy: { k: 2 } } } },
      senders[sender] as never,
    );

  it('is refused to the content script on claude.ai, and nothing reaches the handler', async () => {
    expect(contentScriptTypes.has('to-background:write-settings')).toBe(false);
    expect(privilegedTypes.has('to-background:write-settings')).toBe(true);
    expect(await write('contentScript')).toEqual({
      error: "Only Uptake's own pages may ask for that.",
    });
    expect(write('otherSite')).toBeUndefined();
    expect(writes).toEqual([]);
  });

  it.each(['popup', 'optionsTab'] as const)(
    'is passed to the background from the %s',
    async (s) => {
      writes.length = 0;
      expect(await write(s)).toEqual({ settings: { features: {}, metrics: {} } });
      expect(writes).toEqual([{ metrics: { privacy: { k: 2 } } }]);
    },
  );
});
