/**
 * `companion.team_table_sort_ms`: the companion's Teams table with 500 teams
 * (issue 12 item 5; the demo organisation has at most 50 groups, so the rows
 * are synthetic), in Chromium: the real TeamsView, DataTable and sortTeams
 * bundled into a page with the companion's CSS. Per run, a click on a column
 * header (columns in turn, so every click re-sorts) until the next painted
 * frame with the rows in their new order; median and p95 of RUNS, spread printed.
 * It times the table alone: opening the companion on a history is `companion.first_render_ms`.
 */
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { chromiumPath } from '../chromium-path';

const teams = 500;
const runs = Number(process.env.TEAM_TABLE_BENCH_RUNS ?? 40);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** A page expression: click the header `label`, resolve with ms to the next painted frame after the re-render. */
const sortOnce = (label: string) => `(async () => {
  const table = document.querySelector('[data-testid="teams-table"]');
  const button = [...table.querySelectorAll('thead button')].find((b) => b.textContent.startsWith(${JSON.stringify(label)}));
  const order = () => [...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-row')).join();
  const sortMark = () => button.querySelector('.sort-mark').textContent;
  const before = order() + sortMark();
  const t0 = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (order() + sortMark() !== before ? resolve() : queueMicrotask(check));
    queueMicrotask(check);
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** The page's main-thread CPU time per sort, in all and by kind (thread time of trace events). */
function cpuPerSort(events: TraceEvent[], sorts: number): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return 'no renderer main thread in the trace';
  const ms = (name: string) =>
    events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === name)
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) /
    1000 /
    sorts;
  const kinds = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
  return (
    `${round(ms('RunTask'))} ms: ` +
    kinds.map((k) => `${k === 'FunctionCall' ? 'script' : k} ${round(ms(k))}`).join(', ')
  );
}

export async function teamTableBench(): Promise<Record<string, number>> {
  const outDir = path.resolve('.tmp/bench-team-table');
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    resolve: { alias: { '@': path.resolve('.') } },
    build: {
      outDir,
      emptyOutDir: true,
      cssCodeSplit: false,
      lib: {
        entry: path.resolve('tests/bench/team-table-page/entry.tsx'),
        formats: ['es'],
        fileName: 'teams',
      },
    },
  });
  const script = readFileSync(path.join(outDir, 'teams.js'), 'utf8');
  const css = readdirSync(outDir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(path.join(outDir, f), 'utf8'))
    .join('\n');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('https://bench.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>teams</title><style>${css}</style><div id="root"></div><script type="module">${script}</script>`,
      }),
    );
    await page.goto('https://bench.example/');
    await page.waitForFunction(() => 'mountTeams' in globalThis);
    await page.evaluate((n) => (globalThis as any).mountTeams(n), teams);
    await page.locator('[data-testid="teams-table"] tbody tr').first().waitFor();
    const rows = await page.locator('[data-testid="teams-table"] tbody tr').count();
    const headers = ['Monthly adoption', 'Team', 'Weekly adoption', 'Size', 'Trend (30 d)'];
    for (let i = 0; i < 5; i += 1) await page.evaluate(sortOnce(headers[i % headers.length]!));
    const sorts: number[] = [];
    for (let i = 0; i < runs; i += 1)
      sorts.push((await page.evaluate(sortOnce(headers[i % headers.length]!))) as number);
    console.log(
      `  (companion.team_table_sort_ms: ${teams} teams, ${rows} rows shown, ${runs} runs, ` +
        `${round(Math.min(...sorts))}…${round(Math.max(...sorts))} ms)`,
    );
    // Where a sort's time goes, in main-thread CPU time (steady under load, unlike wall time).
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    for (let i = 0; i < 20; i += 1) await page.evaluate(sortOnce(headers[i % headers.length]!));
    await cdp.send('Tracing.end');
    await done;
    console.log(`  (a sort's main-thread CPU, mean of 20: ${cpuPerSort(events, 20)})`);
    return {
      'companion.team_table_sort_ms': round(quantile(sorts, 0.5)),
      'companion.team_table_sort_p95_ms': round(quantile(sorts, 0.95)),
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('team-table.ts')) console.log(await teamTableBench());
