/**
 * The history in a directory (Node only), behind the same HistoryStorage
 * interface as the browser's IndexedDB (lib/store/history-store.ts), for the
 * headless `uptake sync`. Same rules as lib/store: every record validated with
 * the same zod schemas, a stored record replaced only by one fetched at the same
 * time or later, a day's member activity staged page by page and visible only
 * once committed, members and groups merged field by field.
 *
 * Layout (every file JSON, written atomically: temp name, fsync, rename):
 *   meta.json, checkpoints.json, sync-log.json, members.json, groups.json,
 *   group-activity.json, catalog.json, spend.json
 *   summaries/<scope>.json            day → DaySummary
 *   membership/<group>.json           "endDay|startDay" → snapshot
 *   user-days/<day>.json              { day, fetchedAt, memberIds, columns }
 *   rollups/<endDay>_<startDay>.json  the same shape plus the window
 *   staging/<day>/<page>.json         a fetched `/users` page not yet committed
 * A process killed at any point leaves whole files: the next run resumes from
 * the checkpoints as the browser does. One process at a time (see lock.ts).
 */
import { join } from 'node:path';
import { StoreError } from '@/lib/store/errors';
import { mergeGroup } from '@/lib/store/people';
import * as schemas from '@/lib/store/record-schemas';
import type {
  CatalogSnapshot,
  DaySummary,
  GroupActivity,
  GroupMembershipSnapshot,
  GroupRecord,
  MemberRecord,
  SpendRow,
  SyncCheckpoint,
  SyncLogEntry,
} from '@/lib/store/records';
import type { HistoryStorage } from '@/lib/store/history-store';
import { validated } from '@/lib/store/validate';
import { listFiles, safeName } from './atomic-file';
import { columnarFiles } from './file-columnar';
import { createMaps } from './keyed-files';

type Stored<T> = { fetchedAt: number } & T;
const isNewer = (stored: { fetchedAt: number } | undefined, next: { fetchedAt: number }) =>
  !stored || stored.fetchedAt <= next.fetchedAt;

export interface FileStoreOptions {
  /** Member ids never written (people forgotten, lib/store/forget.ts); default none. */
  forgotten?: ReadonlySet<string>;
}

/** A HistoryStorage in `dir` (created on first write). */
export function createFileStore(dir: string, options: FileStoreOptions = {}): HistoryStorage {
  const forgotten = options.forgotten ?? new Set<string>();
  const maps = createMaps(dir);
  const path = (...parts: string[]) => join(dir, ...parts);

  const store: HistoryStorage = {
    where: `the directory ${dir}`,
    ...columnarFiles(dir, maps, forgotten),

    async putSummaries(scope, rows) {
      const rejected: Awaited<ReturnType<HistoryStorage['putSummaries']>>['rejected'] = [];
      const valid = new Map<string, DaySummary>();
      rows.forEach((row, index) => {
        const day = typeof row?.day === 'string' ? row.day : null;
        try {
          if (row?.scope !== undefined && row.scope !== scope)
            throw new StoreError(
              'invalid',
              `Summary for ${day} belongs to ${row.scope}, not ${scope}.`,
            );
          const s = validated(
            schemas.daySummarySchema,
            { ...row, scope },
            `Summary for ${day ?? '?'}`,
          );
          if (isNewer(valid.get(s.day), s)) valid.set(s.day, s);
        } catch (error) {
          if (!(error instanceof StoreError)) throw error;
          rejected.push({ index, day, error });
        }
      });
      const result = { written: [] as string[], kept: [] as string[], rejected };
      await maps.update(`summaries/${safeName(scope)}`, (all) => {
        for (const s of valid.values()) {
          if (isNewer(all[s.day] as Stored<object>, s)) {
            all[s.day] = s;
            result.written.push(s.day);
          } else result.kept.push(s.day);
        }
      });
      return result;
    },
    async readSummaries(scope, fromDay, toDay) {
      const all = await maps.read<DaySummary>(`summaries/${safeName(scope)}`);
      return Object.keys(all)
        .sort()
        .filter((d) => d >= fromDay && d <= toDay)
        .map((d) => all[d]!);
    },
    async storedDays(scope) {
      return Object.keys(await maps.read(`summaries/${safeName(scope)}`)).sort();
    },
    async storedScopes() {
      const names = await listFiles(path('summaries'));
      return names.map((n) => decodeURIComponent(n.replace(/\.json$/, ''))).sort();
    },

    async readMembers() {
      const all = await maps.read<MemberRecord>('members');
      return Object.keys(all)
        .sort()
        .map((id) => all[id]!);
    },
    async putGroups(groups) {
      const valid = groups.map((g, i) => validated(schemas.groupSchema, g, `Group ${i + 1}`));
      await maps.update('groups', (all) => {
        for (const g of valid) all[g.id] = mergeGroup(all[g.id] as typeof g | undefined, g);
      });
    },
    async readGroups() {
      const all = await maps.read<GroupRecord>('groups');
      return Object.keys(all)
        .sort()
        .map((id) => all[id]!);
    },
    async putGroupMembership(snapshot) {
      const checked = validated(
        schemas.membershipSchema,
        snapshot,
        `Membership of ${snapshot.groupId}`,
      );
      const valid = { ...checked, memberIds: checked.memberIds.filter((id) => !forgotten.has(id)) };
      await maps.update(`membership/${safeName(valid.groupId)}`, (all) => {
        const key = `${valid.endDay}|${valid.startDay}`;
        if (isNewer(all[key] as Stored<object>, valid)) all[key] = valid;
      });
    },
    async latestMembership(groupId) {
      return (await store.membershipHistory(groupId)).at(-1) ?? null;
    },
    async membershipHistory(groupId) {
      const all = await maps.read<GroupMembershipSnapshot>(`membership/${safeName(groupId)}`);
      return Object.keys(all)
        .sort()
        .map((k) => all[k]!);
    },

    async putGroupActivity(rows) {
      const valid = rows.map((r, i) =>
        validated(schemas.groupActivitySchema, r, `Group activity row ${i + 1}`),
      );
      await maps.update('group-activity', (all) => {
        for (const r of valid) {
          const key = `${r.groupId}|${r.startDay}|${r.endDay}`;
          if (isNewer(all[key] as Stored<object>, r)) all[key] = r;
        }
      });
    },
    async readGroupActivity({ fromDay, toDay, groupId }) {
      const all = Object.values(await maps.read<GroupActivity>('group-activity'));
      return all
        .filter(
          (r) =>
            r.startDay >= fromDay &&
            r.startDay <= toDay &&
            (groupId === undefined || r.groupId === groupId),
        )
        .sort((a, b) =>
          a.startDay === b.startDay
            ? cmp(`${a.groupId}|${a.endDay}`, `${b.groupId}|${b.endDay}`)
            : cmp(a.startDay, b.startDay),
        );
    },
    async putCatalog(snapshot) {
      const valid = validated(schemas.catalogSchema, snapshot, `Catalog of ${snapshot.kind}`);
      await maps.update('catalog', (all) => {
        const key = [valid.kind, valid.scope, valid.startDay, valid.endDay].join('|');
        if (isNewer(all[key] as Stored<object>, valid)) all[key] = valid;
      });
    },
    async readCatalog(kind, scope) {
      const all = await maps.read<CatalogSnapshot>('catalog');
      const prefix = `${kind}|${scope}|`;
      return Object.keys(all)
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((k) => all[k]!);
    },
    async putSpendRows(rows) {
      const valid = rows.map((r, i) => validated(schemas.spendRowSchema, r, `Spend row ${i + 1}`));
      await maps.update('spend', (all) => {
        for (const r of valid) {
          const key = `${r.kind}|${r.day}|${r.groupKey}`;
          if (isNewer(all[key] as Stored<object>, r)) all[key] = r;
        }
      });
    },
    async readSpend(kind, fromDay, toDay) {
      const all = await maps.read<SpendRow>('spend');
      return Object.keys(all)
        .sort()
        .map((k) => all[k]!)
        .filter((r) => r.kind === kind && r.day >= fromDay && r.day <= toDay);
    },

    async getCheckpoint(taskId) {
      return (await maps.read<SyncCheckpoint>('checkpoints'))[taskId] ?? null;
    },
    async putCheckpoint(checkpoint) {
      const valid = validated(
        schemas.checkpointSchema,
        checkpoint,
        `Checkpoint ${checkpoint.taskId}`,
      );
      await maps.update('checkpoints', (all) => void (all[valid.taskId] = valid));
    },
    async clearCheckpoints(prefix = '') {
      await maps.update('checkpoints', (all) => {
        for (const key of Object.keys(all)) if (key.startsWith(prefix)) delete all[key];
      });
    },
    async appendSyncLog(entry) {
      const valid = validated(schemas.syncLogEntrySchema, entry, 'Sync log entry');
      await maps.update('sync-log', (all) => {
        const entries = [...((all.entries as unknown[]) ?? []), valid].slice(-syncLogCap);
        all.entries = entries;
      });
    },
    async readSyncLog(limit = syncLogCap) {
      const entries = ((await maps.read('sync-log')).entries ?? []) as SyncLogEntry[];
      return entries.slice().reverse().slice(0, limit);
    },
    async getMeta(key) {
      return ((await maps.read('meta'))[key] ?? null) as never;
    },
    async setMeta(key, value) {
      await maps.update('meta', (all) => {
        if (value === null) delete all[key];
        else all[key] = value;
      });
    },
  };
  return store;
}

const syncLogCap = 200;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
