// Bundled by tests/bench/team-table.ts: the companion's real Teams view (TeamsView, DataTable,
// sortTeams) with `n` teams of deterministic figures, in a page of its own.
import { render } from 'preact';
import { TeamsView } from '@/components/companion/teams-view';
import type { TeamRow } from '@/lib/companion/team-table';
import '@/components/base.css';
import '@/components/companion/companion.css';

function rows(n: number): TeamRow[] {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const rate = () => Math.round(rand() * 1000) / 1000;
  return Array.from({ length: n }, (_, i) => {
    const hidden = i % 37 === 0 ? 'fewer than 5 members' : null;
    return {
      id: `rbac_group_${i}`,
      name: `Team ${String(n - i).padStart(3, '0')} ${['Sales', 'Support', 'Eng', 'Legal'][i % 4]}`,
      hidden,
      size: hidden ? null : 5 + Math.floor(rand() * 400),
      sizeSource: 'api-seats',
      sizeApproximate: false,
      monthlyRate: hidden ? null : rate(),
      monthlyActives: hidden ? null : Math.floor(rand() * 300),
      weeklyRate: hidden ? null : rate(),
      productRates: {
        chat: rate(),
        claude_code: rate(),
        cowork: rate(),
        office: rate(),
        design: null,
      },
      productWithheld: {
        chat: false,
        claude_code: false,
        cowork: false,
        office: false,
        design: true,
      },
      trend30: hidden ? null : Math.round((rand() - 0.5) * 200) / 10,
      targetProgress: hidden ? null : rate(),
      targetStatus: (['reached', 'on-pace', 'not-on-pace', 'no-target'] as const)[i % 4]!,
      targetInherited: i % 3 === 0,
      forecastDate: i % 4 === 1 ? '2027-03-01' : null,
      champions: hidden ? null : Math.floor(rand() * 5),
      suggestions: Math.floor(rand() * 4),
    };
  });
}

function mount(n: number): void {
  const root = document.getElementById('root')!;
  render(<TeamsView rows={rows(n)} k={5} scope="org" onSelect={() => undefined} />, root);
}

(globalThis as unknown as { mountTeams: typeof mount }).mountTeams = mount;
