import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from './data-table';

interface Row {
  id: string;
  team: string;
  rate: number | null;
}
const rows: Row[] = [
  { id: 'a', team: 'Sales', rate: 40 },
  { id: 'b', team: 'Legal', rate: null },
  { id: 'c', team: 'Ops', rate: 70 },
];
const columns = [
  { key: 'team', header: 'Team', value: (r: Row) => r.team },
  { key: 'rate', header: 'Rate', numeric: true, value: (r: Row) => r.rate },
];
const order = (c: Element) =>
  [...c.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row'));

afterEach(cleanup);

describe('DataTable', () => {
  it('has row and column headers and sorts on a header button (unknowns last)', () => {
    const { container } = render(
      <DataTable caption="Teams" columns={columns} rows={rows} rowKey={(r) => r.id} />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Team', 'Rate']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Sales',
      'Legal',
      'Ops',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Rate' }));
    expect(order(container)).toEqual(['c', 'a', 'b']);
    expect(screen.getByRole('columnheader', { name: /Rate/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    fireEvent.click(screen.getByRole('button', { name: /Rate/ }));
    expect(order(container)).toEqual(['a', 'c', 'b']);
  });

  it('moves between rows with the arrow keys and activates with Enter', () => {
    const onActivate = vi.fn();
    const { container } = render(
      <DataTable
        caption="Teams"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        onActivate={onActivate}
      />,
    );
    const trs = [...container.querySelectorAll<HTMLElement>('tbody tr')];
    expect(trs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    trs[0]!.focus();
    fireEvent.keyDown(trs[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(trs[1]);
    fireEvent.keyDown(trs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(trs[2]);
    fireEvent.keyDown(trs[2]!, { key: 'Enter' });
    expect(onActivate).toHaveBeenCalledWith(rows[2]);
    fireEvent.keyDown(trs[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(trs[0]);
  });

  it('shows the first rows until "Show all"', () => {
    const { container } = render(
      <DataTable caption="Teams" columns={columns} rows={rows} rowKey={(r) => r.id} limit={2} />,
    );
    expect(order(container)).toEqual(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 3 rows' }));
    expect(order(container)).toEqual(['a', 'b', 'c']);
  });

  it('says when there is nothing to show', () => {
    render(
      <DataTable
        caption="Teams"
        columns={columns}
        rows={[]}
        rowKey={(r) => r.id}
        empty="No team yet."
      />,
    );
    expect(screen.getByText('No team yet.')).toBeTruthy();
  });
});
