/**
 * Retention in the directory store, as lib/store/retention.ts does it in
 * IndexedDB (settings `retentionDays`, lockable by policy): per-person history
 * older than `firstKeptDay` goes — member days and staged pages before it,
 * rollups and membership windows that ended before it, member records not seen
 * since. Org and group totals stay. Each file removed or rewritten atomically.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { GroupMembershipSnapshot, MemberRecord } from '@/lib/store/records';
import { listFiles } from './atomic-file';
import { createMaps } from './keyed-files';

export { firstKeptDayFor } from '@/lib/store/retention';

/** Deletes per-person history of `dir` older than `firstKeptDay`; returns how many records went. */
export async function enforceFileRetention(dir: string, firstKeptDay: string): Promise<number> {
  let removed = 0;
  const drop = async (folder: string, isOld: (name: string) => boolean) => {
    for (const name of await listFiles(join(dir, folder)))
      if (isOld(name)) {
        await rm(join(dir, folder, name), { recursive: true, force: true });
        removed++;
      }
  };
  await drop('user-days', (name) => name.slice(0, 10) < firstKeptDay);
  await drop('staging', (name) => name < firstKeptDay);
  await drop('rollups', (name) => name.slice(0, 10) < firstKeptDay); // `<endDay>_<startDay>.json`
  const maps = createMaps(dir);
  for (const file of await listFiles(join(dir, 'membership'))) {
    const name = `membership/${file.replace(/\.json$/, '')}`;
    await maps.update(name, (all) => {
      for (const [key, snapshot] of Object.entries(all))
        if ((snapshot as GroupMembershipSnapshot).endDay < firstKeptDay) {
          delete all[key];
          removed++;
        }
    });
  }
  await maps.update('members', (all) => {
    for (const [id, member] of Object.entries(all))
      if ((member as MemberRecord).lastSeenDay < firstKeptDay) {
        delete all[id];
        removed++;
      }
  });
  return removed;
}
