// Invitations that were never accepted (not members: no /users rows).
import { FIRST_NAMES, LAST_NAMES, freshEmail, localPartAt } from './names';
import { hash4, P, unit } from './prng';
import type { PendingInvitee } from './org-types';
import { STRUCTURE_DAY } from './calendar';
import { buildRecurringInvitees } from './recurring';

/**
 * About 1.5% of the roster (at least 1) in extra invitations during the first year, sent on
 * days 5…{@link STRUCTURE_DAY}, then a few every month after it ({@link buildRecurringInvitees});
 * each is pending for 30 days before it lapses. Emails avoid the members' (`taken`).
 */
export function buildInvitees(
  seed: number,
  n: number,
  domain: string,
  taken: Set<string>,
): PendingInvitee[] {
  const out: PendingInvitee[] = [];
  const count = Math.max(1, Math.round(n * 0.015));
  for (let i = 0; i < count; i++) {
    const first = hash4(seed, i, 0, P.invitee) % FIRST_NAMES.length;
    const last = hash4(seed, i, 1, P.invitee) % LAST_NAMES.length;
    const email = freshEmail(taken, localPartAt(first, last), domain);
    const inviteDay = 5 + Math.floor(unit(seed, i, 2, P.invitee) * Math.max(1, STRUCTURE_DAY - 5));
    out.push({ email, inviteDay, expiresDay: inviteDay + 30 });
  }
  return [...out, ...buildRecurringInvitees(seed, n, domain, taken, count)];
}
