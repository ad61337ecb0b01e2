/**
 * The headless sync's outputs, after each successful sync, all through the
 * publication gate of one insight build (lib/metrics/publication-gate.ts) and
 * all written atomically under the outputs directory:
 *
 *   history/uptake-history.ndjson.gz (+ .sig.json)  for admins' extensions and the data team
 *   snapshots/<team>.json                           one signed team snapshot per team the gate publishes
 *   snapshots/index.json                            which file is which team (names the gate publishes)
 *   parquet/<table>/day=YYYY-MM-DD/part-0.parquet   the warehouse dataset (docs/headless.md)
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pseudonymiser } from '@/lib/crypto/pseudonym';
import { loadMetricsHistory } from '@/lib/insights/load-history';
import { buildAllScopes } from '@/lib/metrics';
import { mayPublishScope } from '@/lib/metrics/publication-gate';
import { buildSnapshot } from '@/lib/snapshot/build';
import { orgMonthlyTarget, teamPicture } from '@/lib/snapshot/picture';
import type { HistoryStorage } from '@/lib/store/history-store';
import { listFiles, writeFileAtomic, writeJsonAtomic } from './atomic-file';
import { diskMessage, HeadlessError, isFsError } from './errors';
import { historyFileOf } from './history-file';
import { signHistoryFile } from './history-signature';
import type { OrgSecrets } from './org-secrets-file';
import { parquetTables } from './parquet-tables';
import { writeDataset } from './parquet-write';
import type { HeadlessSettings } from './settings-file';

export const historyFileName = 'uptake-history.ndjson.gz';
/** `snapshots/index.json`: every team snapshot written, by team name (a lead's link is `<file>`). */
export const snapshotIndexName = 'index.json';

export interface OutputOptions {
  store: HistoryStorage;
  outDir: string;
  settings: HeadlessSettings;
  secrets: OrgSecrets;
  now: number;
  /** The API's organisation id (organisation.ts), named in the history file's header; null when unknown. */
  orgId?: string | null;
}

/** Writes every output; returns one line per output written (for the log). */
export async function writeOutputs(options: OutputOptions): Promise<string[]> {
  try {
    return await write(options);
  } catch (error) {
    if (error instanceof HeadlessError) throw error;
    if (isFsError(error)) throw new HeadlessError('disk', diskMessage(error, options.outDir));
    throw new HeadlessError(
      'output',
      `The sync finished but its outputs could not be made: ${error instanceof Error ? error.message : String(error)} The previous outputs are kept.`,
    );
  }
}

async function write({
  store,
  outDir,
  settings,
  secrets,
  now,
  orgId = null,
}: OutputOptions): Promise<string[]> {
  const { settings: s, orgChart } = settings;
  const { history, latestDay } = await loadMetricsHistory({
    store,
    settings: async () => s,
    orgChart: async () => orgChart,
  });
  if (!latestDay) return [];
  const all = buildAllScopes(history, s.metrics, { today: now, timeZone: 'UTC' });
  const gate = all.gate;
  const lines: string[] = [];

  const { bytes, header } = await historyFileOf(store, {
    now,
    source: { kind: 'org', name: s.orgName, orgId },
  });
  const historyPath = join(outDir, 'history', historyFileName);
  const signature = await signHistoryFile(
    bytes,
    { file: historyFileName, checksum: header.checksum, now },
    secrets.signer,
  );
  await writeFileAtomic(historyPath, bytes);
  await writeJsonAtomic(`${historyPath}.sig.json`, signature);
  lines.push(`${historyPath} (${bytes.length} bytes, signed)`);

  const snapshotDir = join(outDir, 'snapshots');
  const made = new Set<string>();
  const teams: { id: string; name: string; file: string }[] = [];
  for (const model of all.groups) {
    if (!mayPublishScope(gate, model.scope.id)) continue;
    const picture = teamPicture(model, orgMonthlyTarget(s.metrics.targets));
    const built = await buildSnapshot(model, picture, {
      orgName: s.orgName,
      k: s.metrics.privacy.k,
      now,
      signer: secrets.signer,
    });
    if (!built.ok) continue;
    const name = `${model.scope.id}.json`;
    await writeJsonAtomic(join(snapshotDir, name), built.file);
    made.add(name);
    teams.push({ id: model.scope.id, name: model.scope.name ?? model.scope.id, file: name });
  }
  // The index a lead's link is found in (issue 14 item 3): which file is which team.
  await writeJsonAtomic(join(snapshotDir, snapshotIndexName), {
    format: 'uptake-snapshot-index',
    version: 1,
    createdAt: new Date(now).toISOString(),
    teams: teams.sort((a, b) => a.name.localeCompare(b.name)),
  });
  made.add(snapshotIndexName);
  // A team the gate hides now (it shrank below the floor) loses its old snapshot.
  for (const old of await listFiles(snapshotDir))
    if (!made.has(old)) await rm(join(snapshotDir, old), { force: true });
  lines.push(`${made.size} team snapshot(s) in ${snapshotDir}`);

  const member = s.pseudonymisedExports ? await pseudonymiser(secrets.pseudonymSecret) : null;
  const tables = await parquetTables(store, gate, member);
  const files = await writeDataset(join(outDir, 'parquet'), tables);
  lines.push(
    `${files} Parquet file(s) in ${join(outDir, 'parquet')}` +
      (gate.peopleShown
        ? member
          ? ' (members pseudonymised)'
          : ' (member ids, not pseudonymised)'
        : ' (team grain: no member file)'),
  );
  return lines;
}
