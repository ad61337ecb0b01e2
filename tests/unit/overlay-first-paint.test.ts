/**
 * Issue 12 item 5: the overlay's code never uses the browser's locale data
 * (`Intl`, `toLocaleString`, `localeCompare`). Its first use in a page loads
 * that data into the page's process: injecting the overlay on the in-app way
 * to Analytics took a median 84 ms into a page that had not used `Intl`, 18 ms
 * into one that had (docs/scale.md). Numbers and days go through
 * lib/ui/decimal-text.ts instead. The popup's first paint keeps to the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { name, root, staticGraph } from './static-graph';

const localeData = /\bIntl\.|\.toLocale\w*\(|\.localeCompare\(/;
/** A file's code without its comments (which may name `Intl`). */
const code = (f: string) =>
  readFileSync(f, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');

/** The files of `entry`'s static graph whose code uses locale data. */
function usersOfLocaleData(entry: string): string[] {
  return [...staticGraph(join(root, entry)).keys()]
    .filter((f) => !f.startsWith('pkg:') && /\.tsx?$/.test(f))
    .filter((f) => localeData.test(code(f)))
    .map(name);
}

describe('locale data on the timed first paints', () => {
  it('the scan sees the overlay’s formatting', () =>
    expect(
      [...staticGraph(join(root, 'entrypoints/analytics.content/index.tsx')).keys()].map(name),
    ).toContain('lib/overlay/format.ts'));
  it('the overlay’s content script uses none', () =>
    expect(usersOfLocaleData('entrypoints/analytics.content/index.tsx')).toEqual([]));
  it('the popup’s counts use none', () =>
    expect(usersOfLocaleData('components/popup/format.ts')).toEqual([]));
});
