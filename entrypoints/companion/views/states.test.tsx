/**
 * Each view says in words when it is loading, empty, hidden or failed
 * (the e2e tests cover the views with data).
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyCompanionData } from '@/lib/companion/companion-data';
import { companionDigestBuilder, type DigestRequest } from '@/lib/companion/companion-digest';
import { encodeDigest } from '@/lib/companion/digest-wire';
import { defaultState } from '@/lib/companion/hash-state';
import { buildAllScopes, defaultMetricsSettings, type InsightModel } from '@/lib/metrics';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { defaultSettings } from '@/lib/store/settings';
import type { PageContext } from './context';
import { FunnelPage } from './funnel-page';
import { OverviewPage } from './overview-page';
import { SeatsPage } from './seats-page';
import { SpendPage } from './spend-page';
import { TeamsPage } from './teams-page';

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
    members: [...people('a', 8), ...people('s', 2)],
    groups: [{ id: 'S', name: 'Small', members: ['s0', 's1'] }],
  }),
  defaultMetricsSettings,
  { today: '2026-11-25', timeZone: 'UTC' },
);

function ctx(model: InsightModel, patch: Partial<PageContext> = {}): PageContext {
  return {
    state: { ...defaultState, scope: model.scope.id },
    setState: () => undefined,
    range: { from: '2026-10-26', to: '2026-11-24', days: 30, label: 'Last 30 days' },
    weekdays: false,
    model,
    scopes: [],
    scopeName: model.scope.name ?? 'Whole organisation',
    settings: defaultSettings,
    version: 'v',
    companion: emptyCompanionData,
    updateCompanion: async () => undefined,
    groupModels: { state: 'loading' },
    teamName: (id) => id,
    orgName: null,
    ...patch,
  };
}
// The companion's digests count over the publication gate's membership, asked of the background;
// the background answers as it does with nothing stored (lib/insights/companion-reads.ts).
vi.mock('@/lib/messages/send', () => ({
  sendToBackground: async (m: { type: string } & DigestRequest) => {
    if (m.type === 'to-background:get-companion-spend') return { entries: [], skipped: 0 };
    if (m.type === 'to-background:get-org-summary-series')
      return { days: [], daily: [], weekly: [], monthly: [] };
    if (m.type === 'to-background:get-companion-digest')
      return { digest: encodeDigest(companionDigestBuilder(m, all.gate).finish([])) };
    return { gate: all.gate };
  },
}));

const small = all.groups.find((g) => g.scope.id === 'S')!;

afterEach(cleanup);

describe('view states in words', () => {
  it('Teams: loading, then an error with what to do', () => {
    const { unmount } = render(<TeamsPage ctx={ctx(all.org)} />);
    expect(screen.getByRole('status').textContent).toContain('Loading every team’s figures');
    unmount();
    render(
      <TeamsPage ctx={ctx(all.org, { groupModels: { state: 'error', message: 'Timed out.' } })} />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /Could not load the teams’ figures\.Timed out\. Reload the page/,
    );
  });

  it('a group under the privacy floor shows no figure, and says why', () => {
    const { unmount } = render(<OverviewPage ctx={ctx(small)} />);
    expect(screen.getByTestId('overview-empty').textContent).toMatch(
      /No figures for Small: Fewer than 5 members/,
    );
    unmount();
    render(<SeatsPage ctx={ctx(small)} />);
    expect(screen.getByRole('status').textContent).toMatch(/No seat figures for Small/);
  });

  it('Spend and Funnel with nothing stored: empty, with where the data comes from', async () => {
    const { unmount } = render(<SpendPage ctx={ctx(all.org)} />);
    expect(screen.getByRole('status').textContent).toContain('Reading the stored spend');
    expect((await screen.findByTestId('spend-empty')).textContent).toMatch(
      /No spend stored yet.*last 30 days/,
    );
    unmount();
    render(<FunnelPage ctx={ctx(all.org)} />);
    expect((await screen.findByText('No member activity stored for this range.')).tagName).toBe(
      'STRONG',
    );
  });
});
