import { describe, expect, it } from 'vitest';
import { suggestionRulesSchema, type SuggestionRules } from '@/lib/metrics/config';
import type { MetricProduct } from '@/lib/metrics/history';
import { suggestionCandidates, type ScopeFacts } from '@/lib/metrics/suggestion-rules';
import { rankSuggestions, type Suggestion } from '@/lib/metrics/suggestions';

const members = {
  connectors: 'members',
  skills: 'members',
  projects: 'members',
  cowork: 'members',
} as const;
const facts = (f: Partial<ScopeFacts> & { id: string }): ScopeFacts => ({
  name: null,
  size: 10,
  monthlyActives: 10,
  monthlyRate: 100,
  monthlyBasis: 'members',
  productActives: { chat: 10, claude_code: 10, cowork: 10, office: 10, design: 10 },
  productBasis: {
    chat: 'members',
    claude_code: 'members',
    cowork: 'members',
    office: 'members',
    design: 'members',
  },
  featureUsers: { connectors: 10, skills: 10, projects: 10, cowork: 10 },
  featureBasis: members,
  featureTotals: { connectors: null, skills: null, projects: null, cowork: null },
  catalogCounts: {},
  reclaimable: null,
  champion: null,
  ...f,
});

const org = facts({
  id: 'org',
  size: 100,
  monthlyActives: 61,
  monthlyRate: 61,
  productActives: { chat: 60, claude_code: 20, cowork: 2, office: 0, design: null },
  featureUsers: { connectors: 30, skills: 20, projects: 25, cowork: 2 },
  catalogCounts: { connectors: 4, skills: 6, projects: null },
  reclaimable: { count: 14, neverActivated: 9, days: 60 },
});
const sales = facts({
  id: 'sales',
  name: 'Sales',
  size: 50,
  monthlyActives: 11,
  monthlyRate: 22,
  featureUsers: { connectors: 0, skills: 5, projects: 1, cowork: 0 },
  reclaimable: { count: 3, neverActivated: 0, days: 60 },
});
const finance = facts({
  id: 'finance',
  name: 'Finance',
  size: 20,
  monthlyActives: 10,
  monthlyRate: 50,
  featureUsers: { connectors: 0, skills: 10, projects: 10, cowork: 10 },
});
const marketing = facts({
  id: 'marketing',
  name: 'Marketing',
  size: 40,
  monthlyActives: 12,
  monthlyRate: 30,
  featureUsers: { connectors: 12, skills: 12, projects: 12, cowork: 12 },
  champion: { memberId: 'user_ana', email: 'ana@acme.example' },
});
const enabled = new Set<MetricProduct>(['chat', 'claude_code', 'cowork']);
const rules = (r: Partial<SuggestionRules> = {}) => suggestionRulesSchema.parse({ cap: 50, ...r });
const all = suggestionCandidates(org, [sales, finance, marketing], rules(), enabled);
const byId = Object.fromEntries(all.map((s) => [s.id, s]));

describe('suggestion rules', () => {
  it.each([
    // id, title with its numbers, action kind, impact = people × gap
    ['lagging-team:sales', 'Sales monthly adoption 22% vs org 61%', 'workshop', 50 * 0.39],
    [
      'lagging-team:marketing',
      'Marketing monthly adoption 30% vs org 61%',
      'champion-pairing',
      40 * 0.31,
    ],
    [
      'feature-gap:sales:connectors',
      'Sales: 0 connectors in use, org uses 4',
      'playbook',
      11 * (30 / 61),
    ],
    [
      'feature-gap:finance:connectors',
      'Finance: 0 connectors in use, org uses 4',
      'playbook',
      10 * (30 / 61),
    ],
    [
      'feature-gap:sales:projects',
      'Sales: 9% of monthly actives use projects vs 41% org-wide',
      'playbook',
      11 * (25 / 61 - 1 / 11),
    ],
    ['product-uptake:org:cowork', 'Cowork enabled, 2% of seats use it', 'playbook', 8],
    ['seat-reclaim:org', '14 seats unused for 60+ days (9 never activated)', 'seat-reclaim', 14],
    ['seat-reclaim:sales', 'Sales: 3 seats unused for 60+ days', 'seat-reclaim', 3],
  ])('%s: "%s" → %s', (id, title, kind, impact) => {
    const s = byId[id]!;
    expect(s).toBeDefined();
    expect(s.title).toBe(title);
    expect(s.action.kind).toBe(kind);
    expect(s.impact).toBeCloseTo(impact, 9);
    expect(s.why.length).toBeGreaterThan(20);
  });

  it('fires nothing else (Finance is 11 points behind, under the 15-point rule; Office is not enabled)', () => {
    expect(all.map((s) => s.id).sort()).toEqual(
      [
        'feature-gap:finance:connectors',
        'feature-gap:sales:connectors',
        'feature-gap:sales:projects',
        'lagging-team:marketing',
        'lagging-team:sales',
        'product-uptake:org:cowork',
        'seat-reclaim:org',
        'seat-reclaim:sales',
      ].sort(),
    );
  });

  it('concrete actions: a playbook link, a champion from the same team', () => {
    expect(byId['feature-gap:sales:connectors']!.action.url).toMatch(
      /^https:\/\/support\.claude\.com\//,
    );
    expect(byId['product-uptake:org:cowork']!.action.url).toContain('cowork');
    expect(byId['lagging-team:marketing']!.action).toMatchObject({
      championMemberId: 'user_ana',
      championEmail: 'ana@acme.example',
    });
    expect(byId['lagging-team:sales']!.numbers).toEqual({ groupRate: 22, orgRate: 61, size: 50 });
  });

  it('zero denominators fire nothing and never give NaN', () => {
    const empty = facts({ id: 'org', size: 0, monthlyActives: 0, monthlyRate: null });
    const zeroTeam = facts({ id: 't', size: 0, monthlyActives: 0, monthlyRate: null });
    const out = suggestionCandidates(empty, [zeroTeam], rules(), enabled);
    expect(out).toEqual([]);
  });
});

describe('rankSuggestions', () => {
  const today = '2026-12-01';
  it('ranks by impact and caps', () => {
    expect(rankSuggestions(all, rules({ cap: 4 }), today).map((s) => s.id)).toEqual([
      'lagging-team:sales', // 19.5
      'seat-reclaim:org', // 14
      'lagging-team:marketing', // 12.4
      'product-uptake:org:cowork', // 8
    ]);
  });

  it.each([
    [{ dismissed: ['lagging-team:sales'] }, today, false],
    [{ snoozed: [{ id: 'lagging-team:sales', until: '2026-12-05' }] }, today, false],
    [{ snoozed: [{ id: 'lagging-team:sales', until: '2026-12-05' }] }, '2026-12-05', true],
    [{ snoozed: [{ id: 'other', until: '2026-12-05' }] }, today, true],
  ])('%j on %s → shown %s', (r, day, shown) => {
    const ids = rankSuggestions(all, rules(r), day).map((s) => s.id);
    expect(ids.includes('lagging-team:sales')).toBe(shown);
  });

  it('de-duplicates: same id, or same scope, action and link (the higher impact stays)', () => {
    const base = byId['feature-gap:sales:connectors']!;
    const copies: Suggestion[] = [
      base,
      { ...base, impact: 1 },
      { ...base, id: 'feature-gap:sales:connectors-again', impact: 2 },
      { ...base, id: 'feature-gap:finance:connectors', scope: 'finance', impact: 3 },
    ];
    expect(rankSuggestions(copies, rules(), today).map((s) => [s.id, s.impact])).toEqual([
      ['feature-gap:sales:connectors', base.impact],
      ['feature-gap:finance:connectors', 3],
    ]);
  });

  it('ties by id, so the order is stable', () => {
    const a = { ...byId['seat-reclaim:org']!, id: 'b', impact: 5 };
    const b = { ...byId['seat-reclaim:sales']!, id: 'a', impact: 5 };
    expect(rankSuggestions([a, b], rules(), today).map((s) => s.id)).toEqual(['a', 'b']);
    expect(rankSuggestions([b, a], rules(), today).map((s) => s.id)).toEqual(['a', 'b']);
  });
});
