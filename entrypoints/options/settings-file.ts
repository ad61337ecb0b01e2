/**
 * Export and import of Uptake's settings as a JSON file:
 *
 *   { format: 'uptake-settings', version: 1, exportedAt, settings: {…} }
 *
 * `settings` holds what an admin configures (organisation name, features,
 * targets and the other insight settings, sync, privacy of exports, team
 * source) — never the API key, the history or per-browser state (demo mode,
 * the popup's scope). Import is strict: the file is refused, with a reason,
 * unless every section it carries is valid; nothing is written until the
 * admin confirms.
 */
import { z } from 'zod';
import { metricsSettingsSchema } from '@/lib/metrics/config';
import { overlayFeatureIds, type Settings } from '@/lib/store/settings';

export const settingsFileFormat = 'uptake-settings';
export const settingsFileMaxBytes = 1024 * 1024;

const exportedSettings = z.strictObject({
  orgName: z.string().trim().max(120).nullable().optional(),
  features: z
    .strictObject(
      Object.fromEntries(overlayFeatureIds.map((id) => [id, z.boolean().optional()])) as Record<
        (typeof overlayFeatureIds)[number],
        z.ZodOptional<z.ZodBoolean>
      >,
    )
    .optional(),
  metrics: metricsSettingsSchema.optional(),
  sync: z
    .strictObject({
      historyDepthDays: z.union([z.literal('all'), z.number().int().min(7).max(366)]),
      rateLimitPerMinute: z.number().int().min(1).max(6000),
      scheduleHours: z.number().int().min(1).max(168),
      retentionDays: z.number().int().min(30).max(3660).nullable().optional(),
    })
    .optional(),
  pseudonymisedExports: z.boolean().optional(),
  teamSource: z.enum(['api-groups', 'org-chart']).optional(),
});
export type ExportedSettings = z.infer<typeof exportedSettings>;

const fileSchema = z.strictObject({
  format: z.literal(settingsFileFormat),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  settings: exportedSettings,
});

/** The file text for `settings`, exported at `now` (ms). */
export function settingsFileText(settings: Settings, now: number): string {
  const { orgName, features, metrics, sync, pseudonymisedExports, teamSource } = settings;
  return `${JSON.stringify(
    {
      format: settingsFileFormat,
      version: 1,
      exportedAt: new Date(now).toISOString(),
      settings: { orgName, features, metrics, sync, pseudonymisedExports, teamSource },
    },
    null,
    2,
  )}\n`;
}

export type SettingsFileResult =
  { ok: true; settings: ExportedSettings; sections: string[] } | { ok: false; reason: string };

const sectionNames: Record<keyof ExportedSettings, string> = {
  orgName: 'organisation name',
  features: 'features',
  metrics: 'targets, champions, privacy and seats',
  sync: 'sync',
  pseudonymisedExports: 'pseudonymised exports',
  teamSource: 'team source',
};

/** Reads a settings file's text: the settings it carries and the sections named, or why it is refused. */
export function parseSettingsFile(text: string): SettingsFileResult {
  if (new TextEncoder().encode(text).length > settingsFileMaxBytes)
    return {
      ok: false,
      reason: 'The file is larger than 1 MB; it is not an Uptake settings file.',
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON, so it is not an Uptake settings file.' };
  }
  if ((raw as { format?: unknown } | null)?.format !== settingsFileFormat)
    return { ok: false, reason: 'This is not an Uptake settings file (its format is not named).' };
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    return {
      ok: false,
      reason: `The settings file is invalid at ${where || 'its top'}: ${issue.message}. Nothing was imported.`,
    };
  }
  const settings = parsed.data.settings;
  const sections = (Object.keys(settings) as (keyof ExportedSettings)[])
    .filter((k) => settings[k] !== undefined)
    .map((k) => sectionNames[k]);
  return { ok: true, settings, sections };
}

/** The settings patch an import applies (each section it carries replaces the current one). */
export function importPatch(imported: ExportedSettings): Partial<Settings> {
  const patch: Partial<Settings> = {};
  if (imported.orgName !== undefined) patch.orgName = imported.orgName;
  if (imported.features !== undefined) patch.features = imported.features;
  if (imported.metrics !== undefined) patch.metrics = imported.metrics;
  if (imported.sync !== undefined)
    patch.sync = { ...imported.sync, retentionDays: imported.sync.retentionDays ?? null };
  if (imported.pseudonymisedExports !== undefined)
    patch.pseudonymisedExports = imported.pseudonymisedExports;
  if (imported.teamSource !== undefined) patch.teamSource = imported.teamSource;
  return patch;
}
