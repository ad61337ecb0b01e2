import { afterEach, describe, expect, it } from 'vitest';
import { chartFromPreview, chartRows, teamCounts } from '@/lib/org-chart/chart';
import { detectMapping } from '@/lib/org-chart/columns';
import { neutralise } from '@/lib/org-chart/neutralise';
import { previewOrgChart } from '@/lib/org-chart/parse';
import {
  closeOrgChartStoreForTests,
  readOrgChart,
  removeOrgChart,
  saveOrgChart,
} from '@/lib/org-chart/store';
import {
  bigCsv,
  badRowsCsv,
  formulaCsv,
  goodCsv,
  wrongColumnsCsv,
} from '@/lib/org-chart/test-files';
import { matchTeams, orgChartForMetrics, orgChartGroupId } from '@/lib/org-chart/to-metrics';

function ok(text: string, mapping?: Parameters<typeof previewOrgChart>[1]) {
  const preview = previewOrgChart(text, mapping);
  if (!preview.ok) throw new Error(preview.reason);
  return preview;
}

describe('detectMapping', () => {
  it.each([
    [
      ['Work Email', 'Department', 'Reports to'],
      { email: 0, team: 1, manager: 2, seatStatus: null },
    ],
    [['team', 'EMAIL', 'Seat status'], { email: 1, team: 0, manager: null, seatStatus: 2 }],
    [['e_mail', 'group', 'license'], { email: 0, team: 1, manager: null, seatStatus: 2 }],
    [['name', 'office'], { email: null, team: null, manager: null, seatStatus: null }],
  ])('%j → %j', (headers, mapping) => {
    expect(detectMapping(headers)).toEqual(mapping);
  });
});

describe('neutralise', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+Ops', "'+Ops"],
    ['-1', "'-1"],
    ['@boss', "'@boss"],
    ['\tx', "'\tx"],
    ['Sales', 'Sales'],
    ['R&D', 'R&D'],
  ])('%j → %j', (cell, out) => expect(neutralise(cell)).toBe(out));
});

describe('previewOrgChart', () => {
  it('reads a good file: 5 people, 2 teams, manager and seat status', () => {
    const p = ok(goodCsv);
    expect(p.totalRows).toBe(5);
    expect(p.errors).toEqual([]);
    expect(p.teams).toEqual([
      { name: 'Sales', count: 3 },
      { name: 'Engineering', count: 2 },
    ]);
    expect(p.rows[2]).toEqual({
      email: 'carl@northwind.test',
      team: 'Sales',
      manager: null,
      seatStatus: 'pending',
    });
    expect(p.rows[3]!.seatStatus).toBeNull();
  });

  it('refuses a file with wrong columns, naming what it looked for, and returns the headers to map', () => {
    const p = previewOrgChart(wrongColumnsCsv);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.reason).toContain('No column for email (looked for: email, e-mail');
    expect(p.reason).toContain('No column for team');
    expect(p.headers).toEqual(['name', 'office']);
  });

  it('reads the same file once the admin maps its columns by hand', () => {
    const p = ok(wrongColumnsCsv.replace('Ann', 'ann@x.test').replace('Bob', 'bob@x.test'), {
      email: 0,
      team: 1,
      manager: null,
      seatStatus: null,
    });
    expect(p.teams).toEqual([
      { name: 'London', count: 1 },
      { name: 'Paris', count: 1 },
    ]);
  });

  it('reports bad rows by row number and keeps the good ones', () => {
    const p = ok(badRowsCsv);
    expect(p.rows.map((r) => r.email)).toEqual(['ann@northwind.test', 'dana@northwind.test']);
    expect(p.errors).toEqual([
      { row: 3, message: '"not-an-email" is not an email address.' },
      { row: 4, message: 'No team for bob@northwind.test.' },
      { row: 5, message: 'ann@northwind.test is already on row 2.' },
      {
        row: 6,
        message: 'Seat status "maybe" is not understood (use assigned, unassigned or pending).',
      },
    ]);
  });

  it('keeps formula-like cells as inert text, warns, and refuses a formula as an email', () => {
    const p = ok(formulaCsv);
    expect(p.rows).toEqual([
      {
        email: 'ann@northwind.test',
        team: `'=HYPERLINK("http://evil.test","Click")`,
        manager: "'@boss",
        seatStatus: null,
      },
      { email: 'bob@northwind.test', team: "'+Ops", manager: null, seatStatus: null },
    ]);
    expect(p.warnings.map((w) => w.row)).toEqual([2, 2, 3]);
    expect(p.errors).toEqual([{ row: 4, message: `"'=cmd|calc@x.test" is not an email address.` }]);
  });

  it('reads a 5 MB file (about 90,000 people) in well under two seconds', () => {
    const text = bigCsv(5 * 1024 * 1024);
    const started = performance.now();
    const p = ok(text);
    const ms = performance.now() - started;
    expect(p.errors).toEqual([]);
    expect(p.rows.length).toBe(text.split('\n').length - 1);
    expect(p.rows.length).toBeGreaterThan(80_000);
    expect(p.teams).toHaveLength(40);
    expect(ms).toBeLessThan(2000);
  });

  it.each([
    ['an empty file', ''],
    ['a single column', 'email\nann@x.test'],
  ])('refuses %s', (_, text) => {
    expect(previewOrgChart(text).ok).toBe(false);
  });
});

describe('applied chart', () => {
  afterEach(async () => {
    await removeOrgChart();
    await closeOrgChartStoreForTests();
  });

  it('keeps the rows compactly and gives them back', () => {
    const chart = chartFromPreview(ok(goodCsv), 'people.csv', 1);
    expect(chart.teams).toEqual(['Engineering', 'Sales']);
    expect(Array.from(chart.teamIndex)).toEqual([1, 1, 1, 0, 0]);
    expect(teamCounts(chart)).toEqual({ Engineering: 2, Sales: 3 });
    expect(chartRows(chart)).toEqual(ok(goodCsv).rows);
  });

  it('is replaced atomically: a failed write keeps the previous chart', async () => {
    const first = chartFromPreview(ok(goodCsv), 'first.csv', 1);
    await saveOrgChart(first);
    const broken = { ...chartFromPreview(ok(badRowsCsv), 'second.csv', 2), bad: () => 1 };
    await expect(saveOrgChart(broken as never)).rejects.toThrow();
    const kept = await readOrgChart();
    expect(kept?.fileName).toBe('first.csv');
    expect(kept?.emails).toEqual(first.emails);
  });
});

describe('org chart → insight core', () => {
  const chart = chartFromPreview(ok(goodCsv), 'people.csv', 1);
  const api = [
    { id: 'g_sales', name: 'sales ' },
    { id: 'g_ops', name: 'Ops' },
  ];

  it('matches teams to API groups by name, ignoring case and spaces', () => {
    expect(matchTeams(chart.teams, api)).toEqual([
      { team: 'Engineering', groupId: null },
      { team: 'Sales', groupId: 'g_sales' },
    ]);
  });

  it('gives head counts per group and org-chart groups for unmatched teams', () => {
    const out = orgChartForMetrics(
      chart,
      api,
      [
        { id: 'u_dana', email: 'Dana@northwind.test' },
        { id: 'u_ann', email: 'ann@northwind.test' },
      ],
      { startDay: '2026-11-01', endDay: '2026-12-01' },
    );
    expect(out.orgChartCounts).toEqual({ 'org-chart:engineering': 2, g_sales: 3 });
    expect(out.groups).toEqual([
      { id: 'org-chart:engineering', name: 'Engineering', source: 'org-chart' },
    ]);
    expect(out.memberships).toEqual([
      {
        groupId: 'org-chart:engineering',
        startDay: '2026-11-01',
        endDay: '2026-12-01',
        memberIds: ['u_dana'],
      },
    ]);
  });

  it.each([
    ['R&D Europe', 'org-chart:r-d-europe'],
    ["'+Ops", 'org-chart:ops'],
    ['***', 'org-chart:team'],
  ])('names the group of team %j %j', (team, id) => expect(orgChartGroupId(team)).toBe(id));
});
