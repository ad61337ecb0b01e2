/**
 * Small keyed collections, one JSON file each (`<dir>/<name>.json`, an object
 * of key → record), read once and kept in memory by this process, rewritten
 * atomically on every update. Updates of one file run one after another, so
 * two writes of the same collection never interleave.
 */
import { join } from 'node:path';
import { readJson, writeJsonAtomic } from './atomic-file';

export interface KeyedFiles {
  read<T = unknown>(name: string): Promise<Readonly<Record<string, T>>>;
  /** Applies `change` to a copy of the collection and writes it; the cache follows only a successful write. */
  update(name: string, change: (all: Record<string, unknown>) => void): Promise<void>;
}

export function createMaps(dir: string): KeyedFiles {
  const cache = new Map<string, Record<string, unknown>>();
  const queue = new Map<string, Promise<unknown>>();
  const file = (name: string) => join(dir, `${name}.json`);
  const load = async (name: string) => {
    let all = cache.get(name);
    if (!all) {
      all = await readJson<Record<string, unknown>>(file(name), {});
      cache.set(name, all);
    }
    return all;
  };
  return {
    async read<T>(name: string) {
      await queue.get(name);
      return (await load(name)) as Record<string, T>;
    },
    update(name, change) {
      const run = (queue.get(name) ?? Promise.resolve())
        .catch(() => undefined)
        .then(async () => {
          const next = { ...(await load(name)) };
          change(next);
          await writeJsonAtomic(file(name), next);
          cache.set(name, next);
        });
      queue.set(name, run);
      return run;
    },
  };
}
