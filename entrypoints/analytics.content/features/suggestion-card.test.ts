import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@/lib/metrics/insight-types';
import { productOfSuggestion } from './suggestion-card';

const s = (id: string, rule: Suggestion['rule']) => ({ id, rule }) as Suggestion;

describe('productOfSuggestion', () => {
  const cases: [Suggestion, string | null][] = [
    [s('product-uptake:org:design', 'product-uptake'), 'design'],
    [s('product-uptake:org:claude_code', 'product-uptake'), 'claude_code'],
    [s('product-uptake:org:office', 'product-uptake'), null],
    [s('feature-gap:rbac_group_1:cowork', 'feature-gap'), 'cowork'],
    [s('feature-gap:rbac_group_1:connectors', 'feature-gap'), 'chat'],
    [s('feature-gap:rbac_group_1:projects', 'feature-gap'), 'chat'],
    [s('lagging-team:rbac_group_1', 'lagging-team'), null],
    [s('seat-reclaim:org', 'seat-reclaim'), null],
  ];
  for (const [sug, product] of cases)
    it(sug.id, () => expect(productOfSuggestion(sug)).toBe(product));
});
