import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { pseudonymiser } from '@/lib/crypto/pseudonym';
import { exportFileName, toCsv, type CsvColumn } from './csv';

const secret = new Uint8Array(32).fill(0x0b);

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
    [
      'a formula after a line break escaped too (issue 11 item 4)',
      [{ team: 'Sales\n=1+1', email: '@x', rate: null }],
      `Team,Email,Rate\r\n"Sales\n'=1+1",'@x,`,
    ],
    ['no rows: the header only', [], 'Team,Email,Rate\r\n'],
  ] as const)('%s', async (_n, rows, csv) => {
    expect(await toCsv(columns, rows, { pseudonymise: null })).toBe(csv);
  });

  it('pseudonymises personal columns only, stably', async () => {
    const rows = [
      { team: 'Sales', email: 'a@x.example', rate: 1 },
      { team: 'Ops', email: 'A@x.example', rate: 2 },
      { team: 'Ops', email: 'b@x.example', rate: 3 },
    ];
    const csv = await toCsv(columns, rows, { pseudonymise: await pseudonymiser(secret) });
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[1]![0]).toBe('Sales');
    expect(parsed[1]![1]).toMatch(/^member-[0-9a-f]{12}$/);
    expect(parsed[1]![1]).toBe(parsed[2]![1]);
    expect(parsed[3]![1]).not.toBe(parsed[1]![1]);
    expect(parsed.flat().join()).not.toContain('@');
  });
});

describe('toCsv, property: no text cell of any export starts a line like a formula', () => {
  const formulaLine = /(^|[\r\n])[=+\-@\t]|^\r/;
  // Text built from the characters that matter: formula starters, line breaks, quotes, commas.
  const piece = fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    '\r\n',
    '"',
    ',',
    "'",
    'a',
    ' ',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  const row = fc.record({ team: text, email: fc.option(text), rate: fc.option(fc.double()) });

  it('holds for 1,000 random tables, pseudonymised or not, and loses no text', async () => {
    const pseudonymise = await pseudonymiser(secret);
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (rows, pseudo) => {
          const csv = await toCsv(columns, rows, { pseudonymise: pseudo ? pseudonymise : null });
          const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
          expect(parsed).toHaveLength(rows.length + 1);
          parsed.slice(1).forEach((cells, i) => {
            const [team, email] = cells as [string, string];
            expect(formulaLine.test(team)).toBe(false);
            expect(formulaLine.test(email)).toBe(false);
            // Only apostrophes were added: removing those in front of lines gives the input back.
            const unquote = (c: string) => c.replace(/(^|\r\n|\n|\r)'/g, '$1');
            if (!rows[i]!.team.includes("'")) expect(unquote(team)).toBe(rows[i]!.team);
          });
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('exportFileName', () => {
  it.each([
    ['Teams', '2026-11-24', 'uptake-teams-2026-11-24.csv'],
    ['Reclaim list: Sales & Ops', '2026-11-24', 'uptake-reclaim-list-sales-ops-2026-11-24.csv'],
    ['???', '2026-11-24', 'uptake-export-2026-11-24.csv'],
  ])('%s', (what, day, name) => expect(exportFileName(what, day)).toBe(name));
});
