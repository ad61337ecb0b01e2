/**
 * Changing the data source (background only): each step reads what it needs
 * (settings, the saved key, the histories), applies one registry transition
 * of sources.ts, and tidies up after it (a dropped empty history is deleted,
 * the organisation's name follows its history). The sync must not be running
 * while the source changes (lib/sync/controller.ts stops it first), so no
 * write lands in the wrong history.
 */
import { readApiKey } from '@/lib/store/secrets';
import { readSettings } from '@/lib/store/settings';
import { writeSettingsUnderPolicy } from '@/lib/store/managed';
import {
  deleteHistory,
  historySize,
  isHistoryEmpty,
  memberIdsIn,
  type HistorySize,
} from '@/lib/store/histories';
import { readRegistry, updateRegistry } from '@/lib/store/active-history';
import {
  forgetSource,
  identified,
  keyForgotten,
  leaveDemo,
  newKeySaved,
  renamed,
  sharedShown,
  switchToDemo,
} from '@/lib/store/source-transitions';
import {
  activeSource,
  adoptLegacy,
  legacyDb,
  type Identification,
  type Registry,
  type Source,
} from '@/lib/store/sources';

/** A new organisation source id, `org-` and 8 random hex digits. */
function newSourceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `org-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Recognises the demo organisation's members (lib/sync/controller.ts isDemoMember). */
export type IsDemoMember = (id: string) => boolean;

/**
 * The registry, written the first time from what the previous release left:
 * its history (database `uptake`) becomes the demo's when demo mode is on,
 * else the organisation's of the saved key, unless it holds demo members too
 * (`isDemoMember`, given by the background): then the demo's, and the
 * organisation starts clean (sources.ts adoptLegacy). Later calls just read it.
 */
export async function ensureRegistry(
  now = Date.now(),
  isDemoMember: IsDemoMember = () => false,
): Promise<Registry> {
  const existing = await readRegistry();
  if (existing) return existing;
  return updateRegistry(async (current) => {
    if (current) return current;
    const settings = await readSettings();
    const key = await readApiKey().catch(() => null);
    const mixedWithDemo =
      !settings.demo && (await memberIdsIn(legacyDb).catch(() => [])).some(isDemoMember);
    return adoptLegacy(
      { demo: settings.demo, keySaved: key !== null, orgName: settings.orgName, mixedWithDemo },
      now,
      newSourceId(),
    );
  });
}

/**
 * An organisation's name follows its history: shown again when its history is
 * (the background keeps the active source's name equal to settings' name).
 */
async function showNameOf(source: Source): Promise<void> {
  if (source.kind !== 'org') return;
  const settings = await readSettings();
  if (settings.orgName !== source.name) await writeSettingsUnderPolicy({ orgName: source.name });
}

/**
 * Inactive organisation histories that hold nothing (a key saved and replaced
 * before its first sync) are deleted: they would only clutter the list.
 */
async function pruneEmpty(registry: Registry): Promise<Registry> {
  let next = registry;
  for (const s of registry.sources) {
    if (s.id === registry.active || s.kind !== 'org' || s.id === registry.keySource) continue;
    if (!(await isHistoryEmpty(s.db).catch(() => false))) continue;
    next = await updateRegistry((current) => forgetSource(current ?? next, s.id));
    await deleteHistory(s.db).catch(() => undefined);
  }
  return next;
}

/** After a change from `before` to `after`: the name follows a changed source; empty ones go. */
async function settle(before: Registry, after: Registry): Promise<Registry> {
  if (before.active !== after.active) await showNameOf(activeSource(after));
  return pruneEmpty(after);
}

/** Demo mode on or off: the demo's history, or back to the organisation's. */
export async function matchSourceToMode(demo: boolean, now = Date.now()): Promise<Registry> {
  const registry = await ensureRegistry(now);
  const isDemo = activeSource(registry).kind === 'demo';
  if (demo === isDemo) return registry;
  const next = await updateRegistry((current) =>
    demo ? switchToDemo(current!, now) : leaveDemo(current!, now, newSourceId()),
  );
  return settle(registry, next);
}

/** A key different from the saved one (or the first) was saved: its history waits for identification. */
export async function onNewKey(now = Date.now()): Promise<Registry> {
  const registry = await ensureRegistry(now);
  const empty = await isHistoryEmpty(activeSource(registry).db).catch(() => false);
  const next = await updateRegistry((current) => newKeySaved(current!, empty, now, newSourceId()));
  return settle(registry, next);
}

/** The key was forgotten: its history stays and stays shown. */
export async function onKeyForgotten(): Promise<Registry> {
  await ensureRegistry();
  return updateRegistry((current) => keyForgotten(current!));
}

/** Applies identify.ts's verdict (or the admin's answer) about the pending key. */
export async function applyIdentification(
  verdict: Identification,
  now = Date.now(),
): Promise<Registry> {
  let dropped: Source | null = null;
  let before: Registry | null = null;
  const next = await updateRegistry((current) => {
    before = current;
    const result = identified(current!, verdict, now);
    dropped = result.dropped;
    return result.registry;
  });
  // The pending history was only ever this key's, and is empty: the kept one replaces it.
  const gone = dropped as Source | null;
  if (gone) await deleteHistory(gone.db).catch(() => undefined);
  return verdict.kind === 'ask' ? next : settle(before ?? next, next);
}

/**
 * The admin's answer to "which organisation is this key for?": a kept
 * history's id (the same organisation) or 'new' (another one).
 */
export async function answerQuestion(answer: string, now = Date.now()): Promise<Registry> {
  const registry = await ensureRegistry(now);
  if (!registry.pendingKey || !registry.question)
    throw new Error('There is no question about the key to answer any more.');
  if (answer !== 'new' && !registry.question.some((c) => c.id === answer))
    throw new Error('That history is not one of those Uptake asked about.');
  return applyIdentification(
    answer === 'new'
      ? { kind: 'new', orgId: null }
      : { kind: 'same', sourceId: answer, orgId: null, reason: 'you said so' },
    now,
  );
}

/** The name now shown for the organisation (settings) is its history's name too. */
export async function recordActiveName(name: string | null): Promise<void> {
  if (!(await readRegistry())) return;
  await updateRegistry((current) => renamed(current!, name));
}

/** Deletes an inactive source's history (the active one is cleared, not deleted). */
export async function deleteKeptHistory(id: string): Promise<Registry> {
  const registry = await ensureRegistry();
  const source = registry.sources.find((s) => s.id === id);
  if (!source) return registry;
  if (source.id === registry.active)
    throw new Error('That history is the one shown now; clear it from "Local data" instead.');
  await deleteHistory(source.db);
  return updateRegistry((current) => forgetSource(current!, id));
}

/** A kept history as options lists it. */
export interface KeptHistory {
  source: Source;
  active: boolean;
  size: HistorySize | null;
}

/** Every source's history on this device, the active one first (no registry yet: none). */
export async function keptHistories(): Promise<KeptHistory[]> {
  const registry = await readRegistry();
  if (!registry) return [];
  const list = await Promise.all(
    registry.sources.map(async (source) => ({
      source,
      active: source.id === registry.active,
      size: await historySize(source.db).catch(() => null),
    })),
  );
  return list.sort((a, b) => Number(b.active) - Number(a.active));
}

/**
 * A verified shared history is about to be written (lib/shared-source/refresh.ts):
 * its organisation's history on this device becomes the active one
 * (source-transitions.ts sharedShown) and takes the file's name. The caller
 * writes the file into the active history afterwards.
 */
export async function showSharedSource(
  file: { name: string | null; orgId: string | null },
  now = Date.now(),
): Promise<Registry> {
  const registry = await ensureRegistry(now);
  // The demo is never the shared history's home: demo mode ends with it.
  if ((await readSettings()).demo) await writeSettingsUnderPolicy({ demo: false });
  const next = await updateRegistry((current) =>
    sharedShown(current ?? registry, file, now, newSourceId()),
  );
  const settled = await settle(registry, next);
  if (file.name && (await readSettings()).orgName !== file.name)
    await writeSettingsUnderPolicy({ orgName: file.name });
  return settled;
}
