/**
 * The changes of source (sources.ts), as pure functions from one registry to
 * the next: demo on and off, a new key, the verdict about a key, a rename, a
 * forgotten key or history. source-switch.ts applies them in the background.
 */
import {
  activeSource,
  demoName,
  demoSourceId,
  describeSource,
  type Identification,
  type Registry,
  type Source,
} from '@/lib/store/sources';

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

/** Removes an inactive source (its database is deleted by the caller). The active one stays. */
export function forgetSource(registry: Registry, id: string): Registry {
  if (id === registry.active) return registry;
  return {
    ...registry,
    sources: registry.sources.filter((s) => s.id !== id),
    keySource: registry.keySource === id ? null : registry.keySource,
  };
}

/**
 * A shared history (issue 14 item 3) is about to be shown: the organisation's
 * history on this device becomes active. Which one: the kept organisation
 * whose API organisation id is the file's; else the active organisation's
 * history when its id is unknown or the same (its figures are replaced by the
 * shared ones); else a new one, named and identified by the file. The demo is
 * never the shared history's home. The saved key (if any) is left as it is:
 * with a shared location the extension does not sync with it.
 */
export function sharedShown(
  registry: Registry,
  file: { name: string | null; orgId: string | null },
  now: number,
  newId: string,
): Registry {
  const active = activeSource(registry);
  const byId = file.orgId
    ? registry.sources.find((s) => s.kind === 'org' && s.orgId === file.orgId)
    : undefined;
  const target =
    byId ??
    (active.kind === 'org' && (active.orgId === null || active.orgId === file.orgId)
      ? active
      : undefined);
  const base = target ? touch(registry, target.id, now) : newOrg(registry, now, newId);
  const id = base.active;
  const sources = base.sources.map((s) =>
    s.id === id ? { ...s, orgId: file.orgId ?? s.orgId, name: file.name ?? s.name } : s,
  );
  return {
    ...base,
    sources,
    lastChange:
      id === registry.active
        ? registry.lastChange
        : {
            at: now,
            sentence: `Showing the shared history of ${describeSource({ kind: 'org', name: file.name })}. ${describeSource(active)}'s history is kept apart.`,
          },
  };
}
