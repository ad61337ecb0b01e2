/**
 * The organisation a headless sync's directory belongs to, by the API's own
 * `organization_id` (lib/sync/identify.ts reportedOrgId: one request, through
 * the sync's rate limiter), kept in `<dir>/organisation.json` so it is asked
 * once per directory. The history file names it in `source.orgId`, as the
 * extension's own export names its history's organisation, so an extension
 * reading the shared file (lib/shared-source) finds the same organisation's
 * history again. Unknown (the API named none, or it could not be asked):
 * null, and the sync goes on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalyticsClient } from '@/lib/api';
import { reportedOrgId } from '@/lib/sync/identify';
import type { RateLimiter } from '@/lib/sync/rate-limiter';
import { writeJsonAtomic } from './atomic-file';

const fileName = 'organisation.json';

/** The organisation id kept in `dir`, or null. */
export async function keptOrgId(dir: string): Promise<string | null> {
  try {
    const kept = JSON.parse(await readFile(join(dir, fileName), 'utf8')) as { orgId?: unknown };
    return typeof kept.orgId === 'string' && kept.orgId ? kept.orgId : null;
  } catch {
    return null;
  }
}

/** The kept id, else asks the API once (and keeps a found id); null when unknown. */
export async function organisationIdOf(
  dir: string,
  deps: { client: AnalyticsClient; limiter: RateLimiter; today: string; signal?: AbortSignal },
): Promise<string | null> {
  const kept = await keptOrgId(dir);
  if (kept) return kept;
  const found = await reportedOrgId({
    client: deps.client,
    today: deps.today,
    send: async (request) => {
      await deps.limiter.acquire(deps.signal);
      return request();
    },
  }).catch(() => null);
  if (found) await writeJsonAtomic(join(dir, fileName), { orgId: found }).catch(() => undefined);
  return found;
}
