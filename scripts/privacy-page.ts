/**
 * docs/privacy.md as an extension page (`privacy.html`), rendered at build
 * time: the options page's privacy section links to it, since an extension
 * cannot link to a file in its repository.
 *
 * The page (entrypoints/privacy/index.html) holds a marker comment; this Vite
 * plugin replaces it with the doc rendered by `marked`. The result is static
 * HTML in the package: no markdown library, no innerHTML and no inline script
 * ship, so the extension's CSP holds. The doc is the maintainers' own text;
 * raw HTML in it is escaped all the same, and links leave as plain text
 * unless they are https (a repo-relative link has nothing to open in the
 * extension).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Marked } from 'marked';
import type { Plugin } from 'vite';

/** The comment in entrypoints/privacy/index.html that the rendered doc replaces. */
export const privacyDocMarker = '<!-- uptake:privacy-doc -->';

/** The doc, relative to the project root. */
export const privacyDocPath = 'docs/privacy.md';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * Markdown → HTML for the page. Definition: GitHub-flavoured markdown as
 * `marked` renders it, except that raw HTML is shown as text, and a link whose
 * target is not https becomes its text alone. Example: `## One gate` →
 * `<h2>One gate</h2>`.
 */
export function renderPrivacyDoc(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: ({ text }) => escapeHtml(text),
      link({ href, tokens }) {
        const inner = this.parser.parseInline(tokens);
        if (!/^https:\/\//.test(href)) return inner;
        return `<a href="${escapeHtml(href)}" target="_blank" rel="noreferrer">${inner}</a>`;
      },
    },
  });
  return marked.parse(markdown) as string;
}

/** The Vite plugin: fills the privacy page's marker with the rendered doc. */
export function privacyPagePlugin(root = process.cwd()): Plugin {
  const doc = path.resolve(root, privacyDocPath);
  return {
    name: 'uptake:privacy-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(privacyDocMarker)) return html;
        return html.replace(privacyDocMarker, () => renderPrivacyDoc(readFileSync(doc, 'utf8')));
      },
    },
  };
}
