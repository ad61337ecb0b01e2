/**
 * Atomic files for the headless sync (Node only): a file is written under a
 * temporary name in the same directory, flushed to disk, then renamed over the
 * target. A reader (or a process killed mid-write) sees the old file or the
 * new one, never half of either. Leftover temporary files (`*.tmp-*`) are
 * ignored by every reader and removed by `removeLeftovers`.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The marker in temporary file names (never a final name). */
export const tempMarker = '.tmp-';

let counter = 0;

/** Writes `data` to `path` atomically (temp name, fsync, rename); creates the folder. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `${basename(path)}${tempMarker}${process.pid}-${counter++}`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** `value` as JSON at `path`, atomically. */
export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value));
}

/** The JSON at `path`, or `fallback` when the file does not exist. */
export async function readJson<T>(path: string, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  return JSON.parse(text) as T;
}

/** Final (non-temporary) file names in `dir`, sorted; empty when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => !name.includes(tempMarker)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Removes temporary files a killed process left in `dir` and its sub-folders. */
export async function removeLeftovers(dir: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed += await removeLeftovers(path);
    else if (entry.name.includes(tempMarker)) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

/** A file-system-safe name for an id (group ids, scopes): URL-encoding, no path separators. */
export function safeName(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E');
}
