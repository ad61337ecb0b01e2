/**
 * The background's side of `to-background:write-settings`: an extension page
 * asks for a change to the settings; the background checks it and writes it
 * (issue 11 item 7: "have the background validate every write").
 *
 * Definition: a patch is written only if it parses with `settingsPatchSchema`
 * (every field by its rule, no unknown field, no `demo`); the managed policy
 * is then put over the result, so a page can never change a locked value.
 * A patch that fails is refused whole, with a sentence naming the first bad
 * field, and nothing is written. Example: `{ metrics: { …, privacy: { k: 1 } } }`
 * → "Settings not saved: metrics.privacy.k must be at least 2 …".
 */
import type { z } from 'zod';
import { writeSettingsUnderPolicy } from '@/lib/store/managed';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '@/lib/store/settings';

/** A settings patch the background refused; the message is a sentence a form can show. */
export class SettingsPatchError extends Error {
  override name = 'SettingsPatchError';
}

function sentenceOf(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the patch';
  if (issue.code === 'unrecognized_keys')
    return `Settings not saved: ${where} has no setting ${issue.keys.map((k) => `“${k}”`).join(', ')}.`;
  if (issue.code === 'too_small')
    return `Settings not saved: ${where} must be at least ${String(issue.minimum)}.`;
  if (issue.code === 'too_big')
    return `Settings not saved: ${where} must be at most ${String(issue.maximum)}.`;
  return `Settings not saved: ${where} is not valid (${issue.message}).`;
}

/** The patch, checked; throws SettingsPatchError with a sentence when any field fails. */
export function parseSettingsPatch(patch: unknown): SettingsPatch {
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) throw new SettingsPatchError(sentenceOf(parsed.error.issues[0]!));
  return parsed.data;
}

/** Checks `patch`, writes it under the managed policy, returns the settings in force. */
export async function writeSettingsPatch(patch: unknown): Promise<Settings> {
  return writeSettingsUnderPolicy(parseSettingsPatch(patch));
}
