// Which products a member uses on a day: the cheap decision everything else builds on.
import { dayIndex, isWeekend } from './dates';
import type { DemoOrgCore } from './org';
import { P, unit } from './prng';
import { CORE_PRODUCTS, PRODUCT, PRODUCT_KEYS, type DemoMember } from './org-types';
import { OFFICE_WORD_OUTLOOK_DAY } from './calendar';

const HOLIDAYS = new Set(['2026-01-19', '2026-05-25', '2026-07-03', '2026-09-07'].map(dayIndex));
const AUGUST = [dayIndex('2026-08-01'), dayIndex('2026-08-31')] as const;

/**
 * Organisation-wide activity multiplier of a day: a slow upward trend through the year
 * (0.72 → 1.0 over 300 days), an August holiday dip (×0.85) and public holidays (×0.3).
 */
export function dayFactor(d: number): number {
  let f = 0.72 + 0.28 * Math.min(1, Math.max(0, d) / 300);
  if (d >= AUGUST[0] && d <= AUGUST[1]) f *= 0.85;
  if (HOLIDAYS.has(d)) f *= 0.3;
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
