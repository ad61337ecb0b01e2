/**
 * docs/privacy.md rendered into the extension's privacy.html at build time
 * (scripts/privacy-page.ts): every heading of the doc is on the page, and the
 * page carries nothing the extension's CSP or reviewers would refuse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  privacyDocMarker,
  privacyDocPath,
  privacyPagePlugin,
  renderPrivacyDoc,
} from '../../scripts/privacy-page';

const doc = readFileSync(privacyDocPath, 'utf8');

/** The doc's headings as written, e.g. [1, 'Privacy: the publication gate']. */
const headings = doc
  .split('\n')
  .map((line) => /^(#{1,3}) (.+)$/.exec(line))
  .filter((m) => m !== null)
  .map((m) => [m[1]!.length, m[2]!] as const);

describe('renderPrivacyDoc', () => {
  it('renders every heading of docs/privacy.md at its level', () => {
    expect(headings.length).toBeGreaterThanOrEqual(6);
    expect(headings[0]).toEqual([1, 'Privacy: the publication gate']);
    const html = renderPrivacyDoc(doc);
    for (const [level, text] of headings) expect(html).toContain(`<h${level}>${text}</h${level}>`);
  });

  it.each([
    ['## One gate', '<h2>One gate</h2>'],
    ['- **Team grain only.**', '<ul>\n<li><strong>Team grain only.</strong></li>\n</ul>'],
    ['`lib/metrics/privacy.ts`', '<p><code>lib/metrics/privacy.ts</code></p>'],
    // Raw HTML is shown as text, never run.
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    // A repo-relative link has nothing to open in the extension: its text stays.
    ['[the README](../README.md)', '<p>the README</p>'],
    [
      '[Chrome](https://developer.chrome.com/docs)',
      '<p><a href="https://developer.chrome.com/docs" target="_blank" rel="noreferrer">Chrome</a></p>',
    ],
  ])('%s → %s', (markdown, html) => {
    expect(renderPrivacyDoc(markdown).trim()).toBe(html);
  });

  it('puts no script, no inline handler and no remote resource on the page', () => {
    const html = renderPrivacyDoc(doc);
    expect(html).not.toMatch(/<script|<iframe|<img|\son\w+=|src=/i);
  });
});

describe('privacyPagePlugin', () => {
  const transform = privacyPagePlugin().transformIndexHtml as {
    handler: (html: string) => string;
  };

  it('fills the marker of the privacy page with the rendered doc', () => {
    const page = transform.handler(`<main>${privacyDocMarker}</main>`);
    expect(page).toBe(`<main>${renderPrivacyDoc(doc)}</main>`);
  });

  it('leaves every other page as it is', () => {
    expect(transform.handler('<div id="app"></div>')).toBe('<div id="app"></div>');
  });
});
