/**
 * Issue 11, the gate: the popup's saved picture (champions' emails among it)
 * is written by the background from the gate's output
 * (lib/insights/popup-picture.ts); the popup only reads it. No popup file
 * builds a picture from a model or writes stored state.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const popupFiles = [
  ...sourceFiles(join(root, 'entrypoints/popup')),
  ...sourceFiles(join(root, 'components/popup')),
];

describe('the popup reads its saved picture, never writes it', () => {
  it('has source files to check', () => {
    expect(popupFiles.length).toBeGreaterThan(3);
  });

  it.each([
    ['writes the saved picture', /\bwritePopupCache\b/],
    ['writes stored state', /\bwriteState\b/],
    ['builds a picture from a model', /\bteamPicture\s*\(/],
    ['asks for a whole model', /to-background:get-insights/],
  ])('no popup file %s', (_, pattern) => {
    const offenders = popupFiles
      .filter((f) => pattern.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
