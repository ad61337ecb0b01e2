/**
 * Whose history is which: the registry of data sources (the demo
 * organisation, each real organisation) and the IndexedDB database that holds
 * each one's history. Pure: source-transitions.ts holds every change, as a
 * function from one registry to the next; active-history.ts keeps it in
 * `storage.local`; lib/sync/identify.ts decides which organisation a new key
 * belongs to.
 *
 * Definitions:
 * - A **source** is where figures come from: the built-in demo organisation,
 *   or one real organisation (whatever keys it was reached with).
 * - Each source has its own **history**, an IndexedDB database of the same
 *   schema (db.ts). `uptake`, the database of the first release, holds the
 *   history Uptake had before sources were kept apart (adopted by the source
 *   it was synced for) and, always, the API key (`secrets`).
 * - The **active** source is the one every surface shows and the sync writes.
 * - A saved key whose organisation is not known yet is **pending**: its
 *   source is a new, empty history until identify.ts matches it to a known
 *   organisation (by `organization_id`, else by the overlap of member ids, else
 *   by asking the admin).
 */
import { z } from 'zod';

/** The database every release reads first; also home of the API key. */
export const legacyDb = 'uptake';

export const sourceSchema = z.object({
  /** `demo`, or `org-…` for an organisation. */
  id: z.string().min(1),
  kind: z.enum(['demo', 'org']),
  /** IndexedDB database holding this source's history. */
  db: z.string().min(1),
  /** The organisation's name as last shown (settings' name, or the demo's). */
  name: z.string().nullable(),
  /** The API's `organization_id`, when a response carried it. */
  orgId: z.string().nullable(),
  createdAt: z.number(),
  lastActiveAt: z.number(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Another organisation's history that shares members with a new key's organisation. */
export const candidateSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  /** Members the key's organisation listed that this history also holds. */
  shared: z.number().int().nonnegative(),
  /** Members the key's organisation listed. */
  listed: z.number().int().nonnegative(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const registrySchema = z.object({
  version: z.literal(1),
  active: z.string(),
  sources: z.array(sourceSchema),
  /** The source the saved key belongs to; null when no key or not known yet. */
  keySource: z.string().nullable(),
  /** The saved key's organisation is not identified yet (its source is `active`). */
  pendingKey: z.boolean(),
  /** Identification could not decide: the admin is asked about these histories. */
  question: z.array(candidateSchema).nullable(),
  /** What the last change of source did, in words (shown in options). */
  lastChange: z.object({ at: z.number(), sentence: z.string() }).nullable(),
});
export type Registry = z.infer<typeof registrySchema>;

export const demoSourceId = 'demo';
/** The demo organisation's name (lib/demo). */
export const demoName = 'Northwind Labs';

/** The active source of `registry` (always present in a valid registry). */
export function activeSource(registry: Registry): Source {
  const found = registry.sources.find((s) => s.id === registry.active);
  if (!found)
    throw new Error(`Registry names an active source it does not hold: ${registry.active}`);
  return found;
}

/** `Acme`, `Northwind Labs (demo data)`, or `an unnamed organisation`. */
export function describeSource(source: Pick<Source, 'kind' | 'name'>): string {
  if (source.kind === 'demo') return `${source.name ?? demoName} (demo data)`;
  return source.name ?? 'an unnamed organisation';
}

/** What the previous release left behind, as far as choosing its source goes. */
export interface LegacyState {
  demo: boolean;
  keySaved: boolean;
  orgName: string | null;
  /**
   * The history holds members of the demo organisation although demo mode is
   * off: the previous release synced a key after "Try with demo data" into
   * the same history (the defect of issue 10, item 9).
   */
  mixedWithDemo?: boolean;
}

/**
 * The first registry: the legacy database `uptake` is adopted by the source
 * it was synced for (the demo when demo mode is on, else the organisation of
 * the saved key, or of a key since forgotten). A fresh install starts the
 * same way, with an empty history. A history that mixed the demo's members
 * with an organisation's cannot be split: it is kept as the demo's, and the
 * organisation starts a clean history of its own (`uptake-<newId>`), fetched
 * again from the API.
 */
export function adoptLegacy(state: LegacyState, now: number, newId: string): Registry {
  if (!state.demo && state.mixedWithDemo) {
    const demo = adoptLegacy({ ...state, demo: true }, now, newId);
    const org: Source = {
      id: newId,
      kind: 'org',
      db: `uptake-${newId}`,
      name: state.orgName,
      orgId: null,
      createdAt: now,
      lastActiveAt: now,
    };
    return {
      ...demo,
      active: org.id,
      sources: [...demo.sources, org],
      keySource: state.keySaved ? org.id : null,
      lastChange: {
        at: now,
        sentence:
          "The history kept so far mixed the demo's figures with your organisation's. It is kept " +
          "as the demo's; your organisation's history starts clean and is fetched again from the API.",
      },
    };
  }
  const source: Source = state.demo
    ? {
        id: demoSourceId,
        kind: 'demo',
        db: legacyDb,
        name: demoName,
        orgId: null,
        createdAt: now,
        lastActiveAt: now,
      }
    : {
        id: newId,
        kind: 'org',
        db: legacyDb,
        name: state.orgName,
        orgId: null,
        createdAt: now,
        lastActiveAt: now,
      };
  return {
    version: 1,
    active: source.id,
    sources: [source],
    keySource: !state.demo && state.keySaved ? source.id : null,
    pendingKey: false,
    question: null,
    lastChange: null,
  };
}

/** The verdict of identify.ts (or the admin's answer) for the pending key. */
export type Identification =
  | { kind: 'same'; sourceId: string; orgId: string | null; reason: string }
  | { kind: 'new'; orgId: string | null }
  | { kind: 'ask'; candidates: Candidate[] };
