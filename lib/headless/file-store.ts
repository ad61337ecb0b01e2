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
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { toUserDayColumns } from '@/lib/store/columns';
import { StoreError } from '@/lib/store/errors';
import { columnsFromFile, columnsToFile } from '@/lib/store/export-format';
import { checkColumnar } from '@/lib/store/member-keys';
import { mergeGroup, mergeMember } from '@/lib/store/people';
import * as schemas from '@/lib/store/record-schemas';
import { rollupColumns } from '@/lib/store/rollups';
import {
  userDayColumns,
  type CatalogSnapshot,
  type DaySummary,
  type GroupActivity,
  type GroupMembershipSnapshot,
  type GroupRecord,
  type MemberRecord,
  type SpendRow,
  type SyncCheckpoint,
  type SyncLogEntry,
  type UserRollup,
} from '@/lib/store/records';
import type { UserDayRow } from '@/lib/store/schema';
import type { HistoryStorage } from '@/lib/store/history-store';
import { validated } from '@/lib/store/validate';
import { listFiles, readJson, safeName, writeJsonAtomic } from './atomic-file';
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
  const dayFile = (day: string) => path('user-days', `${day}.json`);

  type FileColumnar = { memberIds: string[]; columns: Record<string, number[]>; fetchedAt: number };
  const readDay = async (day: string) =>
    readJson<(FileColumnar & { day: string }) | null>(dayFile(day), null);

  const store: HistoryStorage = {
    where: `the directory ${dir}`,

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

    async stageUserDayPage(day, pageIndex, rows, stagedAt = Date.now()) {
      validated(schemas.daySchema, day, 'Staged day');
      if (!Number.isInteger(pageIndex) || pageIndex < 0)
        throw new StoreError('invalid', `Page index ${pageIndex} of ${day} is not a page number.`);
      const valid = rows.map((r, i) =>
        validated(schemas.userDayRowSchema, r, `Row ${i + 1} of ${day}`),
      );
      await writeJsonAtomic(path('staging', day, `${pageIndex}.json`), { rows: valid, stagedAt });
    },
    async stagedPages(day) {
      const names = await listFiles(path('staging', day));
      return names.map((n) => Number(n.replace(/\.json$/, ''))).sort((a, b) => a - b);
    },
    async discardStagedDay(day) {
      await rm(path('staging', day), { recursive: true, force: true });
    },
    async commitUserDay(day, options = {}) {
      const indexes = await store.stagedPages(day);
      const gap = indexes.findIndex((p, i) => p !== i);
      if (indexes.length === 0 || gap !== -1 || indexes.length < (options.expectedPages ?? 0))
        throw new StoreError(
          'invalid',
          `Member activity for ${day} is incomplete (pages staged: ${indexes.join(', ') || 'none'}).`,
        );
      const pages = await Promise.all(
        indexes.map((i) =>
          readJson<{ rows: UserDayRow[]; stagedAt: number }>(path('staging', day, `${i}.json`), {
            rows: [],
            stagedAt: 0,
          }),
        ),
      );
      const fetchedAt = options.fetchedAt ?? Math.max(...pages.map((p) => p.stagedAt));
      const rows = pages.flatMap((p) => p.rows).filter((r) => !forgotten.has(r.memberId));
      const record = toUserDayColumns(day, rows, fetchedAt);
      const stored = await readDay(day);
      const written = isNewer(stored ?? undefined, record);
      if (written) {
        const columns = columnsToFile(record.columns, userDayColumns) as Record<string, number[]>;
        await writeJsonAtomic(dayFile(day), {
          day,
          fetchedAt,
          memberIds: record.memberIds,
          columns,
        });
      }
      const emails = new Map(rows.map((r) => [r.memberId, r.email]));
      await maps.update('members', (all) => {
        record.memberIds.forEach((id, i) => {
          const active = userDayColumns.some((c) => record.columns[c][i]! > 0);
          const seen = {
            id,
            email: emails.get(id) ?? '',
            firstSeenDay: day,
            lastSeenDay: day,
            lastActiveDay: active ? day : null,
          };
          all[id] = mergeMember(all[id] as MemberRecord | undefined, seen);
        });
      });
      await store.discardStagedDay(day);
      return { day, members: record.memberIds.length, written };
    },
    async readUserDays(fromDay, toDay) {
      const days = (await store.storedUserDays()).filter((d) => d >= fromDay && d <= toDay);
      const out = [];
      for (const day of days) {
        const f = (await readDay(day))!;
        const columns = columnsFromFile(f.columns, userDayColumns, f.memberIds.length);
        out.push({ day, memberIds: f.memberIds, columns, complete: true, fetchedAt: f.fetchedAt });
      }
      return out;
    },
    async storedUserDays() {
      return (await listFiles(path('user-days'))).map((n) => n.replace(/\.json$/, ''));
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

    async putUserRollup(rollup) {
      const what = `Rollup ${rollup.startDay}…${rollup.endDay}`;
      validated(schemas.daySchema, rollup.startDay, what);
      validated(schemas.daySchema, rollup.endDay, what);
      checkColumnar(rollup.memberIds, rollup.columns, rollupColumns, what);
      const keep = rollup.memberIds.flatMap((id, i) => (forgotten.has(id) ? [] : [i]));
      const file = path('rollups', `${rollup.endDay}_${rollup.startDay}.json`);
      const stored = await readJson<{ fetchedAt: number } | null>(file, null);
      if (!isNewer(stored ?? undefined, rollup)) return;
      const columns: Record<string, number[]> = {};
      for (const c of rollupColumns) columns[c] = keep.map((i) => rollup.columns[c][i]!);
      const { startDay, endDay, fetchedAt } = rollup;
      await writeJsonAtomic(file, {
        startDay,
        endDay,
        fetchedAt,
        memberIds: keep.map((i) => rollup.memberIds[i]!),
        columns,
      });
    },
    async readLatestRollup(windowDays) {
      const windows = (await store.storedRollups()).filter(
        (w) =>
          windowDays === undefined ||
          (Date.parse(w.endDay) - Date.parse(w.startDay)) / 864e5 === windowDays,
      );
      // Latest end; among windows ending that day the longest (earliest start).
      const latestEnd = windows.at(-1)?.endDay;
      const found = windows.find((w) => w.endDay === latestEnd);
      return found ? store.readRollup(found.startDay, found.endDay) : null;
    },
    async readRollup(startDay, endDay) {
      const file = path('rollups', `${endDay}_${startDay}.json`);
      const f = await readJson<FileColumnar | null>(file, null);
      if (!f) return null;
      const columns = columnsFromFile(f.columns, rollupColumns, f.memberIds.length);
      return {
        startDay,
        endDay,
        memberIds: f.memberIds,
        columns,
        fetchedAt: f.fetchedAt,
      } as UserRollup;
    },
    async storedRollups() {
      return (await listFiles(path('rollups'))).map((n) => {
        const [endDay, startDay] = n.replace(/\.json$/, '').split('_') as [string, string];
        return { startDay, endDay };
      });
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
