/**
 * The headless sync's settings file (JSON), checked by the same schema as the
 * managed policy an IT admin sets for the extension (lib/store/managed.ts:
 * orgName, targets, privacy.k, privacy.teamGrainOnly,
 * privacy.pseudonymisedExports, teamSource, retentionDays), plus what only a
 * server needs: `optOuts` (champion opt-outs by email or member id),
 * `orgChart` (a CSV path, read like the options page's import) and
 * `historyDepthDays`. Stricter than the browser's policy: a value that does
 * not parse, or a key nobody reads, stops the run with a sentence, because a
 * typo in a privacy setting must not publish with the default.
 *
 * Example: `{ "privacy": { "k": 10, "teamGrainOnly": true }, "optOuts": { "emails": ["a@x.com"] } }`
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { OrgChart } from '@/lib/org-chart/chart';
import { chartFromPreview } from '@/lib/org-chart/chart';
import { previewOrgChart } from '@/lib/org-chart/parse';
import { applyPolicy, parsePolicy } from '@/lib/store/managed';
import { defaultSettings, type Settings } from '@/lib/store/settings';
import { HeadlessError } from './errors';

const policyKeys = ['orgName', 'targets', 'privacy', 'teamSource', 'retentionDays', 'features'];

const extraSchema = z.strictObject({
  optOuts: z
    .strictObject({
      emails: z.array(z.string().trim().toLowerCase().min(3)).max(50_000).default([]),
      memberIds: z.array(z.string().trim().min(1).max(200)).max(5000).default([]),
    })
    .optional(),
  orgChart: z.string().min(1).optional(),
  historyDepthDays: z.union([z.number().int().min(1).max(3660), z.literal('all')]).optional(),
});

export interface HeadlessSettings {
  settings: Settings;
  orgChart: OrgChart | null;
  historyDepthDays: number | 'all';
}

/** Reads and checks the settings file; no file (undefined) gives the extension's defaults. */
export async function readSettingsFile(
  path: string | undefined,
  now: number,
): Promise<HeadlessSettings> {
  if (path === undefined)
    return {
      settings: defaultSettings,
      orgChart: null,
      historyDepthDays: defaultSettings.sync.historyDepthDays,
    };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const why =
      error instanceof SyntaxError ? `it is not JSON (${error.message})` : 'it cannot be read';
    throw new HeadlessError('settings', `The settings file ${path} was not used: ${why}.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new HeadlessError('settings', `The settings file ${path} must hold one JSON object.`);
  const input = raw as Record<string, unknown>;
  const { policy, problems } = parsePolicy(
    Object.fromEntries(policyKeys.map((k) => [k, input[k]])),
  );
  const extra = extraSchema.safeParse(
    Object.fromEntries(Object.entries(input).filter(([k]) => !policyKeys.includes(k))),
  );
  if (!extra.success) {
    const issue = extra.error.issues[0]!;
    const where = issue.path.join('.') || 'file';
    problems.push(
      issue.code === 'unrecognized_keys'
        ? `Unknown setting ${issue.keys.join(', ')} (known: ${[...policyKeys, 'optOuts', 'orgChart', 'historyDepthDays'].join(', ')}).`
        : `Setting ${where} ignored: ${issue.message}.`,
    );
  }
  if (problems.length)
    throw new HeadlessError(
      'settings',
      `The settings file ${path} was not used. ${problems.join(' ')}`,
    );
  const { optOuts, orgChart: chartPath, historyDepthDays } = extra.data!;
  const applied = applyPolicy(defaultSettings, policy);
  const champions = {
    ...applied.metrics.champions,
    optOutEmails: optOuts?.emails ?? [],
    optOutMemberIds: optOuts?.memberIds ?? [],
  };
  const settings: Settings = { ...applied, metrics: { ...applied.metrics, champions } };
  const orgChart = chartPath ? await readOrgChartCsv(resolve(dirname(path), chartPath), now) : null;
  return {
    settings,
    orgChart,
    historyDepthDays: historyDepthDays ?? settings.sync.historyDepthDays,
  };
}

async function readOrgChartCsv(path: string, now: number): Promise<OrgChart> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new HeadlessError(
      'settings',
      `The org chart ${path} named in the settings file cannot be read.`,
    );
  }
  const preview = previewOrgChart(text);
  if (!preview.ok)
    throw new HeadlessError('settings', `The org chart ${path} was not used: ${preview.reason}`);
  return chartFromPreview(preview, path, now);
}
