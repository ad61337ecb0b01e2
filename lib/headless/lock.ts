/**
 * One headless sync per history directory: a lock file (`<dir>/lock`, created
 * exclusively) holding the owner's pid. A lock whose process is gone (killed,
 * machine restarted) is taken over, so a SIGKILL never blocks the next run.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadlessError } from './errors';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock; returns the function that releases it. */
export async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))
        throw new HeadlessError(
          'locked',
          `Another uptake sync (process ${owner}) is using ${dir}; this run did nothing. One sync per organisation is enough.`,
        );
      await rm(path, { force: true }); // its owner is gone
    }
  }
  throw new HeadlessError('locked', `Could not take the lock ${path}; this run did nothing.`);
}
