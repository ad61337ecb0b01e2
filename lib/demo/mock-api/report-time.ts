// Time windows and buckets of the usage & cost reports (§6, §7, §10).
import { dayMs, dayStart } from '../dates';
import { badRequest } from './errors';
import { parseInstant } from './date-params';
import type { ParsedQuery } from './query';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const FLOOR_MS = Date.UTC(2026, 0, 1);
export const WIDTH_MS = { '1d': DAY, '1h': HOUR, '1m': 60_000 } as const;
export type BucketWidth = keyof typeof WIDTH_MS;

/**
 * "Now" for the report endpoints: 15:00 UTC on the day after the latest engagement day
 * (engagement data lags a day; usage lands within hours). Independent of the injectable clock,
 * which only drives rate limiting and latency.
 */
export function reportNow(latest: number): number {
  return dayMs(latest + 1) + 15 * HOUR;
}

/** Export watermark: usage is complete up to the end of the latest engagement day. */
export function dataRefreshedAt(latest: number): string {
  return dayStart(latest + 1);
}

export interface ReportWindow {
  start: number;
  end: number;
  width: BucketWidth | null;
  /** Bucket boundaries [start, end) in ms; one bucket spanning the window when unbucketed. */
  buckets: [number, number][];
}

/** RFC 3339 UTC without milliseconds. */
export function isoTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * Parses `starting_at`, `ending_at` and the bucket width parameter (`time_bucket_width` on
 * /usage and /cost, `bucket_width` on legacy reports). Rules: starting_at required, ≥ 2026-01-01,
 * ≤ 365 days back, not in the future; ending_at after starting_at, ≤ 31 days later (≤ 24 h with
 * 1m); ending_at default = min(now, start + 31 d). `requireEndWithWidth`: /usage, /cost and the
 * per-user legacy reports need ending_at when bucketed. Bounds are floored to the bucket, or
 * to the hour when unbucketed.
 */
export function parseReportWindow(
  q: ParsedQuery,
  latest: number,
  opts: { widthParam: string; defaultWidth: BucketWidth | null; requireEndWithWidth: boolean },
): ReportWindow {
  const rawStart = q.scalars.get('starting_at');
  if (rawStart === undefined) throw badRequest('starting_at is required');
  const now = reportNow(latest);
  const rawWidth = q.scalars.get(opts.widthParam);
  if (rawWidth !== undefined && !(rawWidth in WIDTH_MS))
    throw badRequest(`${opts.widthParam} must be one of 1d, 1h, 1m`);
  const width = (rawWidth as BucketWidth | undefined) ?? opts.defaultWidth;
  const floorTo = width ? WIDTH_MS[width] : HOUR;
  const startRaw = parseInstant('starting_at', rawStart);
  if (startRaw < FLOOR_MS) throw badRequest('starting_at must be on or after 2026-01-01T00:00:00Z');
  if (startRaw > now) throw badRequest('starting_at must not be in the future');
  if (startRaw < now - 365 * DAY) throw badRequest('starting_at must be within the last 365 days');
  const start = Math.floor(startRaw / floorTo) * floorTo;
  const rawEnd = q.scalars.get('ending_at');
  if (rawEnd === undefined && rawWidth !== undefined && opts.requireEndWithWidth) {
    throw badRequest(`ending_at is required when ${opts.widthParam} is set`);
  }
  let end =
    rawEnd === undefined ? Math.min(now, start + 31 * DAY) : parseInstant('ending_at', rawEnd);
  end = Math.ceil(end / floorTo) * floorTo;
  if (end <= start) throw badRequest('ending_at must be after starting_at');
  if (end - start > 31 * DAY)
    throw badRequest('The range between starting_at and ending_at may be at most 31 days');
  if (width === '1m' && end - start > DAY)
    throw badRequest('With a 1m bucket width the range may be at most 24 hours');
  const buckets: [number, number][] = [];
  if (!width) buckets.push([start, end]);
  else
    for (let t = start; t < end; t += WIDTH_MS[width])
      buckets.push([t, Math.min(end, t + WIDTH_MS[width])]);
  return { start, end, width, buckets };
}

/** Share of a day's usage by UTC hour, in percent (sums to 100): a working-day curve. */
const HOUR_WEIGHTS = [0, 0, 0, 0, 0, 1, 2, 4, 7, 9, 10, 9, 8, 9, 10, 9, 6, 3, 2, 1, 0, 0, 0, 0];
const CUM = HOUR_WEIGHTS.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [0]);

/** Cumulative share (0…1) of a day's usage before minute `t` (0…1440). */
function cumShare(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1440) return 1;
  const h = Math.floor(t / 60);
  return (CUM[h]! + (HOUR_WEIGHTS[h]! * (t - h * 60)) / 60) / 100;
}

/**
 * The part of a day's integer total `x` that falls in minutes [a, b) of the day.
 * Parts of adjacent intervals always add up exactly to the whole (cumulative flooring).
 */
export function partOf(x: number, a: number, b: number): number {
  if (a <= 0 && b >= 1440) return x;
  return Math.floor(x * cumShare(b)) - Math.floor(x * cumShare(a));
}

/** Minutes [a, b) of day `d` covered by the bucket [from, to); null when disjoint. */
export function dayOverlap(d: number, from: number, to: number): [number, number] | null {
  const base = dayMs(d);
  const a = Math.max(0, (from - base) / 60_000);
  const b = Math.min(1440, (to - base) / 60_000);
  return b > a ? [a, b] : null;
}
