// The convention test: the features folder stays honest (after refined-github's).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- test only: the registry must match the settings' switches
import { overlayFeatureIds } from '@/lib/store/settings';
import { features } from './index';

const dir = path.resolve(__dirname);
const files = readdirSync(dir).filter(
  (f) => /\.(ts|tsx)$/.test(f) && f !== 'index.ts' && !/\.test\.tsx?$/.test(f),
);

describe('feature registry', () => {
  it('registers every file in the folder, once, under its file name', async () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((f) => f.replace(/\.tsx?$/, '')).sort());
    for (const file of files) {
      const mod = await import(`./${file.replace(/\.tsx?$/, '')}`);
      expect(features).toContain(mod.default);
    }
  });

  it('has a switch in settings for every feature, and no switch without a feature', () => {
    expect(features.map((f) => f.id).sort()).toEqual([...overlayFeatureIds].sort());
  });

  for (const f of features)
    it(`${f.id}: declares where it runs, what it looks for and how to verify it`, () => {
      expect(f.include.length).toBeGreaterThan(0);
      expect(Array.isArray(f.exclude)).toBe(true);
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.verify.length).toBeGreaterThan(40);
      expect(typeof f.lookingFor).toBe('function');
      const source = readFileSync(
        path.join(
          dir,
          files.find((x) => x.startsWith(f.id + '.'))!,
        ),
        'utf8',
      );
      // One feature per file, small, with a doc comment saying what it is.
      expect(source.startsWith('/**')).toBe(true);
      expect(source.split('\n').length).toBeLessThan(200);
      // Features never reach the API, the store or the key.
      expect(source).not.toMatch(/@\/lib\/(api|store|sync)|indexedDB|fetch\(/);
    });
});
