import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';

export interface Column<T> {
  key: string;
  header: string;
  /** Longer description for the header's tooltip and screen readers. */
  description?: string;
  numeric?: boolean;
  /** The value sorted on (and shown when no `render`); null sorts last. */
  value?: (row: T) => string | number | null;
  render?: (row: T) => ComponentChildren;
}

export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Controlled sort: rows arrive sorted, `onSort` asks for another order. */
  sort?: SortState | null;
  onSort?: (key: string) => void;
  /** Enter, Space or a click on a row. */
  onActivate?: (row: T) => void;
  activateHint?: string;
  testId?: string;
  empty?: string;
  /** Show at most this many rows until "Show all" is pressed. */
  limit?: number;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'string' ? a.localeCompare(String(b)) : a - (b as number);
}

/**
 * A table with readable headers (`scope`), sortable columns (buttons with
 * `aria-sort`) and keyboard-navigable rows: Tab reaches the table's current
 * row, Arrow Up/Down, Home and End move between rows, Enter or Space
 * activates one (e.g. scopes every view to a team).
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const [own, setOwn] = useState<SortState | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const body = useRef<HTMLTableSectionElement>(null);
  const controlled = props.onSort !== undefined;
  const sort = controlled ? (props.sort ?? null) : own;
  const rows = useMemo(() => {
    if (controlled || !own) return props.rows;
    const col = props.columns.find((c) => c.key === own.key);
    if (!col?.value) return props.rows;
    const sign = own.dir === 'asc' ? 1 : -1;
    return [...props.rows].sort((a, b) => {
      const va = col.value!(a);
      const vb = col.value!(b);
      if (va === null || vb === null) return compare(va, vb);
      return sign * compare(va, vb);
    });
  }, [props.rows, props.columns, own, controlled]);

  const requestSort = (key: string) => {
    if (controlled) props.onSort!(key);
    else
      setOwn((prev) =>
        prev?.key === key
          ? { key, dir: prev.dir === 'asc' ? 'desc' : 'asc' }
          : { key, dir: 'desc' },
      );
  };
  const focusRow = (i: number) => {
    const n = Math.max(0, Math.min(shown.length - 1, i));
    setFocusIndex(n);
    (body.current?.children[n] as HTMLElement | undefined)?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number, row: T) => {
    if (e.key === 'ArrowDown') focusRow(i + 1);
    else if (e.key === 'ArrowUp') focusRow(i - 1);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(shown.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && props.onActivate) props.onActivate(row);
    else return;
    e.preventDefault();
  };
  const total = rows.length;
  const shown =
    props.limit !== undefined && !showAll && total > props.limit
      ? rows.slice(0, props.limit)
      : rows;
  const current = Math.min(focusIndex, Math.max(0, shown.length - 1));
  return (
    <div class="table-wrap">
      <table class="data" data-testid={props.testId}>
        <caption>
          {props.caption}
          {props.onActivate && props.activateHint && (
            <span class="sr-only"> {props.activateHint}</span>
          )}
        </caption>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const sorted = sort?.key === c.key;
              const ariaSort = sorted ? (sort!.dir === 'asc' ? 'ascending' : 'descending') : 'none';
              const sortable = controlled || c.value !== undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  class={c.numeric ? 'num' : undefined}
                  aria-sort={sortable ? ariaSort : undefined}
                  title={c.description}
                >
                  {sortable ? (
                    <button type="button" class="sort" onClick={() => requestSort(c.key)}>
                      {c.header}
                      <span aria-hidden="true" class="sort-mark">
                        {sorted ? (sort!.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.length === 0 && (
            <tr>
              <td colSpan={props.columns.length} class="muted">
                {props.empty ?? 'Nothing to show.'}
              </td>
            </tr>
          )}
          {shown.map((row, i) => (
            <tr
              key={props.rowKey(row)}
              tabIndex={i === current ? 0 : -1}
              class={props.onActivate ? 'clickable' : undefined}
              onKeyDown={(e) => onKey(e, i, row)}
              onFocus={() => setFocusIndex(i)}
              onClick={props.onActivate ? () => props.onActivate!(row) : undefined}
              data-row={props.rowKey(row)}
            >
              {props.columns.map((c, ci) => {
                const content = c.render ? c.render(row) : (c.value?.(row) ?? '—');
                return ci === 0 ? (
                  <th key={c.key} scope="row" class={c.numeric ? 'num' : undefined}>
                    {content}
                  </th>
                ) : (
                  <td key={c.key} class={c.numeric ? 'num' : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < total && (
        <button type="button" class="link show-all" onClick={() => setShowAll(true)}>
          Show all {total} rows
        </button>
      )}
    </div>
  );
}
