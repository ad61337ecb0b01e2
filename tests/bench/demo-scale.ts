/**
 * `npx tsx tests/bench/demo-scale.ts [members…]`: how fast the demo organisation and its mock
 * answer at scale (issue 12 item 1). For each size (default 2,000, 20,000 and 100,000 members in
 * 12, 25 and 50 groups; `100000:25` asks for 25 groups) in a fresh child process, prints:
 * - `create_ms`: `createMockApi` including building the organisation;
 * - `first_users_page_ms`: the first `/users?date=…&limit=1000` page (the day before the pinned
 *   latest day) after creation;
 * - `first_summaries_ms`: `/summaries` over the last 31 days after that;
 * - `heap_mb`: V8 heap used after the three, after a forced GC (run with --expose-gc).
 * Every figure is a single cold run (the first request is what the bench and `npm run demo`
 * wait for); the machine is shared, so expect ±20%.
 */
import { execFileSync } from 'node:child_process';
import { createMockApi, DEMO_KEY } from '../../lib/demo/mock-api';

const LATEST = '2026-11-30';
const GROUPS: Record<number, number> = { 2000: 12, 20000: 25, 100000: 50 };

async function one(members: number, asked?: number): Promise<Record<string, number>> {
  const groups = asked ?? GROUPS[members] ?? 12;
  const get = (url: string) =>
    api.handle({ method: 'GET', url, headers: { 'x-api-key': DEMO_KEY } });
  const t0 = performance.now();
  const api = createMockApi({ org: { members, groups, latestAvailableDay: LATEST } });
  const t1 = performance.now();
  const users = await get('/v1/organizations/analytics/users?date=2026-11-29&limit=1000');
  const t2 = performance.now();
  const sums = await get(
    '/v1/organizations/analytics/summaries?starting_date=2026-10-31&ending_date=2026-11-30',
  );
  const t3 = performance.now();
  if (users.status !== 200 || sums.status !== 200)
    throw new Error(`the mock answered ${users.status} / ${sums.status}`);
  (globalThis as { gc?: () => void }).gc?.();
  return {
    members,
    groups,
    create_ms: Math.round(t1 - t0),
    first_users_page_ms: Math.round(t2 - t1),
    first_summaries_ms: Math.round(t3 - t2),
    heap_mb: Math.round(process.memoryUsage().heapUsed / 1e6),
  };
}

const child = process.env.DEMO_SCALE_CHILD;
if (child) {
  const [n, g] = child.split(':').map(Number);
  console.log(JSON.stringify(await one(n!, g)));
} else {
  const sizes = process.argv.slice(2);
  for (const n of sizes.length > 0 ? process.argv.slice(2) : ['2000', '20000', '100000']) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', process.argv[1]!],
      { env: { ...process.env, DEMO_SCALE_CHILD: String(n) }, encoding: 'utf8' },
    );
    console.log(out.trim());
  }
}
