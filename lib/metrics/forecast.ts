/**
 * **Forecast** = the projected day a metric reaches its goal at the current
 * trend, or "not on pace".
 *
 * Method: an ordinary least-squares line y = a + b·x through the last N
 * known points (x = day number), and a 90% prediction band around it
 * (Student t with n−2 degrees of freedom). The projected date is the first
 * day after `asOf` on which the line reaches the goal; `earliest` / `latest`
 * are the first days on which the band's upper / lower edge reaches it
 * (`latest` null when the lower edge does not within the horizon).
 * - latest known value ≥ goal → 'reached';
 * - slope ≤ 0 → 'not-on-pace' (flat or declining);
 * - projected date after the deadline, or beyond the horizon → 'not-on-pace';
 * - fewer than `minPoints` points → 'insufficient-data'.
 * Pure: `asOf` and the deadline come in as day numbers.
 */
import { dayString } from '@/lib/metrics/days';

export type Forecast =
  | { status: 'reached' }
  /** The publication gate withholds it (target-gate.ts): a per-product count of fewer than k people. */
  | { status: 'withheld' }
  | { status: 'insufficient-data'; points: number }
  | {
      status: 'on-pace' | 'not-on-pace';
      /** Why it is not on pace (null when on pace). */
      reason: 'flat-or-declining' | 'after-deadline' | 'beyond-horizon' | null;
      /** Projected day at the current trend; null when the trend never gets there. */
      date: string | null;
      earliest: string | null;
      latest: string | null;
      /** Fitted change per day, in the metric's unit (rate points or people). */
      slopePerDay: number;
      points: number;
    };

export interface ForecastOptions {
  minPoints?: number;
  /** How far ahead to look for the band's crossings, in days. */
  horizonDays?: number;
}

// Two-sided 90% Student t quantiles (t 0.95) by degrees of freedom.
const tTable: [number, number][] = [
  [1, 6.314],
  [2, 2.92],
  [3, 2.353],
  [4, 2.132],
  [5, 2.015],
  [6, 1.943],
  [7, 1.895],
  [8, 1.86],
  [9, 1.833],
  [10, 1.812],
  [12, 1.782],
  [15, 1.753],
  [20, 1.725],
  [25, 1.708],
  [30, 1.697],
  [40, 1.684],
  [60, 1.671],
  [120, 1.658],
];

/** t quantile for `df` degrees of freedom (conservative: the next tabled df below). */
export function tQuantile90(df: number): number {
  let t = 1.645;
  for (const [d, v] of tTable) if (df >= d) t = v;
  return df >= 1 ? (df > 120 ? 1.645 : t) : Infinity;
}

const EPS = 1e-9;

/**
 * Forecast of when `points` (day number → value, any order, nulls skipped)
 * reach `goal`. Example: values 50, 50.5, … rising 0.5 a day to 63.5 on
 * 2026-11-20 with goal 70 → 13 more days → `{ status: 'on-pace', date: '2026-12-03' }`.
 */
export function forecastReach(
  points: readonly { day: number; value: number | null }[],
  goal: number,
  asOf: number,
  deadline: number | null,
  options: ForecastOptions = {},
): Forecast {
  const minPoints = options.minPoints ?? 7;
  const horizon = options.horizonDays ?? 1095;
  const known = points.filter((p): p is { day: number; value: number } => p.value !== null);
  const latestKnown = known.reduce<{ day: number; value: number } | null>(
    (best, p) => (best === null || p.day > best.day ? p : best),
    null,
  );
  if (latestKnown !== null && latestKnown.value >= goal) return { status: 'reached' };
  const n = known.length;
  if (n < Math.max(3, minPoints)) return { status: 'insufficient-data', points: n };
  const xMean = known.reduce((s, p) => s + p.day, 0) / n;
  const yMean = known.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of known) {
    sxx += (p.day - xMean) ** 2;
    sxy += (p.day - xMean) * (p.value - yMean);
  }
  if (sxx === 0) return { status: 'insufficient-data', points: n };
  const b = sxy / sxx;
  const fit = (x: number) => yMean + b * (x - xMean);
  let sse = 0;
  for (const p of known) sse += (p.value - fit(p.day)) ** 2;
  const s = Math.sqrt(sse / (n - 2));
  const t = tQuantile90(n - 2);
  const half = (x: number) => t * s * Math.sqrt(1 + 1 / n + (x - xMean) ** 2 / sxx);
  const base = { slopePerDay: b, points: n };
  if (b <= EPS)
    return {
      status: 'not-on-pace',
      reason: 'flat-or-declining',
      date: null,
      earliest: null,
      latest: null,
      ...base,
    };
  const firstDay = (reaches: (x: number) => boolean): number | null => {
    for (let x = asOf + 1; x <= asOf + horizon; x += 1) if (reaches(x)) return x;
    return null;
  };
  const projected = Math.max(asOf + 1, Math.ceil((goal - yMean) / b + xMean - EPS));
  const date = projected <= asOf + horizon ? projected : null;
  const earliest = firstDay((x) => fit(x) + half(x) >= goal - EPS);
  const latest = firstDay((x) => fit(x) - half(x) >= goal - EPS);
  const reason =
    date === null
      ? 'beyond-horizon'
      : deadline !== null && date > deadline
        ? 'after-deadline'
        : null;
  const str = (x: number | null) => (x === null ? null : dayString(x));
  return {
    status: reason ? 'not-on-pace' : 'on-pace',
    reason,
    date: str(date),
    earliest: str(earliest),
    latest: str(latest),
    ...base,
  };
}
