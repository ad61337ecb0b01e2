/**
 * The clock the browser and the mock API agree on in end-to-end tests.
 *
 * `UPTAKE_CLOCK_OFFSET_DAYS=400` (see `npm run test:e2e:later`) moves Chromium's
 * clock ahead with Debian's libfaketime (`LD_PRELOAD` + `FAKETIME=+400d`; monotonic
 * time is faked too, as Chromium needs) and the mock API's "today" by the same
 * offset, as the browser and the real API agree on the date in real life.
 *
 * Tests never read `Date.now()` for an expected date: they use `browserNow()`
 * (or pin the clock of the code under test).
 */
import { existsSync } from 'node:fs';
import { dayString, latestDayAt } from '../../lib/demo';

const msPerDay = 86_400_000;

/** Days the browser's and the mock's clocks run ahead of the machine's (0 normally). */
export const clockOffsetDays = (() => {
  const raw = process.env.UPTAKE_CLOCK_OFFSET_DAYS ?? '';
  if (raw === '') return 0;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0)
    throw new Error(`UPTAKE_CLOCK_OFFSET_DAYS must be a whole number of days, not "${raw}".`);
  return days;
})();

export const clockOffsetMs = clockOffsetDays * msPerDay;

/** What `Date.now()` reads in the browser (and in the mock API) right now. */
export function browserNow(): number {
  return Date.now() + clockOffsetMs;
}

/** The browser's current UTC day, `YYYY-MM-DD`. */
export function browserToday(): string {
  return new Date(browserNow()).toISOString().slice(0, 10);
}

let latestOfThisRun: string | null = null;

/**
 * The API's latest available day for this test process, by the browser's clock (yesterday
 * from 13:30 UTC, else the day before; `latestDayAt`). The fixtures' mock serves it. Fixed at
 * first use, so a run that crosses 13:30 UTC keeps one latest day (no flaky test at 13:30).
 */
export function apiLatestDay(): string {
  latestOfThisRun ??= dayString(latestDayAt(browserNow()));
  return latestOfThisRun;
}

/** `day` plus `n` days (UTC), `YYYY-MM-DD`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * msPerDay).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}

const fakeTimeLibraries = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
];

/**
 * Environment for launching Chromium on the shifted clock (undefined when no
 * offset is asked for). Throws with what to install when libfaketime is missing.
 */
export function chromiumClockEnv(): Record<string, string> | undefined {
  if (clockOffsetDays === 0) return undefined;
  const library = fakeTimeLibraries.find((file) => existsSync(file));
  if (!library)
    throw new Error(
      'UPTAKE_CLOCK_OFFSET_DAYS needs libfaketime: apt-get install -y faketime (Debian).',
    );
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined) env[name] = value;
  return { ...env, LD_PRELOAD: library, FAKETIME: `+${clockOffsetDays}d` };
}
