import { describe, expect, it } from 'vitest';
import {
  activeMembersChart,
  memberLists,
  normaliseLabel,
  pageTitles,
  productAdoptionCharts,
  usageSection,
  type LabelAlias,
} from './labels';
import { metricGlossary } from './metric-glossary';

describe('normaliseLabel', () => {
  const cases: [string, string][] = [
    ['  Who’s using\n Claude? ', "who's using claude?"],
    ['Active members and assigned seats', 'active members and assigned seats'],
    ['Days Active:', 'days active'],
    ['“Quoted”', '"quoted"'],
  ];
  for (const [input, out] of cases)
    it(JSON.stringify(input), () => expect(normaliseLabel(input)).toBe(out));
});

describe('alias tables', () => {
  const tables: [string, LabelAlias[]][] = [
    ['activeMembersChart', activeMembersChart],
    ['usageSection', usageSection],
    ['memberLists', memberLists],
    ...Object.entries(pageTitles).map(
      ([kind, aliases]) => [`pageTitles ${kind}`, aliases] as [string, LabelAlias[]],
    ),
    ...Object.entries(productAdoptionCharts),
    ...metricGlossary.map((g) => [`glossary ${g.key}`, g.labels] as [string, LabelAlias[]]),
  ];
  for (const [name, aliases] of tables)
    it(`${name}: every alias says where it was seen, old wording has a removal month, no duplicates`, () => {
      expect(aliases.length).toBeGreaterThan(0);
      for (const a of aliases) {
        expect(a.seen.length).toBeGreaterThan(3);
        if (a.removeAfter) expect(a.removeAfter).toMatch(/^\d{4}-\d{2}$/);
      }
      const texts = aliases.map((a) => normaliseLabel(a.text));
      expect(new Set(texts).size).toBe(texts.length);
    });
  it('no label means two metrics on the same page', () => {
    const seen = new Map<string, string>();
    for (const g of metricGlossary)
      for (const a of g.labels) {
        const key = `${normaliseLabel(a.text)}|${(g.pages ?? ['*']).join(',')}`;
        expect(seen.get(key), key).toBeUndefined();
        seen.set(key, g.key);
      }
  });
});
