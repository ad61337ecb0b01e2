import { describe, expect, it } from 'vitest';
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

  it('ignores strangers, rejects malformed requests, and turns handler errors into answers', async () => {
    expect(route({ type: 'to-background:get-status' }, senders.otherSite as never)).toBeUndefined();
    expect(await route({ type: 'to-background:nope' }, senders.popup as never)).toEqual({
      error: 'Unknown or malformed request.',
    });
    expect(await route({ type: 'to-background:test-connection' }, senders.popup as never)).toEqual({
      error: 'boom',
    });
  });
});
