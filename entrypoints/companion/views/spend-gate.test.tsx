/**
 * Spend passes the publication gate (issue 11 items 2 and 3): a hidden
 * group's spend is not reachable by URL, the "in no group" row and hidden
 * groups' rows stay out, the "Spend per day" export refuses a hidden scope,
 * and in team-grain mode no person (email, per-person limit row) is shown.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCompanionData } from '@/lib/companion/companion-data';
import { defaultState } from '@/lib/companion/hash-state';
import type { CostEntry } from '@/lib/companion/spend';
import { buildAllScopes, defaultMetricsSettings, type InsightModel } from '@/lib/metrics';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { defaultSettings } from '@/lib/store/settings';
import type { PageContext } from './context';
import { runExport } from './export-tables';
import { SpendPage } from './spend-page';

const state = vi.hoisted(() => ({ gate: null as unknown, downloads: [] as string[] }));

const entry = (p: Partial<CostEntry>): CostEntry => ({
  day: '2026-11-20',
  dimension: 'product+model',
  product: 'chat',
  model: 'm',
  groupId: null,
  actorEmail: null,
  dollars: 1,
  requests: null,
  ...p,
});
const entries: CostEntry[] = [
  entry({ dollars: 100 }),
  entry({ dimension: 'rbac_group_id', groupId: 'A', dollars: 60 }),
  entry({ dimension: 'rbac_group_id', groupId: 'S', dollars: 30 }),
  entry({ dimension: 'rbac_group_id', groupId: null, dollars: 10 }),
  entry({ dimension: 'actor', actorEmail: 'ann@x.example', dollars: 55 }),
];

vi.mock('../load-history', () => ({
  loadGate: async () => state.gate,
  loadSpend: async () => ({ entries, skipped: 0 }),
  loadDigest: () => new Promise(() => undefined),
}));
vi.mock('@/components/companion/download', () => ({
  downloadText: (_text: string, name: string) => state.downloads.push(name),
}));

const days = dayRange('2026-10-26', '2026-11-24');
const people = (p: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${p}${i}`,
    email: `${p}${i}@x.example`,
    active: on(days),
  }));
const all = buildAllScopes(
  makeHistory({
    first: days[0]!,
    last: days.at(-1)!,
    members: [...people('a', 8), ...people('s', 2), ...people('o', 6)],
    groups: [
      { id: 'A', name: 'Alpha', members: people('a', 8).map((m) => m.id) },
      { id: 'S', name: 'Small', members: ['s0', 's1'] },
    ],
  }),
  defaultMetricsSettings,
  { today: '2026-11-25', timeZone: 'UTC' },
);
const model = (id: string) => (id === 'org' ? all.org : all.groups.find((g) => g.scope.id === id)!);

function ctx(m: InsightModel, teamGrain = false): PageContext {
  return {
    state: { ...defaultState, scope: m.scope.id, view: 'spend' },
    setState: () => undefined,
    range: { from: '2026-10-26', to: '2026-11-24', days: 30, label: 'Last 30 days' },
    weekdays: false,
    model: m,
    scopes: [all.org, ...all.groups].map((g) => ({
      id: g.scope.id,
      name: g.scope.name,
      kind: g.scope.kind,
      hiddenBecause: g.suppressed.find((s) => s.part === 'scope')?.detail ?? null,
    })),
    scopeName: m.scope.name ?? 'Whole organisation',
    settings: {
      ...defaultSettings,
      metrics: {
        ...defaultSettings.metrics,
        privacy: { ...defaultSettings.metrics.privacy, teamGrainOnly: teamGrain },
      },
    },
    version: 'v',
    companion: {
      ...emptyCompanionData,
      spendLimits: { ...emptyCompanionData.spendLimits, individuals: { 'ann@x.example': 50 } },
    },
    updateCompanion: async () => undefined,
    groupModels: { state: 'ready', value: new Map(all.groups.map((g) => [g.scope.id, g])) },
    teamName: (id) => id,
    orgName: null,
  };
}

beforeEach(() => {
  state.gate = all.gate;
  state.downloads = [];
});
afterEach(cleanup);

describe('spend through the gate', () => {
  it('the gate hides Small (2 members), and the "in no group" row (org − Alpha − it = Small)', () => {
    const gate = all.gate as PublicationGate;
    expect(gate.groups.map((g) => [g.id, g.published])).toEqual([
      ['A', true],
      ['S', false],
    ]);
    expect(gate.noGroup.published).toBe(false);
  });

  it('a hidden group’s spend page, opened by URL, shows no figure and says why', async () => {
    render(<SpendPage ctx={ctx(model('S'))} />);
    expect((await screen.findByTestId('spend-hidden')).textContent).toMatch(/Fewer than 5/);
    expect(document.body.textContent).not.toContain('$');
  });

  it('a group that dropped below k while selected: the gate hides it even if the model is older', async () => {
    state.gate = {
      ...all.gate,
      groups: all.gate.groups.map((g) => ({
        ...g,
        published: false,
        hiddenBecause: 'Fewer than 5 members.',
        memberIds: [],
      })),
    };
    render(<SpendPage ctx={ctx(model('A'))} />);
    expect((await screen.findByTestId('spend-hidden')).textContent).toMatch(/Fewer than 5/);
    expect(document.body.textContent).not.toContain('$60');
  });

  it('the org’s by-group table leaves out the hidden group and an unpublished "in no group" row', async () => {
    render(<SpendPage ctx={ctx(all.org)} />);
    const table = await screen.findByTestId('spend-by-group');
    expect(table.textContent).toContain('Alpha');
    expect(table.textContent).not.toContain('Small');
    expect(table.textContent).not.toContain('In no group');
  });

  it('hidden groups published together as "Other groups" when the gate allows: one summed row', async () => {
    state.gate = { ...all.gate, otherGroups: { published: true, groupIds: ['S'], memberIds: [] } };
    render(<SpendPage ctx={ctx(all.org)} />);
    const table = await screen.findByTestId('spend-by-group');
    expect(table.textContent).toContain('Other groups (1 team together)$30.00');
    expect(table.textContent).not.toContain('Small');
  });

  it('team grain only: no top spender and no per-person limit row', async () => {
    state.gate = { ...all.gate, peopleShown: false };
    render(<SpendPage ctx={ctx(all.org, true)} />);
    await screen.findByTestId('top-spenders-team-grain');
    expect(document.body.textContent).not.toContain('ann@x.example');
    expect(screen.getByTestId('limits-table').textContent).not.toMatch(/Person/);
  });

  it('without team grain the admin sees the top spender and their limit', async () => {
    render(<SpendPage ctx={ctx(all.org)} />);
    expect((await screen.findByTestId('top-spenders')).textContent).toContain('ann@x.example');
  });

  it('"Spend per day" export of a hidden group downloads nothing', async () => {
    expect(await runExport(ctx(model('S')), 'spend-daily', null)).toMatch(/^Nothing exported/);
    expect(state.downloads).toEqual([]);
    expect(await runExport(ctx(model('A')), 'spend-daily', null)).toMatch(/^Saved/);
    expect(state.downloads).toHaveLength(1);
  });
});
