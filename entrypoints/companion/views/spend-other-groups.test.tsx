/**
 * Spend with the scope "Other groups" (issue 11 items 2, 3 and 11): the
 * hidden groups' spend is published only as their sum, when the gate
 * publishes the union (≥ k people, nothing small derivable); no hidden
 * group's own figure, no member of a group below k named, and nobody at all
 * in team-grain mode — on the page and in its exports.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCompanionData } from '@/lib/companion/companion-data';
import { defaultState } from '@/lib/companion/hash-state';
import type { CostEntry } from '@/lib/companion/spend';
import { buildAllScopes, defaultMetricsSettings, type InsightModel } from '@/lib/metrics';
import { OTHER_GROUPS_KEY, type PublicationGate } from '@/lib/metrics/publication-gate';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { defaultSettings } from '@/lib/store/settings';
import type { PageContext } from './context';
import { runExport } from './export-tables';
import { SpendPage } from './spend-page';

const state = vi.hoisted(() => ({ gate: null as unknown, files: [] as string[] }));

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
// Org $100; by group: Alpha $60, Small $30, Tiny $5, in no group $5; by person: a0 $40, s0 $20.
const entries: CostEntry[] = [
  entry({ dollars: 100 }),
  entry({ dimension: 'rbac_group_id', groupId: 'A', dollars: 60 }),
  entry({ dimension: 'rbac_group_id', groupId: 'S', dollars: 30 }),
  entry({ dimension: 'rbac_group_id', groupId: 'T', dollars: 5 }),
  entry({ dimension: 'rbac_group_id', groupId: null, dollars: 5 }),
  entry({ dimension: 'actor', actorEmail: 'a0@x.example', dollars: 40 }),
  entry({ dimension: 'actor', actorEmail: 's0@x.example', dollars: 20 }),
];

vi.mock('../load-history', () => ({
  loadGate: async () => state.gate,
  loadSpend: async () => ({ entries, skipped: 0 }),
  loadDigest: () => new Promise(() => undefined),
}));
vi.mock('@/components/companion/download', () => ({
  downloadText: (text: string) => state.files.push(text),
}));

const days = dayRange('2026-10-26', '2026-11-24');
const people = (p: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${p}${i}`,
    email: `${p}${i}@x.example`,
    active: on(days),
  }));
// k = 5. Alpha 8, Small 2 and Tiny 3 (hidden, 5 together); nobody outside a group.
const all = buildAllScopes(
  makeHistory({
    first: days[0]!,
    last: days.at(-1)!,
    members: [...people('a', 8), ...people('s', 2), ...people('t', 3)],
    groups: [
      { id: 'A', name: 'Alpha', members: people('a', 8).map((m) => m.id) },
      { id: 'S', name: 'Small', members: ['s0', 's1'] },
      { id: 'T', name: 'Tiny', members: ['t0', 't1', 't2'] },
    ],
  }),
  defaultMetricsSettings,
  { today: '2026-11-25', timeZone: 'UTC' },
);
const other = all.otherGroups!;
const emails = [...people('a', 8), ...people('s', 2), ...people('t', 3)].map((m) => m.email);

function ctx(m: InsightModel, teamGrain = false): PageContext {
  return {
    state: { ...defaultState, scope: m.scope.id, view: 'spend' },
    setState: () => undefined,
    range: { from: '2026-10-26', to: '2026-11-24', days: 30, label: 'Last 30 days' },
    weekdays: false,
    model: m,
    scopes: [all.org, ...all.groups, other].map((g) => ({
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
      spendLimits: {
        ...emptyCompanionData.spendLimits,
        individuals: { 'a0@x.example': 50, 's0@x.example': 25 },
      },
    },
    updateCompanion: async () => undefined,
    groupModels: { state: 'ready', value: new Map(all.groups.map((g) => [g.scope.id, g])) },
    teamName: (id) => all.groups.find((g) => g.scope.id === id)?.scope.name ?? id,
    orgName: null,
  };
}

beforeEach(() => {
  state.gate = all.gate;
  state.files = [];
});
afterEach(cleanup);

describe('spend of "Other groups" through the gate (k = 5)', () => {
  it('the gate publishes Small and Tiny together: 5 people, and org − Alpha gives those same 5', () => {
    const gate = all.gate as PublicationGate;
    expect(gate.groups.map((g) => [g.id, g.published])).toEqual([
      ['A', true],
      ['S', false],
      ['T', false],
    ]);
    expect(gate.otherGroups.published).toBe(true);
    expect(gate.otherGroups.groupIds).toEqual(['S', 'T']);
    expect(gate.otherGroups.memberIds).toHaveLength(5);
    expect(other.scope.id).toBe(OTHER_GROUPS_KEY);
  });

  it('the page shows the sum of the hidden groups ($35), never a hidden group’s own figure or name', async () => {
    render(<SpendPage ctx={ctx(other)} />);
    expect((await screen.findByTestId('spend-total')).textContent).toBe('$35.00');
    const text = document.body.textContent!;
    for (const hidden of ['Small', 'Tiny', '$30.00']) expect(text).not.toContain(hidden);
    // No person, not even outside team-grain mode: the row is a sum of groups below k.
    expect(emails.filter((e) => text.includes(e))).toEqual([]);
  });

  it('team grain only: the same page names nobody', async () => {
    state.gate = { ...all.gate, peopleShown: false };
    render(<SpendPage ctx={ctx(other, true)} />);
    expect((await screen.findByTestId('spend-total')).textContent).toBe('$35.00');
    const text = document.body.textContent!;
    expect(emails.filter((e) => text.includes(e))).toEqual([]);
  });

  it('when the gate does not publish the union, the scope’s spend is hidden', async () => {
    state.gate = { ...all.gate, otherGroups: { published: false, groupIds: [], memberIds: [] } };
    render(<SpendPage ctx={ctx(other)} />);
    await screen.findByTestId('spend-hidden');
    expect(document.body.textContent).not.toContain('$');
  });

  it('"Spend per day" of the scope: the sum per day, in one file', async () => {
    expect(await runExport(ctx(other), 'spend-daily', null)).toMatch(/^Saved/);
    expect(state.files).toHaveLength(1);
    expect(state.files[0]).toContain('2026-11-20,35');
    expect(state.files[0]).not.toMatch(/,30\b/);
  });

  it('"Spend split" of the org: one "Other groups" row, no hidden group, in both modes', async () => {
    for (const teamGrain of [false, true]) {
      state.gate = { ...all.gate, peopleShown: !teamGrain };
      state.files = [];
      await runExport(ctx(all.org, teamGrain), 'spend-split', null);
      const csv = state.files[0]!;
      expect(csv).toContain('group,Other groups (2 teams together),35');
      expect(csv).toContain('group,Alpha,60');
      for (const hidden of ['Small', 'Tiny']) expect(csv).not.toContain(hidden);
      expect(emails.filter((e) => csv.includes(e))).toEqual([]);
    }
  });
});
