// Which products a member uses on a day: the cheap decision everything else builds on.
import { dayMs, dayOfMs, isWeekend, weekday } from './dates';
import type { DemoOrgCore } from './org';
import { P, unit } from './prng';
import { CORE_PRODUCTS, PRODUCT, PRODUCT_KEYS, type DemoMember } from './org-types';
import { OFFICE_WORD_OUTLOOK_DAY } from './calendar';

/** Public holidays of year `y` (day indices), by rule so every year has them. */
function holidaysOf(y: number): number[] {
  const day = (m: number, d: number): number => dayOfMs(Date.UTC(y, m, d));
  const nthMonday = (m: number, n: number): number => {
    const first = day(m, 1);
    return first + ((8 - weekday(first)) % 7) + 7 * (n - 1);
  };
  const lastMay = day(4, 31) - ((weekday(day(4, 31)) + 6) % 7);
  const july4 = day(6, 4);
  const observed = july4 + (weekday(july4) === 6 ? -1 : weekday(july4) === 0 ? 1 : 0);
  // Third Monday of January, last Monday of May, 4 July (observed), first Monday of September.
  return [nthMonday(0, 3), lastMay, observed, nthMonday(8, 1)];
}

const holidayCache = new Map<number, Set<number>>();
/** True on a public holiday (2026: 19 Jan, 25 May, 3 Jul, 7 Sep). */
export function isHoliday(d: number): boolean {
  const y = new Date(dayMs(d)).getUTCFullYear();
  let set = holidayCache.get(y);
  if (!set) holidayCache.set(y, (set = new Set(holidaysOf(y))));
  return set.has(d);
}

const factors: number[] = [];

/**
 * Organisation-wide activity multiplier of a day: a slow upward trend through the first year
 * (0.72 → 1.0 over 300 days), an August holiday dip every year (×0.85) and public holidays (×0.3).
 * Memoised per day (it is asked once per member-day).
 */
export function dayFactor(d: number): number {
  const hit = d >= 0 ? factors[d] : undefined;
  if (hit !== undefined) return hit;
  let f = 0.72 + 0.28 * Math.min(1, Math.max(0, d) / 300);
  if (new Date(dayMs(d)).getUTCMonth() === 7) f *= 0.85;
  if (isHoliday(d)) f *= 0.3;
  if (d >= 0) factors[d] = f;
  return f;
}

/** Key of a project-creation event in `org.creations`. */
export function creationKey(member: number, day: number): number {
  return member * 4096 + day;
}

/** True when an Office app bit mask has at least one app available on day d. */
function officeAvailable(apps: number, d: number): boolean {
  return d >= OFFICE_WORD_OUTLOOK_DAY ? apps !== 0 : (apps & 3) !== 0;
}

/**
 * Products (bit mask of {@link PRODUCT}) member `m` uses on day index `d`; 0 = inactive.
 * Zero before the seat, before the first active day, and after a dormant member's last day.
 * A member is always active on their first active day and on days they create a project.
 * Every active day includes chat, Claude Code or Cowork, so "active" (§5.2) is the same
 * whether or not Office/Design-only use would count.
 */
export function activityMask(org: DemoOrgCore, m: DemoMember, d: number): number {
  const first = m.firstActiveDay;
  if (first === null || d < first || d < m.seatDay) return 0;
  if (m.lastActiveDay !== null && d > m.lastActiveDay) return 0;
  const seed = org.options.seed;
  const forced = org.creations.has(creationKey(m.index, d));
  if (d !== first && !forced) {
    const ramp = Math.min(1, 0.5 + (0.5 * (d - first)) / 28);
    const p = m.propensity * (isWeekend(d) ? m.weekendFactor : 1) * dayFactor(d) * ramp;
    if (unit(seed, m.index, d, P.active) >= p) return 0;
  }
  let mask = 0;
  for (let k = 0; k < 5; k++) {
    const bit = PRODUCT[PRODUCT_KEYS[k]!];
    if (!(m.products & bit) || d < m.productStart[k]!) continue;
    if (bit === PRODUCT.office && !officeAvailable(m.officeApps, d)) continue;
    if (unit(seed, m.index, d, P.productUse * 8 + k) < m.productUse[k]!) mask |= bit;
  }
  if (forced) mask |= PRODUCT.chat;
  if (!(mask & CORE_PRODUCTS)) mask |= m.primary === 'code' ? PRODUCT.code : PRODUCT.chat;
  return mask;
}

/** Office apps (bit mask) available to a member on day d. */
export function officeAppsOn(m: DemoMember, d: number): number {
  return d >= OFFICE_WORD_OUTLOOK_DAY ? m.officeApps : m.officeApps & 3;
}
