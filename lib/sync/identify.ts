/**
 * Which organisation does a newly saved key belong to? The API has no
 * documented organisation id, so, best evidence first:
 * 1. `organization_id`, where a response carries one (the legacy
 *    `/user_usage_report` may): equal ids are the same organisation, different
 *    ids are not;
 * 2. the overlap of member ids: the members `/users` lists for the last 30
 *    days against the members each kept history has seen. Member ids are the
 *    API's own (`user_…`); one person may belong to two organisations, so a
 *    few shared ids prove nothing, most of them do;
 * 3. else the admin is asked (options), with the numbers.
 *
 * Requests are made only when there is a kept history to compare with (at
 * most three: the report, `/users`, and `/users` again when the first asked
 * for days not published yet).
 */
import { isApiError, type AnalyticsClient } from '@/lib/api';
import type { Candidate, Identification } from '@/lib/store/sources';
import { addDays, apiFloorDay, maxDay } from './days';

/** Share of listed members a kept history must hold to be the same organisation. */
export const sameShare = 0.5;
/** Below this share (for every kept history), the key's organisation is a new one. */
export const otherShare = 0.05;

/** A kept history of another organisation, with what is known of it. */
export interface KeptOrg {
  id: string;
  name: string | null;
  orgId: string | null;
  db: string;
}

/** Evidence gathered about the key's organisation. */
export interface Evidence {
  /** `organization_id` from the API, or null when no response carried one. */
  orgId: string | null;
  /** Members listed by `/users` (null when the list could not be read). */
  listed: number | null;
  /** Per kept history (not excluded by its id): listed members it also holds. */
  shared: Record<string, number>;
}

/**
 * The verdict from the evidence (pure). `kept` are the other organisations'
 * histories; those whose `orgId` differs from a known `orgId` are excluded.
 *
 * @example decide([{ id: 'a', orgId: null, … }], { orgId: null, listed: 200, shared: { a: 190 } })
 *   // → { kind: 'same', sourceId: 'a', reason: '190 of 200 members in common', orgId: null }
 */
export function decide(kept: readonly KeptOrg[], evidence: Evidence): Identification {
  const { orgId } = evidence;
  if (orgId) {
    const match = kept.find((k) => k.orgId === orgId);
    if (match) return { kind: 'same', sourceId: match.id, orgId, reason: 'same organisation id' };
  }
  const open = kept.filter((k) => !orgId || k.orgId === null);
  if (open.length === 0) return { kind: 'new', orgId };
  const listed = evidence.listed ?? 0;
  const candidates: Candidate[] = open
    .map((k) => ({ id: k.id, name: k.name, shared: evidence.shared[k.id] ?? 0, listed }))
    .sort((a, b) => b.shared - a.shared);
  if (listed === 0) return { kind: 'ask', candidates };
  const best = candidates[0]!;
  if (best.shared / listed >= sameShare)
    return {
      kind: 'same',
      sourceId: best.id,
      orgId,
      reason: `${best.shared} of ${listed} members in common`,
    };
  const maybe = candidates.filter((c) => c.shared / listed >= otherShare);
  return maybe.length ? { kind: 'ask', candidates: maybe } : { kind: 'new', orgId };
}

export interface IdentifyDeps {
  client: AnalyticsClient;
  /** Sends one request through the rate limiter and retry policy (engine's `send`). */
  send<T>(request: () => Promise<T>): Promise<T>;
  /** Today, UTC, `YYYY-MM-DD`. */
  today: string;
  /** How many of `ids` the history in `db` holds (histories.ts countKnownMembers). */
  countKnown(db: string, ids: readonly string[]): Promise<number>;
}

/** Errors that end the identification (and the sync): the key or the connection failed. */
function fatal(error: unknown): boolean {
  return (
    !isApiError(error) ||
    error.kind === 'auth' ||
    error.kind === 'network' ||
    error.kind === 'rate-limit'
  );
}

/**
 * The API's `organization_id` for the key (the legacy report carries it), or
 * null when no answer names one. Also used by the headless sync to name its
 * history file's organisation (lib/headless/organisation.ts).
 */
export async function reportedOrgId(
  deps: Pick<IdentifyDeps, 'client' | 'send' | 'today'>,
): Promise<string | null> {
  try {
    const page = await deps.send(() =>
      deps.client.listUserUsageReport({
        starting_at: `${maxDay(apiFloorDay, addDays(deps.today, -7))}T00:00:00Z`,
        limit: 1,
      }),
    );
    return page.organizationId ?? null;
  } catch (error) {
    if (fatal(error)) throw error;
    return null; // a report this plan does not offer, or a window it refuses: no id
  }
}

async function listedMembers(deps: IdentifyDeps): Promise<string[] | null> {
  const ask = async (start: string) => {
    const page = await deps.send(() =>
      deps.client.listUsers({ starting_date: maxDay(apiFloorDay, start), limit: 1000 }),
    );
    return page.data.flatMap((row) => (row.user?.id ? [row.user.id] : []));
  };
  try {
    return await ask(addDays(deps.today, -30));
  } catch (error) {
    if (fatal(error)) throw error;
    // The day named in a "not yet available" answer is a hint only (its wording is no contract).
    const hint = isApiError(error, 'not-yet-available') ? error.latestAvailableDay : undefined;
    if (!hint) return null;
    return ask(addDays(hint, -29)).catch((again: unknown) => {
      if (fatal(again)) throw again;
      return null;
    });
  }
}

/**
 * Gathers the evidence about the key `deps.client` holds, against `kept`
 * (other organisations' non-empty histories), and decides. No kept history:
 * `new` without a request. Throws the API error when the key is refused or
 * the API cannot be reached (the caller keeps the key pending).
 */
export async function identifyOrganisation(
  deps: IdentifyDeps,
  kept: readonly KeptOrg[],
): Promise<Identification> {
  if (kept.length === 0) return { kind: 'new', orgId: null };
  const orgId = await reportedOrgId(deps);
  const evidence: Evidence = { orgId, listed: null, shared: {} };
  const early = decide(kept, { ...evidence, listed: 0 });
  if (early.kind !== 'ask') return early; // decided by the id alone
  const ids = await listedMembers(deps);
  if (ids) {
    evidence.listed = ids.length;
    for (const k of kept)
      if (!orgId || k.orgId === null) evidence.shared[k.id] = await deps.countKnown(k.db, ids);
  }
  return decide(kept, evidence);
}
