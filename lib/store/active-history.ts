/**
 * The registry of sources (sources.ts) as kept in `storage.local` (key
 * `histories`), and the name of the active history database that every read
 * and write of the store goes to (tx.ts). Extension pages and the background
 * read the same registry, so they read the same history; a change made in one
 * context reaches the others through `storage.onChanged`. Only the background
 * changes it (`updateRegistry`), one change at a time.
 *
 * Before the first registry is written (the first start of this version), the
 * active history is the legacy database `uptake`, which is what the previous
 * release read: an update never shows an empty history while it settles.
 */
import { legacyDb, registrySchema, type Registry } from '@/lib/store/sources';

export const registryKey = 'histories';

let cached: Promise<string> | null = null;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[registryKey]) cached = null;
  });
}

/** The stored registry, or null before the first one (or if it no longer parses). */
export async function readRegistry(): Promise<Registry | null> {
  const stored = (await browser.storage.local.get(registryKey))[registryKey];
  if (stored === undefined) return null;
  const parsed = registrySchema.safeParse(stored);
  return parsed.success && parsed.data.sources.some((s) => s.id === parsed.data.active)
    ? parsed.data
    : null;
}

/** The database of the active source (`uptake` while there is no registry). */
export function activeHistoryDb(): Promise<string> {
  listen();
  if (!cached) {
    const reading = readRegistry().then(
      (registry) => registry?.sources.find((s) => s.id === registry.active)?.db ?? legacyDb,
    );
    cached = reading;
    reading.catch(() => {
      if (cached === reading) cached = null;
    });
  }
  return cached;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `change` on the current registry (null before the first) and stores
 * what it returns, one change at a time in this context. The new active
 * database applies to this context at once, and to the others on their next
 * read. Returns the stored registry.
 */
export function updateRegistry(
  change: (current: Registry | null) => Registry | Promise<Registry>,
): Promise<Registry> {
  const run = queue.then(async () => {
    const next = registrySchema.parse(await change(await readRegistry()));
    await browser.storage.local.set({ [registryKey]: next });
    const db = next.sources.find((s) => s.id === next.active)?.db ?? legacyDb;
    listen();
    cached = Promise.resolve(db);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Tests only: forget the cached active database (and the listener of a reset fake browser). */
export function resetActiveHistoryForTests(): void {
  cached = null;
  listening = false;
}
