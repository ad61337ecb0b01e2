// memberDay: the /users row of one member on one day.
import { dayIndex } from './dates';
import { memberDayDetail } from './detail';
import type { DemoOrgCore } from './org';
import type { DemoMember } from './org-types';
import type { AnalyticsUserRef, UserActivityRow } from './types';
import { UserRowAccumulator } from './user-row';

/** The `user` object of a member's rows. */
export function userRef(m: DemoMember): AnalyticsUserRef {
  return { id: m.id, email_address: m.email, type: 'user' };
}

/**
 * The `/users` row (AnalyticsUserActivity, §5.1) of member `memberIndex` on `day`
 * (`YYYY-MM-DD` or day index). Every metric block is present; an inactive day gives an
 * all-zero row with `last_activity_date: null`; feature-gated metrics (Cowork file edits)
 * are null. Returns null when the member holds no seat that day (no /users row exists).
 */
export function memberDay(
  org: DemoOrgCore,
  memberIndex: number,
  day: string | number,
): UserActivityRow | null {
  const d = typeof day === 'number' ? day : dayIndex(day);
  const m = org.members[memberIndex];
  if (!m) throw new RangeError(`no member ${memberIndex}`);
  if (d < m.seatDay) return null;
  const acc = new UserRowAccumulator();
  acc.add(memberDayDetail(org, m, d));
  return acc.toRow(userRef(m), false);
}
