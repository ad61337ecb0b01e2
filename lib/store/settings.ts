/**
 * Non-secret settings, in the extension's own IndexedDB (state.ts: the
 * background and the extension pages reach it, the claude.ai content script
 * does not; until issue 11 they were in `storage.local`, which it can read and
 * write). The API key is never stored here — see lib/store/secrets.
 *
 * Every write goes through `writeSettings` and is validated with zod; the
 * suggestion lists an overlay can grow (`dismissed`, `snoozed`) are capped
 * (lib/metrics/config.ts). Only the background writes: extension pages send
 * `to-background:write-settings`, whose patch the background checks against
 * `settingsPatchSchema` (settings-patch.ts); eslint keeps `writeSettings` out
 * of the pages.
 *
 * Read leniently: a stored value that no longer parses falls back field by
 * field (and, for the insight settings, section by section) to the defaults
 * instead of losing the whole object.
 */
import { z } from 'zod';
import { metricsSettingsSchema, parseMetricsSettings, type MetricsSettings } from '@/lib/metrics';
import { parseSharedUrl } from '@/lib/shared-source/url';
import { onStateChanged, readState, writeState } from '@/lib/store/state';

/** The overlay's features, each switchable in options. */
export const overlayFeatureIds = [
  'target-strip',
  'champion-badge',
  'suggestion-card',
  'freshness-badge',
  'metric-tooltip',
  'insights-panel',
] as const;
export type OverlayFeatureId = (typeof overlayFeatureIds)[number];

/**
 * Each field's rule, strict: what a write must satisfy (`settingsPatchSchema`).
 * Stored settings are read with the same rules but leniently (`settingsSchema`:
 * a value that fails falls back to its default).
 */
const field = {
  orgName: z.string().trim().max(120).nullable(),
  feature: z.boolean(),
  historyDepthDays: z.union([z.literal('all'), z.number().int().min(7).max(366)]),
  rateLimitPerMinute: z.number().int().min(1).max(6000),
  scheduleHours: z.number().int().min(1).max(168),
  retentionDays: z.number().int().min(30).max(3660).nullable(),
  popupScope: z.string().max(200),
  pseudonymisedExports: z.boolean(),
  teamSource: z.enum(['api-groups', 'org-chart']),
  /** The shared history's https URL (lib/shared-source/url.ts checks it on every write). */
  sharedHistoryUrl: z
    .string()
    .max(2000)
    .refine((url) => parseSharedUrl(url).ok, {
      message: 'The shared history must be an https:// address without credentials.',
    })
    .nullable(),
};

const featureSwitches = z
  .object(
    Object.fromEntries(overlayFeatureIds.map((id) => [id, field.feature.catch(true)])) as Record<
      OverlayFeatureId,
      z.ZodCatch<z.ZodBoolean>
    >,
  )
  .partial()
  .catch({});

export const settingsSchema = z.object({
  /** How the organisation is named on Uptake's surfaces (the API does not tell). */
  orgName: field.orgName.catch(null),
  /** Demo mode: the built-in demo organisation instead of a real key. */
  demo: z.boolean().catch(false),
  /** Overlay feature switches; a missing switch is on. */
  features: featureSwitches,
  /** Targets, champion rules, privacy, suggestions, seats (lib/metrics owns the definitions). */
  metrics: z.unknown().transform((value): MetricsSettings => parseMetricsSettings(value)),
  /** Sync: how far back per-member history goes, the org's rate limit, and the schedule. */
  sync: z
    .object({
      historyDepthDays: field.historyDepthDays.catch('all'),
      /** 60 by default; raised limits can be agreed with Anthropic. */
      rateLimitPerMinute: field.rateLimitPerMinute.catch(60),
      scheduleHours: field.scheduleHours.catch(6),
      /**
       * Days of per-person history kept (member days, window rollups, group
       * membership, member records), counted back from today and enforced after
       * each sync (lib/store/retention.ts); null keeps everything. Lockable by policy.
       */
      retentionDays: field.retentionDays.catch(null),
    })
    .catch({
      historyDepthDays: 'all',
      rateLimitPerMinute: 60,
      scheduleHours: 6,
      retentionDays: null,
    }),
  /** The scope the popup shows, remembered: 'org' or a group id. */
  popupScope: field.popupScope.catch('org'),
  /** Exports replace names and emails with stable pseudonyms (issue 6: privacy). */
  pseudonymisedExports: field.pseudonymisedExports.catch(true),
  /** Where teams come from: the API's RBAC groups, or the imported org chart (issue 6). */
  teamSource: field.teamSource.catch('api-groups'),
  /**
   * Issue 14 item 3: the https URL of the history file a headless sync
   * publishes; when set, the extension reads that file instead of syncing
   * with a key (lib/shared-source). Null: the extension syncs on its own.
   * Lockable by policy.
   */
  sharedHistoryUrl: field.sharedHistoryUrl.catch(null),
  /**
   * A lead's team snapshot on the organisation's host (`…/snapshots/<team>.json`,
   * listed in `snapshots/index.json`): refreshed on the schedule, verified like
   * an imported snapshot; when set, no API sync either.
   */
  sharedSnapshotUrl: field.sharedHistoryUrl.catch(null),
});
/**
 * What one write may change, strictly: each field by the rule above (no
 * fallback to a default), `metrics` by lib/metrics' schema, unknown fields
 * refused. `demo` is not here: it is switched by `to-background:set-demo`,
 * which also moves the history. The background parses every page's patch
 * with it (settings-patch.ts).
 */
export const settingsPatchSchema = z
  .strictObject({
    orgName: field.orgName,
    features: z
      .strictObject(
        Object.fromEntries(overlayFeatureIds.map((id) => [id, field.feature])) as Record<
          OverlayFeatureId,
          z.ZodBoolean
        >,
      )
      .partial(),
    metrics: metricsSettingsSchema,
    sync: z.strictObject({
      historyDepthDays: field.historyDepthDays,
      rateLimitPerMinute: field.rateLimitPerMinute,
      scheduleHours: field.scheduleHours,
      retentionDays: field.retentionDays,
    }),
    popupScope: field.popupScope,
    pseudonymisedExports: field.pseudonymisedExports,
    teamSource: field.teamSource,
    sharedHistoryUrl: field.sharedHistoryUrl,
    sharedSnapshotUrl: field.sharedHistoryUrl,
  })
  .partial();
export type SettingsPatch = z.output<typeof settingsPatchSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({
  orgName: null,
  demo: false,
  features: {},
  metrics: {},
  sync: {},
  popupScope: 'org',
});

/** Settings as stored (any shape) → Settings, field by field falling back to defaults. */
export function parseStoredSettings(stored: unknown): Settings {
  const merged = { ...defaultSettings, ...(typeof stored === 'object' && stored ? stored : {}) };
  return settingsSchema.parse(merged);
}

/** The settings; waits for the move out of storage.local (state.ts `readState`). */
export async function readSettings(): Promise<Settings> {
  return parseStoredSettings((await readState(['settings'])).settings);
}

/** Calls `listener` when the settings change in any extension context; returns the unsubscribe. */
export function onSettingsChanged(listener: () => void): () => void {
  return onStateChanged((keys) => {
    if (keys.includes('settings')) listener();
  });
}

/**
 * Writes a patch over the stored settings. `metrics` is validated strictly
 * here (a bad target is an error for the form, not silently dropped).
 */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  if (patch.metrics) metricsSettingsSchema.parse(patch.metrics);
  const next = settingsSchema.parse({ ...(await readSettings()), ...patch });
  await writeState({ settings: next });
  return next;
}

/** Is an overlay feature switched on? */
export function isFeatureOn(settings: Settings, id: OverlayFeatureId): boolean {
  return settings.features[id] !== false;
}
