/**
 * Whose history is which: the registry of data sources (the demo
 * organisation, each real organisation) and the IndexedDB database that holds
 * each one's history. Pure: every change is a function from one registry to
 * the next; lib/store/active-history.ts keeps it in `storage.local` and
 * lib/sync/identify.ts decides which organisation a new key belongs to.
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
}

/**
 * The first registry: the legacy database `uptake` is adopted by the source
 * it was synced for (the demo when demo mode is on, else the organisation of
 * the saved key, or of a key since forgotten). A fresh install starts the
 * same way, with an empty history.
 */
export function adoptLegacy(state: LegacyState, now: number, newId: string): Registry {
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

function touch(registry: Registry, id: string, now: number): Registry {
  return {
    ...registry,
    active: id,
    sources: registry.sources.map((s) => (s.id === id ? { ...s, lastActiveAt: now } : s)),
  };
}

function newOrg(registry: Registry, now: number, newId: string): Registry {
  const source: Source = {
    id: newId,
    kind: 'org',
    db: `uptake-${newId}`,
    name: null,
    orgId: null,
    createdAt: now,
    lastActiveAt: now,
  };
  return { ...registry, active: newId, sources: [...registry.sources, source] };
}

/** Demo mode on: the demo's own history (created empty the first time). */
export function switchToDemo(registry: Registry, now: number): Registry {
  const existing = registry.sources.some((s) => s.id === demoSourceId);
  const sources = existing
    ? registry.sources
    : [
        ...registry.sources,
        {
          id: demoSourceId,
          kind: 'demo' as const,
          db: 'uptake-demo',
          name: demoName,
          orgId: null,
          createdAt: now,
          lastActiveAt: now,
        },
      ];
  const next = touch({ ...registry, sources }, demoSourceId, now);
  return {
    ...next,
    lastChange: {
      at: now,
      sentence: `Showing ${describeSource({ kind: 'demo', name: demoName })}. Your organisation's history is kept apart and comes back when you leave the demo.`,
    },
  };
}

/**
 * Demo mode off: the saved key's organisation, else the organisation used
 * most recently, else a new empty history.
 */
export function leaveDemo(registry: Registry, now: number, newId: string): Registry {
  const orgs = registry.sources.filter((s) => s.kind === 'org');
  const target =
    orgs.find((s) => s.id === registry.keySource) ??
    (registry.pendingKey
      ? undefined
      : [...orgs].sort((a, b) => b.lastActiveAt - a.lastActiveAt)[0]);
  const next = target ? touch(registry, target.id, now) : newOrg(registry, now, newId);
  return {
    ...next,
    lastChange: {
      at: now,
      sentence: target
        ? `Showing ${describeSource(target)} again. The demo's history is kept apart.`
        : "Left the demo. The demo's history is kept apart.",
    },
  };
}

/**
 * A different key was saved. Its organisation is not known yet: unless the
 * active history is an organisation's that holds nothing (then it waits for
 * this key), a new empty history becomes active until identify.ts decides.
 */
export function newKeySaved(
  registry: Registry,
  activeIsEmpty: boolean,
  now: number,
  newId: string,
): Registry {
  const active = activeSource(registry);
  const reuse = active.kind === 'org' && activeIsEmpty && active.orgId === null;
  const next = reuse ? touch(registry, active.id, now) : newOrg(registry, now, newId);
  return {
    ...next,
    keySource: null,
    pendingKey: true,
    question: null,
    lastChange: reuse
      ? registry.lastChange
      : {
          at: now,
          sentence: `A new key: its organisation's history is kept apart from ${describeSource(active)}'s until Uptake knows whose key it is.`,
        },
  };
}

/** The key is forgotten: nothing else changes (its history stays, shown without a key). */
export function keyForgotten(registry: Registry): Registry {
  return { ...registry, keySource: null, pendingKey: false, question: null };
}

/** The verdict of identify.ts (or the admin's answer) for the pending key. */
export type Identification =
  | { kind: 'same'; sourceId: string; orgId: string | null; reason: string }
  | { kind: 'new'; orgId: string | null }
  | { kind: 'ask'; candidates: Candidate[] };

/**
 * Applies a verdict about the pending key (the active source). `same`: the
 * known history becomes active again and the empty pending one is dropped
 * (returned in `dropped` so its database can be deleted); `new`: the pending
 * history is this organisation's; `ask`: nothing changes but the question.
 */
export function identified(
  registry: Registry,
  verdict: Identification,
  now: number,
): { registry: Registry; dropped: Source | null } {
  const pending = activeSource(registry);
  if (verdict.kind === 'ask')
    return { registry: { ...registry, question: verdict.candidates }, dropped: null };
  if (verdict.kind === 'new') {
    const sources = registry.sources.map((s) =>
      s.id === pending.id ? { ...s, orgId: verdict.orgId ?? s.orgId } : s,
    );
    return {
      registry: { ...registry, sources, keySource: pending.id, pendingKey: false, question: null },
      dropped: null,
    };
  }
  const known = registry.sources.find((s) => s.id === verdict.sourceId);
  if (!known || known.kind !== 'org')
    throw new Error(`No organisation history ${verdict.sourceId}.`);
  const keep = pending.id === known.id ? null : pending;
  const sources = registry.sources
    .filter((s) => s.id !== keep?.id)
    .map((s) =>
      s.id === known.id ? { ...s, orgId: verdict.orgId ?? s.orgId, lastActiveAt: now } : s,
    );
  return {
    registry: {
      ...registry,
      sources,
      active: known.id,
      keySource: known.id,
      pendingKey: false,
      question: null,
      lastChange: {
        at: now,
        sentence: `This key belongs to ${describeSource(known)} (${verdict.reason}): its history on this device continues.`,
      },
    },
    dropped: keep,
  };
}

/** Records the name now shown for the active source (options → organisation name). */
export function renamed(registry: Registry, name: string | null): Registry {
  return {
    ...registry,
    sources: registry.sources.map((s) =>
      s.id === registry.active && s.kind === 'org' ? { ...s, name } : s,
    ),
  };
}

/** Records the API's organisation id for the active source (when a response carried one). */
export function withOrgId(registry: Registry, orgId: string): Registry {
  return {
    ...registry,
    sources: registry.sources.map((s) => (s.id === registry.active ? { ...s, orgId } : s)),
  };
}

/** Removes an inactive source (its database is deleted by the caller). The active one stays. */
export function forgetSource(registry: Registry, id: string): Registry {
  if (id === registry.active) return registry;
  return {
    ...registry,
    sources: registry.sources.filter((s) => s.id !== id),
    keySource: registry.keySource === id ? null : registry.keySource,
  };
}
