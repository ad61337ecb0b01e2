/**
 * The columnar part of the directory store (file-store.ts): a day's `/users`
 * pages staged one file each, committed into one file per day, and member
 * rollups, one file per window. Columns are stored as in the history file
 * (plain arrays, an all-zero column left out; lib/store/export-format.ts).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { toUserDayColumns } from '@/lib/store/columns';
import { StoreError } from '@/lib/store/errors';
import { columnsFromFile, columnsToFile } from '@/lib/store/export-format';
import type { HistoryStorage } from '@/lib/store/history-store';
import { checkColumnar } from '@/lib/store/member-keys';
import { mergeMember, sameMember } from '@/lib/store/people';
import * as schemas from '@/lib/store/record-schemas';
import { userDayColumns, type MemberRecord, type UserRollup } from '@/lib/store/records';
import { rollupColumns } from '@/lib/store/rollups';
import type { UserDayRow } from '@/lib/store/schema';
import { validated } from '@/lib/store/validate';
import { listFiles, readJson, writeJsonAtomic } from './atomic-file';
import type { KeyedFiles } from './keyed-files';

type ColumnarMethods = Pick<
  HistoryStorage,
  | 'stageUserDayPage'
  | 'stagedPages'
  | 'discardStagedDay'
  | 'commitUserDay'
  | 'readUserDays'
  | 'storedUserDays'
  | 'putUserRollup'
  | 'readLatestRollup'
  | 'readRollup'
  | 'storedRollups'
>;

type FileColumnar = { memberIds: string[]; columns: Record<string, number[]>; fetchedAt: number };

const isNewer = (stored: { fetchedAt: number } | undefined, next: { fetchedAt: number }) =>
  !stored || stored.fetchedAt <= next.fetchedAt;

/** Member days and rollups in `dir`; commits record members in `maps` (`members`). */
export function columnarFiles(
  dir: string,
  maps: KeyedFiles,
  forgotten: ReadonlySet<string>,
): ColumnarMethods {
  const path = (...parts: string[]) => join(dir, ...parts);
  const dayFile = (day: string) => path('user-days', `${day}.json`);
  const readDay = async (day: string) =>
    readJson<(FileColumnar & { day: string }) | null>(dayFile(day), null);

  const store: ColumnarMethods = {
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
      let membersUpdated = 0;
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
          const before = all[id] as MemberRecord | undefined;
          const after = mergeMember(before, seen);
          if (!before || !sameMember(before, after)) membersUpdated += 1;
          all[id] = after;
        });
      });
      await store.discardStagedDay(day);
      return { day, members: record.memberIds.length, written, membersUpdated };
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
  };
  return store;
}
