import { useMemo, useState } from 'preact/hooks';
import { sortTeams, type SortKey, type TeamRow } from '@/lib/companion/team-table';
import { metricProducts, productNames } from '@/lib/metrics';
import { fewerThanK } from '@/lib/metrics/product-gate';
import { DataTable, type Column } from './data-table';
import { num, pct, points, sizeSourceNames, sizeSourceShort } from './format';

const statusWords: Record<TeamRow['targetStatus'], string> = {
  reached: 'Reached',
  'on-pace': 'On pace',
  'not-on-pace': 'Not on pace',
  'insufficient-data': 'Too little history',
  withheld: 'Withheld (privacy floor)',
  'no-target': 'No target',
};

const hiddenCell = (r: TeamRow, text: string) =>
  r.hidden ? <span class="muted">hidden</span> : text;

/**
 * Teams: every group side by side, sortable by any column, keyboard
 * navigable; Enter (or a click) scopes every view to the team. Groups under
 * the privacy floor keep a row that says why, with no figure.
 */
export function TeamsView(props: {
  rows: TeamRow[];
  k: number;
  onSelect: (teamId: string) => void;
  scope: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: 'monthlyRate',
    dir: 'desc',
  });
  const sorted = useMemo(() => sortTeams(props.rows, sort.key, sort.dir), [props.rows, sort]);
  const columns: Column<TeamRow>[] = [
    {
      key: 'name',
      header: 'Team',
      render: (r) => (r.id === props.scope ? <strong>{r.name} (in view)</strong> : r.name),
    },
    {
      key: 'size',
      header: 'Size',
      numeric: true,
      description: 'People the adoption rate is measured against, and where that number comes from',
      render: (r) =>
        r.hidden ? (
          <span class="muted">hidden</span>
        ) : (
          <span title={sizeSourceNames[r.sizeSource]}>
            {num(r.size)}
            {r.sizeApproximate ? ' ≈' : ''}
            <span class="sub">{sizeSourceShort[r.sizeSource]}</span>
          </span>
        ),
    },
    {
      key: 'monthlyRate',
      header: 'Monthly adoption',
      numeric: true,
      render: (r) => hiddenCell(r, pct(r.monthlyRate)),
    },
    {
      key: 'weeklyRate',
      header: 'Weekly adoption',
      numeric: true,
      render: (r) => hiddenCell(r, pct(r.weeklyRate)),
    },
    ...metricProducts.map((p): Column<TeamRow> => ({
      key: `product:${p}`,
      header: productNames[p].replace('Claude in ', '').replace('Claude ', ''),
      description: `${productNames[p]}: monthly adoption`,
      numeric: true,
      render: (r) =>
        r.productWithheld[p] && !r.hidden ? (
          <span class="muted" title="Withheld so that no count of fewer than k people can be read">
            {fewerThanK(props.k)}
          </span>
        ) : (
          hiddenCell(r, pct(r.productRates[p]))
        ),
    })),
    {
      key: 'trend30',
      header: 'Trend (30 d)',
      numeric: true,
      description: 'Monthly adoption change vs 30 days earlier, in points',
      render: (r) => hiddenCell(r, points(r.trend30)),
    },
    {
      key: 'targetProgress',
      header: 'Target',
      description: 'Progress to the team’s first target, and its forecast',
      render: (r) =>
        r.hidden ? (
          <span class="muted">hidden</span>
        ) : (
          <span>
            {statusWords[r.targetStatus]}
            {r.targetInherited ? ' (org)' : ''}
            {r.targetProgress !== null ? ` · ${Math.round(r.targetProgress * 100)}%` : ''}
            {r.forecastDate && r.targetStatus === 'on-pace' ? (
              <span class="sub">by {r.forecastDate}</span>
            ) : null}
          </span>
        ),
    },
    {
      key: 'champions',
      header: 'Champions',
      numeric: true,
      render: (r) => hiddenCell(r, num(r.champions)),
    },
    {
      key: 'suggestions',
      header: 'Open suggestions',
      numeric: true,
      render: (r) => hiddenCell(r, num(r.suggestions)),
    },
  ];
  const hidden = props.rows.filter((r) => r.hidden);
  return (
    <section class="card" aria-labelledby="teams-h" data-testid="teams-view">
      <h2 id="teams-h">Teams</h2>
      <p class="muted">
        Sort by any column. Use the arrow keys to move between teams and Enter to look at one: every
        view then shows that team.
      </p>
      <DataTable
        caption="Teams compared (30-day and 7-day windows ending on the latest day)"
        activateHint="Press Enter on a team to scope every view to it."
        testId="teams-table"
        // 500 teams re-laid out on every sort took ~1 s on a loaded 2-core machine (table
        // layout dominates): the first 50 in the chosen order, the rest behind "Show all".
        limit={50}
        rowKey={(r) => r.id}
        rows={sorted}
        columns={columns}
        sort={sort}
        onSort={(key) =>
          setSort((prev) => ({
            key: key as SortKey,
            dir:
              prev.key === key
                ? prev.dir === 'asc'
                  ? 'desc'
                  : 'asc'
                : key === 'name'
                  ? 'asc'
                  : 'desc',
          }))
        }
        onActivate={(r) => !r.hidden && props.onSelect(r.id)}
        empty="No groups in the history yet: groups come from the API (RBAC groups) or an org chart imported in Options."
      />
      {hidden.length > 0 && (
        <p class="muted" data-testid="privacy-note">
          {hidden.length} team{hidden.length > 1 ? 's are' : ' is'} hidden by the privacy floor
          (fewer than {props.k} members, or a figure that would reveal a smaller group by
          subtraction).
        </p>
      )}
    </section>
  );
}
