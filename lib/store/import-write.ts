/**
 * The write half of importHistory: every validated record of the file in one
 * transaction (see import.ts for validation).
 */
import { chatgptStoresOf, writeChatgptFileRecords } from '@/lib/store/chatgpt-file';
import { columnsFromFile, type FileLine } from '@/lib/store/export-format';
import type { MemberKeyCache } from '@/lib/store/member-keys';
import { mergeGroup, mergeMember } from '@/lib/store/people';
import { userDayColumns } from '@/lib/store/records';
import { putRollupIn, rollupColumns } from '@/lib/store/rollups';
import { historyStores, type HistoryStore } from '@/lib/store/schema';
import { eachRequest, writeTx } from '@/lib/store/tx';
import { putUserDayIn } from '@/lib/store/user-days';

/**
 * `merge`: keep what is stored and add the file's records; where both hold
 * the same key, the later `fetchedAt` wins (members and groups merge field by
 * field). `replace`: erase the history (and sync checkpoints and staged pages,
 * which describe the old history) and load the file.
 */
export type ImportMode = 'merge' | 'replace';

/**
 * Writes `records` in `mode`, one transaction; returns how many records of
 * each store were written (merge skips those whose stored copy is newer).
 */
export async function writeImport(
  records: readonly FileLine[],
  mode: ImportMode,
  options: { withChatgpt?: boolean } = {},
): Promise<Record<HistoryStore, number> & { chatgpt: number }> {
  const stores = [...historyStores, 'memberKeys', 'staging', 'checkpoints'] as const;
  const written = Object.fromEntries([...historyStores, 'chatgpt'].map((s) => [s, 0])) as Record<
    HistoryStore | 'chatgpt',
    number
  >;
  const chatgptStores = ['chatgptPeriods', 'chatgptChunks'] as const;
  await writeTx([...stores, ...chatgptStores], 'import the history file', async (tx) => {
    if (mode === 'replace') await eachRequest(stores, (s) => tx.objectStore(s).clear());
    // A file of version 2 or later carries the ChatGPT imports (chatgpt-file.ts): replacing
    // with it replaces them too. An older file never had them: the held ones stay.
    const chatgpt = records.flatMap((line) => (line.store === 'chatgpt' ? [line.record] : []));
    if (options.withChatgpt || chatgpt.length)
      written.chatgpt = await writeChatgptFileRecords(chatgptStoresOf(tx), chatgpt, mode);
    const cache: Partial<MemberKeyCache> = {};
    const keys = tx.objectStore('memberKeys');
    const newer = (stored: { fetchedAt: number } | undefined, next: { fetchedAt: number }) =>
      !stored || stored.fetchedAt <= next.fetchedAt;
    for (const line of records) {
      let wrote = true;
      switch (line.store) {
        case 'summaries': {
          const s = tx.objectStore('summaries');
          wrote = newer(await s.get([line.record.scope, line.record.day]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'userDays': {
          const r = line.record;
          const columns = columnsFromFile(r.columns, userDayColumns, r.memberIds.length);
          const record = {
            day: r.day,
            memberIds: r.memberIds,
            columns,
            complete: true,
            fetchedAt: r.fetchedAt,
          };
          wrote = await putUserDayIn(tx.objectStore('userDays'), keys, record, cache);
          break;
        }
        case 'userRollups': {
          const r = line.record;
          const columns = columnsFromFile(r.columns, rollupColumns, r.memberIds.length);
          wrote = await putRollupIn(tx.objectStore('userRollups'), keys, { ...r, columns }, cache);
          break;
        }
        case 'members': {
          const s = tx.objectStore('members');
          await s.put(mergeMember(await s.get(line.record.id), line.record));
          break;
        }
        case 'groups': {
          const s = tx.objectStore('groups');
          await s.put(mergeGroup(await s.get(line.record.id), line.record));
          break;
        }
        case 'groupMembership': {
          const { groupId, endDay, startDay } = line.record;
          const s = tx.objectStore('groupMembership');
          wrote = newer(await s.get([groupId, endDay, startDay]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'groupActivity': {
          const { groupId, startDay, endDay } = line.record;
          const s = tx.objectStore('groupActivity');
          wrote = newer(await s.get([groupId, startDay, endDay]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'catalog': {
          const { kind, scope, startDay, endDay } = line.record;
          const s = tx.objectStore('catalog');
          wrote = newer(await s.get([kind, scope, startDay, endDay]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
        case 'chatgpt':
          continue; // written above
        case 'spend': {
          const { kind, day, groupKey } = line.record;
          const s = tx.objectStore('spend');
          wrote = newer(await s.get([kind, day, groupKey]), line.record);
          if (wrote) await s.put(line.record);
          break;
        }
      }
      if (wrote) written[line.store] += 1;
    }
  });
  return written;
}
