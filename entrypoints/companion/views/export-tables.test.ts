import { noProductsWithheld } from '@/lib/metrics/publication-gate';
/**
 * Issue 11 item 4: every CSV export of the companion neutralises formulae,
 * in every text cell, on every line of a multi-line cell. Each export runs
 * with hostile text wherever text can come from outside (team and group
 * names, product and model keys, notes, owners, KPI names, emails); the
 * data around the CSV writer is stubbed so the test reads the file written.
 */
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageContext } from './context';
import { runExport } from './export-tables';

const evil = 'Sales\n=HYPERLINK("https://evil.example","x")';
const written: string[] = [];

vi.mock('@/components/companion/download', () => ({
  downloadText: (text: string) => written.push(text),
}));
vi.mock('../load-history', () => ({
  loadDigest: async () => ({}),
  loadSpend: async () => ({ entries: [] }),
  // The whole org in normal mode: the gate lets every export through, so neutralisation is tested.
  loadGate: async () => ({
    k: 5,
    peopleShown: true,
    groups: [],
    noGroup: { published: true, hiddenBecause: null, memberIds: [] },
    otherGroups: { published: false, groupIds: [], memberIds: [] },
    products: noProductsWithheld(),
  }),
}));
vi.mock('./funnel-page', () => ({
  teamFunnels: () => [{ name: evil, funnel: null, hidden: `@${evil}` }],
}));
vi.mock('./context', () => ({
  digestRequest: () => ({}),
  hiddenReason: () => `-${evil}`,
  scopeTargets: () => [],
}));
vi.mock('@/lib/companion/team-table', () => ({
  teamRow: () => ({ name: evil, hidden: `+${evil}`, productRates: {}, champions: `\t${evil}` }),
  sortTeams: (rows: unknown[]) => rows,
}));
vi.mock('@/lib/companion/spend', () => ({
  spendCoverage: () => ({ from: '2026-11-01', to: '2026-11-30' }),
  gatedScopeEntries: () => [],
  spendBreakdown: () => ({
    daily: [{ day: evil, dollars: -3 }],
    byProduct: [{ key: evil, dollars: 1 }],
    byModel: [{ key: `=${evil}`, dollars: 2 }],
    byGroup: [{ key: 'g1', dollars: 3 }],
  }),
}));
vi.mock('@/lib/companion/reclaim', () => ({
  reclaimList: () => [{ email: evil, memberId: 'm1', reason: 'dormant' }],
}));

const member = { email: evil, memberId: 'm1', lastActiveDay: null, idleDays: 3, seatSince: null };
const ctx = {
  state: { scope: 'org' },
  range: { from: '2026-11-01', to: '2026-11-30' },
  weekdays: false,
  model: {
    today: '2026-11-30',
    freshness: { latestDay: '2026-11-30' },
    seats: { dormant: { members: [member] }, neverActivated: { members: [member] } },
  },
  scopes: [],
  scopeName: 'Org',
  settings: {
    pseudonymisedExports: false, // emails are written as they are: neutralised too
    metrics: { privacy: { k: 5, teamGrainOnly: false }, targets: [] },
  },
  version: 'v',
  companion: {
    interventions: [{ day: '2026-11-02', teamId: 'g1', type: 'workshop', owner: evil, note: evil }],
    kpis: [{ teamId: 'g1', name: evil, day: '2026-11-02', value: 1, unit: `@${evil}` }],
    timeSaved: [{ teamId: 'g1', asOf: '2026-11-02', hoursPerWeek: 1, source: `+${evil}` }],
  },
  updateCompanion: async () => undefined,
  teamName: () => `=${evil}`,
  orgName: null,
} as unknown as PageContext;

const formulaLine = /(^|[\r\n])[=+\-@\t]|^\r/;

beforeEach(() => {
  written.length = 0;
});

describe('every CSV export neutralises formulae on every line of every text cell', () => {
  it.each([
    'teams',
    'funnel',
    'reclaim',
    'dormant',
    'never',
    'spend-daily',
    'spend-split',
    'interventions',
    'kpis',
  ])('%s', async (id) => {
    const message = await runExport(ctx, id, new Map([['g1', {} as never]]));
    expect(message).toMatch(/^Saved /);
    expect(written).toHaveLength(1);
    const cells = Papa.parse<string[]>(written[0]!).data.flat();
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((c) => c !== '-3' && formulaLine.test(c))).toEqual([]);
  });
});
