/**
 * The member days a model reads, loaded column by column (issue 12 item 4): a
 * 100,000-member history is never held whole. Each day is read alone with only
 * the columns its digest needs (lib/metrics/day-digest.ts), turned into its
 * digest at once and its columns dropped; what stays is about 2 bytes per
 * member per day, plus the champion inputs of the members active in the
 * recent window. Days read before (same day, same fetch) are handed back as
 * the same objects, so the model's memo (lib/metrics/index-memo.ts) reuses
 * their work: a new day costs one day's read.
 */
import { activityColumns, championDay, dayDigest, windowColumns } from '@/lib/metrics/day-digest';
import { addDays } from '@/lib/metrics';
import type { DayColumnsInput } from '@/lib/metrics/history';
import { eachUserDayColumns } from '@/lib/store/history';

/** Days held between builds, by day; `recent` says whether it was read with the window's columns. */
export type MetricDayCache = Map<
  string,
  { fetchedAt: number; recent: boolean; value: DayColumnsInput }
>;

/**
 * Complete member days from `fromDay` to `toDay`. Days from `windowFrom` on
 * carry every column a model's last `max(30, champion window)` days read
 * (`windowFrom` must be at or before that window's first day); earlier days
 * only whether each member was active in each product.
 */
export async function readMetricDays(
  fromDay: string,
  toDay: string,
  windowFrom: string,
  cache: MetricDayCache,
): Promise<DayColumnsInput[]> {
  const days: DayColumnsInput[] = [];
  const recent = (day: string) => day >= windowFrom;
  await eachUserDayColumns(
    fromDay,
    toDay,
    (day) => (recent(day) ? windowColumns : activityColumns),
    (read) => {
      const input: DayColumnsInput = {
        day: read.day,
        memberIds: read.memberIds,
        columns: read.columns,
        complete: true,
      };
      const value: DayColumnsInput = {
        day: read.day,
        memberIds: read.memberIds,
        columns: {},
        complete: true,
        digest: dayDigest(input),
        ...(recent(read.day) ? { champion: championDay(input) } : {}),
      };
      cache.set(read.day, { fetchedAt: read.fetchedAt, recent: recent(read.day), value });
      days.push(value);
    },
    (day, fetchedAt) => {
      const held = cache.get(day);
      if (!held || held.fetchedAt !== fetchedAt || (recent(day) && !held.recent)) return null;
      days.push(held.value);
      return held.value.memberIds;
    },
  );
  // Forget days no longer read (older than the range, or deleted).
  const kept = new Set(days.map((d) => d.day));
  for (const day of cache.keys()) if (!kept.has(day)) cache.delete(day);
  return days;
}

/** The first day of the recent window for a model of the days up to `end`. */
export function recentWindowFrom(end: string, championWindowDays: number): string {
  return addDays(end, -(Math.max(30, championWindowDays) - 1));
}
