/**
 * The first step of a live sync (controller.ts) when a newly saved key's
 * organisation is not known yet: identify it (identify.ts) against the other
 * organisations' kept histories, before anything is written, so its days
 * never land in another organisation's history.
 */
import { isApiError, type AnalyticsClient } from '@/lib/api';
import { readRegistry } from '@/lib/store/active-history';
import { appendSyncLog, setMeta } from '@/lib/store/history';
import { countKnownMembers, isHistoryEmpty } from '@/lib/store/histories';
import { applyIdentification } from '@/lib/store/source-switch';
import { activeSource, describeSource } from '@/lib/store/sources';
import type { Clock } from './clock';
import { utcDay } from './days';
import { identifyOrganisation, type KeptOrg } from './identify';
import type { RateLimiter } from './rate-limiter';
import { sendWithRetries } from './retry';

/**
 * Before a live sync: when the saved key's organisation is not known yet,
 * identify it (identify.ts) against the other organisations' kept histories
 * and make its history the active one. False when the sync must not go on:
 * the admin has to answer (options asks), or the API could not be asked (the
 * log says why; the key stays pending and the next sync asks again).
 */
export async function placeKey(
  client: AnalyticsClient,
  { limiter, clock, signal }: { limiter: RateLimiter; clock: Clock; signal?: AbortSignal },
): Promise<boolean> {
  const registry = await readRegistry();
  if (!registry?.pendingKey) return true;
  if (registry.question) return false;
  const pending = activeSource(registry);
  const kept: KeptOrg[] = [];
  for (const s of registry.sources) {
    if (s.kind !== 'org' || s.id === pending.id) continue;
    if (await isHistoryEmpty(s.db).catch(() => true)) continue;
    kept.push({ id: s.id, name: s.name, orgId: s.orgId, db: s.db });
  }
  try {
    const verdict = await identifyOrganisation(
      {
        client,
        send: (request) => sendWithRetries(request, { limiter, clock, signal }),
        today: utcDay(clock.now()),
        countKnown: countKnownMembers,
      },
      kept,
    );
    const next = await applyIdentification(verdict, clock.now());
    await setMeta('rateLimiter', limiter.state());
    if (verdict.kind === 'ask')
      await appendSyncLog({
        at: clock.now(),
        outcome: 'error',
        kind: 'identify',
        message: `Uptake cannot tell whether this key belongs to ${verdict.candidates.map((c) => describeSource({ kind: 'org', name: c.name })).join(' or ')}: answer in Options → API key.`,
        requests: 0,
      });
    return !next.pendingKey;
  } catch (error) {
    await appendSyncLog({
      at: clock.now(),
      outcome: 'error',
      kind: isApiError(error) ? error.kind : 'unknown',
      message: error instanceof Error ? error.message : String(error),
      requests: 0,
    }).catch(() => undefined);
    return false;
  }
}
