// @vitest-environment node
/**
 * The warehouse path is real: the headless sync's Parquet dataset, loaded by
 * DuckDB (@duckdb/node-api) with the query docs/headless.md shows, gives each
 * group's monthly actives exactly as the mock's `/summaries` does.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { pseudonymiser } from '@/lib/crypto/pseudonym';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';
import { newStoredSigner, signerOf } from '@/lib/snapshot/signing';
import { defaultSettings } from '@/lib/store/settings';
import { createSimulatedClock } from '@/lib/sync/clock';
import { tempDir } from '../../tests/headless/helpers';
import { createFileStore } from './file-store';
import { writeOutputs } from './outputs';
import { syncHeadless } from './run-sync';
import type { HeadlessSettings } from './settings-file';

const latest = '2026-11-24';
const api = createMockApi({
  org: { members: 150, groups: 6, seed: 5, latestAvailableDay: latest },
  rateLimitPerMinute: 100_000,
});
const secret = new Uint8Array(32).fill(0x0b);
let dir: string;
let store: ReturnType<typeof createFileStore>;

function settingsWith(privacy: { k: number; teamGrainOnly: boolean }): HeadlessSettings {
  const s = defaultSettings;
  return {
    settings: { ...s, metrics: { ...s.metrics, privacy: { ...s.metrics.privacy, ...privacy } } },
    orgChart: null,
    historyDepthDays: 14,
  };
}

async function outputs(out: string, privacy: { k: number; teamGrainOnly: boolean }) {
  const signer = await signerOf(await newStoredSigner());
  return writeOutputs({
    store,
    outDir: join(dir, out),
    settings: settingsWith(privacy),
    secrets: { pseudonymSecret: secret, signer },
    now: Date.parse(`${latest}T20:00:00Z`),
  });
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

beforeAll(async () => {
  dir = await tempDir('uptake-parquet-');
  store = createFileStore(join(dir, 'history'));
  const clock = createSimulatedClock(Date.parse(`2026-11-25T14:00:00Z`));
  await syncHeadless({
    store,
    dir,
    key: DEMO_KEY,
    maxRate: 6000,
    historyDepthDays: 14,
    clock,
    fetch: mockFetch(api),
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the Parquet dataset', () => {
  it("gives each published group's monthly actives as the mock's /summaries does (DuckDB)", async () => {
    await outputs('out', { k: 5, teamGrainOnly: false });
    const parquet = join(dir, 'out', 'parquet');
    // The query of docs/headless.md ("monthly actives per group, latest day").
    const rows = await query(`
      SELECT scope, scope_name, monthly_active
      FROM read_parquet('${parquet}/daily_summaries/*/*.parquet', hive_partitioning = true)
      WHERE day = DATE '${latest}' AND scope <> 'org'
      ORDER BY scope`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
    for (const row of rows) {
      const page = await client.listSummaries({
        starting_date: latest,
        ending_date: '2026-11-25',
        filter: [{ dim: 'rbac_group_id', value: String(row.scope) }],
      });
      expect({ scope: row.scope, monthly: row.monthly_active }).toEqual({
        scope: row.scope,
        monthly: page.data[0]!.monthly_active_user_count,
      });
    }
    const [org] = await query(`
      SELECT monthly_active FROM read_parquet('${parquet}/daily_summaries/*/*.parquet', hive_partitioning = true)
      WHERE day = DATE '${latest}' AND scope = 'org'`);
    const orgPage = await client.listSummaries({
      starting_date: latest,
      ending_date: '2026-11-25',
    });
    expect(org!.monthly_active).toBe(orgPage.data[0]!.monthly_active_user_count);
  });

  it('names members only by their HMAC pseudonym, one row per member and day', async () => {
    const parquet = join(dir, 'out', 'parquet');
    const [counts] = await query(`
      SELECT count(*) AS rows, count(DISTINCT day) AS days, min(member) AS first
      FROM read_parquet('${parquet}/member_days/*/*.parquet', hive_partitioning = true)`);
    expect(counts!.days).toBe('14');
    const members = await store.readMembers();
    const pseudonym = await pseudonymiser(secret);
    const expected = (await Promise.all(members.map((m) => pseudonym(m.email || m.id)))).sort();
    const [{ member }] = (await query(`
      SELECT member FROM read_parquet('${parquet}/member_days/*/*.parquet', hive_partitioning = true)
      ORDER BY member LIMIT 1`)) as [{ member: string }];
    expect(member).toBe(expected[0]);
    expect(member).toMatch(/^member-[0-9a-f]{12}$/);
  });

  it('in team-grain mode writes no member file, and leaves out groups under the floor', async () => {
    await outputs('team-grain', { k: 40, teamGrainOnly: true });
    const parquet = join(dir, 'team-grain', 'parquet');
    expect((await readdir(parquet)).sort()).toEqual(['daily_summaries', 'group_activity', 'spend']);
    const rows = await query(`
      SELECT DISTINCT scope FROM read_parquet('${parquet}/daily_summaries/*/*.parquet', hive_partitioning = true)`);
    const published = rows.map((r) => r.scope);
    const groups = await store.readGroups();
    // k = 40 in a 150-member org of 6 groups hides some of them.
    expect(published).toContain('org');
    expect(published.length).toBeLessThan(groups.length + 1);
  });
});
