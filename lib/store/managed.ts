/**
 * Enterprise policy: values an IT admin pre-sets through browser policy
 * (`storage.managed`, schema in public/managed_schema.json, documented in
 * docs/enterprise.md). A managed value wins over the admin's own setting
 * and shows as locked in options.
 *
 * Managed fields: orgName, targets, privacy (k, teamGrainOnly,
 * pseudonymisedExports), teamSource, features (one switch per overlay
 * feature), retentionDays (days of per-person history kept), sharedHistoryUrl
 * and sharedHistoryFingerprint (issue 14 item 3: where the shared history is
 * read, and the only key it may be signed with). Read leniently: a value that does not parse is ignored (and
 * reported in `problems`), the others still apply. No policy, or a browser
 * without managed storage, means nothing is locked.
 */
import { z } from 'zod';
import { targetSchema, type Target } from '@/lib/metrics/config';
import { parseSharedUrl } from '@/lib/shared-source/url';
import {
  overlayFeatureIds,
  readSettings,
  writeSettings,
  type OverlayFeatureId,
  type Settings,
} from '@/lib/store/settings';

export interface ManagedPolicy {
  orgName?: string;
  targets?: Target[];
  privacy?: { k?: number; teamGrainOnly?: boolean; pseudonymisedExports?: boolean };
  teamSource?: Settings['teamSource'];
  features?: Partial<Record<OverlayFeatureId, boolean>>;
  retentionDays?: number;
  /** Issue 14 item 3: the shared history's https URL (locks options' field). */
  sharedHistoryUrl?: string;
  /** The organisation's signing key fingerprint: only shared histories it signed are shown. */
  sharedHistoryFingerprint?: string;
}

/** A settings path a policy locks, e.g. `metrics.targets`, `features.target-strip`. */
export type LockedPath =
  | 'orgName'
  | 'metrics.targets'
  | 'metrics.privacy.k'
  | 'metrics.privacy.teamGrainOnly'
  | 'pseudonymisedExports'
  | 'teamSource'
  | 'sync.retentionDays'
  | 'sharedHistoryUrl'
  | `features.${OverlayFeatureId}`;

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** Policy values ignored because they did not parse, in words. */
  problems: string[];
}

const fieldSchemas = {
  orgName: z.string().trim().min(1).max(120),
  targets: z.array(targetSchema).max(100),
  k: z.number().int().min(2).max(100),
  flag: z.boolean(),
  teamSource: z.enum(['api-groups', 'org-chart']),
  retentionDays: z.number().int().min(30).max(3660),
  sharedHistoryUrl: z.string().superRefine((url, ctx) => {
    const parsed = parseSharedUrl(url);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  }),
  fingerprint: z
    .string()
    .trim()
    .transform((s) => s.replace(/\s+/g, '').toLowerCase())
    .pipe(z.string().regex(/^[0-9a-f]{64}$/, 'a key fingerprint is 64 hex digits')),
};

/** The policy in `raw` (what storage.managed holds), keeping each valid value. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const take = <T>(name: string, value: unknown, schema: z.ZodType<T>): T | undefined => {
    if (value === undefined) return undefined;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    problems.push(`Policy value ${name} ignored: ${r.error.issues[0]?.message ?? 'invalid'}.`);
    return undefined;
  };
  const policy: ManagedPolicy = {};
  const orgName = take('orgName', input.orgName, fieldSchemas.orgName);
  if (orgName !== undefined) policy.orgName = orgName;
  const targets = take('targets', input.targets, fieldSchemas.targets);
  if (targets !== undefined) policy.targets = targets;
  const privacyIn = (input.privacy ?? {}) as Record<string, unknown>;
  const privacy: NonNullable<ManagedPolicy['privacy']> = {};
  const k = take('privacy.k', privacyIn.k, fieldSchemas.k);
  if (k !== undefined) privacy.k = k;
  for (const name of ['teamGrainOnly', 'pseudonymisedExports'] as const) {
    const v = take(`privacy.${name}`, privacyIn[name], fieldSchemas.flag);
    if (v !== undefined) privacy[name] = v;
  }
  if (Object.keys(privacy).length) policy.privacy = privacy;
  const teamSource = take('teamSource', input.teamSource, fieldSchemas.teamSource);
  if (teamSource !== undefined) policy.teamSource = teamSource;
  const featuresIn = (input.features ?? {}) as Record<string, unknown>;
  const features: Partial<Record<OverlayFeatureId, boolean>> = {};
  for (const id of overlayFeatureIds) {
    const v = take(`features.${id}`, featuresIn[id], fieldSchemas.flag);
    if (v !== undefined) features[id] = v;
  }
  if (Object.keys(features).length) policy.features = features;
  const retentionDays = take('retentionDays', input.retentionDays, fieldSchemas.retentionDays);
  if (retentionDays !== undefined) policy.retentionDays = retentionDays;
  const sharedUrl = take('sharedHistoryUrl', input.sharedHistoryUrl, fieldSchemas.sharedHistoryUrl);
  if (sharedUrl !== undefined) policy.sharedHistoryUrl = sharedUrl;
  const sharedKey = take(
    'sharedHistoryFingerprint',
    input.sharedHistoryFingerprint,
    fieldSchemas.fingerprint,
  );
  if (sharedKey !== undefined) policy.sharedHistoryFingerprint = sharedKey;
  return { policy, problems };
}

/** The settings paths `policy` locks. */
export function lockedPaths(policy: ManagedPolicy): Set<LockedPath> {
  const out = new Set<LockedPath>();
  if (policy.orgName !== undefined) out.add('orgName');
  if (policy.targets !== undefined) out.add('metrics.targets');
  if (policy.privacy?.k !== undefined) out.add('metrics.privacy.k');
  if (policy.privacy?.teamGrainOnly !== undefined) out.add('metrics.privacy.teamGrainOnly');
  if (policy.privacy?.pseudonymisedExports !== undefined) out.add('pseudonymisedExports');
  if (policy.teamSource !== undefined) out.add('teamSource');
  if (policy.retentionDays !== undefined) out.add('sync.retentionDays');
  if (policy.sharedHistoryUrl !== undefined) out.add('sharedHistoryUrl');
  for (const id of Object.keys(policy.features ?? {}) as OverlayFeatureId[])
    out.add(`features.${id}`);
  return out;
}

/**
 * `settings` with every managed value put over it (pure). Example: policy
 * `{ privacy: { k: 10 } }` over settings with k 5 → k 10, the rest unchanged.
 */
export function applyPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  const privacy = { ...settings.metrics.privacy };
  if (policy.privacy?.k !== undefined) privacy.k = policy.privacy.k;
  if (policy.privacy?.teamGrainOnly !== undefined)
    privacy.teamGrainOnly = policy.privacy.teamGrainOnly;
  return {
    ...settings,
    orgName: policy.orgName ?? settings.orgName,
    pseudonymisedExports: policy.privacy?.pseudonymisedExports ?? settings.pseudonymisedExports,
    teamSource: policy.teamSource ?? settings.teamSource,
    sharedHistoryUrl: policy.sharedHistoryUrl ?? settings.sharedHistoryUrl,
    features: { ...settings.features, ...policy.features },
    sync: { ...settings.sync, retentionDays: policy.retentionDays ?? settings.sync.retentionDays },
    metrics: {
      ...settings.metrics,
      targets: policy.targets ?? settings.metrics.targets,
      privacy,
    },
  };
}

/** What `storage.managed` holds now; an empty policy where the browser has none. */
export async function readPolicy(): Promise<ParsedPolicy> {
  try {
    const area = browser.storage?.managed;
    if (!area) return { policy: {}, problems: [] };
    return parsePolicy(await area.get(null));
  } catch {
    // Firefox throws when no managed storage manifest is installed: no policy.
    return { policy: {}, problems: [] };
  }
}

export interface EffectiveSettings {
  settings: Settings;
  locked: Set<LockedPath>;
  problems: string[];
}

/** The settings in force: the stored ones with the policy over them, and what is locked. */
export async function readEffectiveSettings(): Promise<EffectiveSettings> {
  const [settings, { policy, problems }] = await Promise.all([readSettings(), readPolicy()]);
  return { settings: applyPolicy(settings, policy), locked: lockedPaths(policy), problems };
}

/**
 * Writes `patch` over the stored settings with the policy re-applied, so a
 * form can never overwrite a managed value. Returns the settings in force.
 */
export async function writeSettingsUnderPolicy(patch: Partial<Settings>): Promise<Settings> {
  const [settings, { policy }] = await Promise.all([readSettings(), readPolicy()]);
  return writeSettings(applyPolicy({ ...settings, ...patch }, policy));
}

/**
 * Makes the stored settings carry the managed values (the background calls
 * this at start and when the policy changes, so every reader of settings
 * sees them). Writes only when something differs; returns whether it wrote.
 */
export async function enforcePolicy(): Promise<boolean> {
  const [settings, { policy }] = await Promise.all([readSettings(), readPolicy()]);
  const next = applyPolicy(settings, policy);
  if (JSON.stringify(next) === JSON.stringify(settings)) return false;
  await writeSettings(next);
  return true;
}
