import { describe, expect, it, vi } from 'vitest';
import { injectOverlay, overlayFiles, type InjectSender, type ScriptingApi } from './inject';

// The manifest as the build writes it (bootstrap first, then the overlay).
const manifest = {
  content_scripts: [
    { matches: ['https://claude.ai/*'], js: ['claude-bootstrap.js'] },
    {
      matches: ['https://claude.ai/admin-settings/usage*', 'https://claude.ai/analytics/*'],
      js: ['content-scripts/analytics.js'],
      css: ['content-scripts/analytics.css'],
    },
  ],
};

function scripting() {
  const calls: string[] = [];
  const api: ScriptingApi = {
    insertCSS: vi.fn(async ({ target, files }) => {
      calls.push(`css ${files.join()} → ${JSON.stringify(target)}`);
    }),
    executeScript: vi.fn(async ({ target, files }) => {
      calls.push(`js ${files.join()} → ${JSON.stringify(target)}`);
    }),
  };
  return { api, calls };
}

const top = (url: string, extra: Partial<InjectSender> = {}): InjectSender => ({
  tab: { id: 7 },
  frameId: 0,
  url,
  ...extra,
});

describe('overlayFiles', () => {
  it('finds the overlay by its analytics match, not by position', () => {
    expect(overlayFiles(manifest)).toEqual({
      js: ['content-scripts/analytics.js'],
      css: ['content-scripts/analytics.css'],
    });
    expect(() => overlayFiles({ content_scripts: [manifest.content_scripts[0]!] })).toThrow(
      'The manifest has no content script for https://claude.ai/analytics/*.',
    );
  });
});

describe('injectOverlay', () => {
  it('injects the stylesheet and the script into the sender’s own document', async () => {
    const { api, calls } = scripting();
    const sender = top('https://claude.ai/analytics/activity', { documentId: 'DOC1' });
    expect(await injectOverlay(sender, api, manifest)).toBe('injected');
    expect(calls).toEqual([
      'css content-scripts/analytics.css → {"tabId":7,"documentIds":["DOC1"]}',
      'js content-scripts/analytics.js → {"tabId":7,"documentIds":["DOC1"]}',
    ]);
  });

  it('targets the top frame where the browser gives no document id (Firefox)', async () => {
    const { api, calls } = scripting();
    await injectOverlay(top('https://claude.ai/admin-settings/usage'), api, manifest);
    expect(calls[1]).toBe('js content-scripts/analytics.js → {"tabId":7,"frameIds":[0]}');
  });

  it('trusts the bootstrap about the page: the sender’s URL is where the document was loaded', async () => {
    // A chat page the app moved to Analytics still reports its first URL.
    const { api, calls } = scripting();
    expect(await injectOverlay(top('https://claude.ai/new'), api, manifest)).toBe('injected');
    expect(calls).toHaveLength(2);
  });

  const refusals: [string, InjectSender, string][] = [
    ['another site', top('https://other.example/analytics/activity'), 'not-claude'],
    ['claude.ai over http', top('http://claude.ai/analytics/activity'), 'not-claude'],
    [
      'a frame inside the page',
      top('https://claude.ai/analytics/activity', { frameId: 3 }),
      'not-a-top-frame',
    ],
    [
      'no tab (an extension page)',
      { frameId: 0, url: 'https://claude.ai/analytics/activity' },
      'not-a-top-frame',
    ],
  ];
  for (const [what, sender, outcome] of refusals)
    it(`refuses ${what}`, async () => {
      const { api, calls } = scripting();
      expect(await injectOverlay(sender, api, manifest)).toBe(outcome);
      expect(calls).toEqual([]);
    });
});
