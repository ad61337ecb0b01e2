/**
 * Month-to-date spend and a forecast to month end (see `monthForecast`).
 */
import { dayNumber, dayString } from '@/lib/metrics/days';
import { spendBreakdown, type CostEntry } from '@/lib/companion/spend';

/** Latest day with a cost row, or null. */
export function latestSpendDay(entries: readonly CostEntry[]): string | null {
  let best: string | null = null;
  for (const e of entries) if (best === null || e.day > best) best = e.day;
  return best;
}

export interface MonthForecast {
  /** First day of the month of `asOf`. */
  monthStart: string;
  monthEnd: string;
  asOf: string;
  /** Spend from monthStart to asOf (inclusive). */
  monthToDate: number;
  /** Mean daily spend over the last `basisDays` days ending asOf. */
  runRatePerDay: number;
  basisDays: number;
  /** Days after asOf left in the month. */
  remainingDays: number;
  /** monthToDate + runRatePerDay × remainingDays. */
  forecast: number;
}

/**
 * Month-to-date spend and a forecast to month end at the recent run rate:
 *   run rate = spend of the last N days ending `asOf` / N, where
 *   N = min(`lookbackDays`, days of the month so far);
 *   forecast = month to date + run rate × days left in the month.
 * Days without rows count as $0 (the sync stores every day of its window).
 * Example: asOf 2026-11-10, $10 every day, lookback 7 → MTD 100, rate 10,
 * 20 days left → forecast 300.
 */
export function monthForecast(
  entries: readonly CostEntry[],
  asOf: string,
  lookbackDays = 7,
): MonthForecast {
  const monthStart = `${asOf.slice(0, 8)}01`;
  const [y, m] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  const monthEnd = dayString(Date.UTC(y, m, 0) / 86_400_000);
  const mtd = spendBreakdown(entries, monthStart, asOf);
  const elapsed = mtd.daily.length;
  const basisDays = Math.max(1, Math.min(lookbackDays, elapsed));
  const recent = mtd.daily.slice(-basisDays).reduce((s, d) => s + d.dollars, 0);
  const runRatePerDay = recent / basisDays;
  const remainingDays = dayNumber(monthEnd) - dayNumber(asOf);
  return {
    monthStart,
    monthEnd,
    asOf,
    monthToDate: mtd.total,
    runRatePerDay,
    basisDays,
    remainingDays,
    forecast: mtd.total + runRatePerDay * remainingDays,
  };
}
