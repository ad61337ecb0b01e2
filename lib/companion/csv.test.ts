import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFileName, pseudonym, toCsv, type CsvColumn } from './csv';

interface Row {
  team: string;
  email: string | null;
  rate: number | null;
}
const columns: CsvColumn<Row>[] = [
  { header: 'Team', value: (r) => r.team },
  { header: 'Email', value: (r) => r.email, personal: true },
  { header: 'Rate', value: (r) => r.rate },
];

describe('toCsv', () => {
  it.each([
    [
      'plain',
      [{ team: 'Sales', email: 'a@x.example', rate: 41.5 }],
      'Team,Email,Rate\r\nSales,a@x.example,41.5',
    ],
    ['null cells empty', [{ team: 'Ops', email: null, rate: null }], 'Team,Email,Rate\r\nOps,,'],
    [
      'commas and quotes quoted',
      [{ team: 'R&D, "core"', email: null, rate: 1 }],
      'Team,Email,Rate\r\n"R&D, ""core""",,1',
    ],
    [
      'formula escaped',
      [{ team: '=HYPERLINK("x")', email: null, rate: -3 }],
      `Team,Email,Rate\r\n"'=HYPERLINK(""x"")",,-3`,
    ],
    ['no rows: the header only', [], 'Team,Email,Rate\r\n'],
  ] as const)('%s', (_n, rows, csv) => {
    expect(toCsv(columns, rows, { pseudonymiseWith: null })).toBe(csv);
  });

  it('pseudonymises personal columns only, stably', () => {
    const rows = [
      { team: 'Sales', email: 'a@x.example', rate: 1 },
      { team: 'Ops', email: 'A@x.example', rate: 2 },
      { team: 'Ops', email: 'b@x.example', rate: 3 },
    ];
    const parsed = Papa.parse<string[]>(toCsv(columns, rows, { pseudonymiseWith: 'salt-1' })).data;
    expect(parsed[1]![0]).toBe('Sales');
    expect(parsed[1]![1]).toMatch(/^member-[0-9a-f]{12}$/);
    expect(parsed[1]![1]).toBe(parsed[2]![1]);
    expect(parsed[3]![1]).not.toBe(parsed[1]![1]);
    expect(parsed.flat().join()).not.toContain('@');
  });

  it('pseudonyms depend on the salt', () => {
    expect(pseudonym('a@x.example', 's1')).not.toBe(pseudonym('a@x.example', 's2'));
    expect(pseudonym(' a@x.example', 's1')).toBe(pseudonym('A@X.EXAMPLE', 's1'));
  });
});

describe('exportFileName', () => {
  it.each([
    ['Teams', '2026-11-24', 'uptake-teams-2026-11-24.csv'],
    ['Reclaim list: Sales & Ops', '2026-11-24', 'uptake-reclaim-list-sales-ops-2026-11-24.csv'],
    ['???', '2026-11-24', 'uptake-export-2026-11-24.csv'],
  ])('%s', (what, day, name) => expect(exportFileName(what, day)).toBe(name));
});
