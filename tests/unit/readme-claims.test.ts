/**
 * Issue 11 item 13: what the README promises, the code keeps. Each row names
 * a claim and where the code that keeps it lives; a claim the code dropped
 * (or never had) fails here, not in an admin's hands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');
const readme = read('README.md');

describe('README claims', () => {
  it('"Try with demo data" is offered where the README says it is', () => {
    const places: Record<string, string[]> = {
      'companion page': ['components/companion/status-banners.tsx'],
      options: ['entrypoints/options/app.tsx', 'entrypoints/options/api-key-section.tsx'],
    };
    const sentences = readme.match(/"Try with demo data" \(([^)]*)\)/g) ?? [];
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences)
      for (const [place, files] of Object.entries(places))
        if (sentence.includes(place))
          expect(
            files.some((f) => read(f).includes('Try with demo data')),
            `${place}: ${sentence}`,
          ).toBe(true);
  });

  it('champions are opt-out (an opt-out list in options), never called opt-in', () => {
    expect(readme).not.toMatch(/opt-in/i);
    expect(read('components/options/champions-section.tsx')).toContain('Opted out');
  });

  it('a team snapshot names no one, as the README says', () => {
    expect(readme).toMatch(/team snapshot file \(team figures only: no one is named/);
    expect(read('lib/snapshot/build.ts')).toContain('no one is named');
  });
});
