/**
 * Retention of per-person history (issue 11 item 12): keeps the days from
 * `firstKeptDay` on, and deletes, in one transaction, what is older:
 *
 * - member days (`userDays`) and staged pages before `firstKeptDay`;
 * - window rollups (`userRollups`) and group membership snapshots whose
 *   window ended before it (`endDay` < firstKeptDay; windows are [start, end));
 * - member records (emails) of people not seen since (`lastSeenDay` before it).
 *
 * Org and group totals (`summaries`, `groupActivity`, spend, catalog) are
 * aggregates, not per-person history, and stay. Run by the sync controller
 * after each sync when `settings.sync.retentionDays` is set.
 *
 * @example firstKeptDayFor('2026-12-05', 90) // "2026-09-07" (90 days: 09-07 … 12-05)
 */
import { writeTx } from '@/lib/store/tx';

export interface RetentionOutcome {
  days: number;
  rollups: number;
  memberships: number;
  members: number;
}

/** The first day kept when `retentionDays` days up to and including `today` are kept. */
export function firstKeptDayFor(today: string, retentionDays: number): string {
  const t = Date.parse(`${today}T00:00:00Z`) - (retentionDays - 1) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export async function enforceRetention(firstKeptDay: string): Promise<RetentionOutcome> {
  const stores = ['userDays', 'staging', 'userRollups', 'groupMembership', 'members'] as const;
  return writeTx([...stores], 'delete history older than the retention period', async (tx) => {
    const out: RetentionOutcome = { days: 0, rollups: 0, memberships: 0, members: 0 };
    const before = IDBKeyRange.upperBound(firstKeptDay, true);
    out.days = await tx.objectStore('userDays').count(before);
    await tx.objectStore('userDays').delete(before);
    await tx.objectStore('staging').delete(IDBKeyRange.upperBound([firstKeptDay], true));
    // userRollups keys are [endDay, startDay]: everything ending before the first kept day.
    const rollups = IDBKeyRange.upperBound([firstKeptDay], true);
    out.rollups = await tx.objectStore('userRollups').count(rollups);
    await tx.objectStore('userRollups').delete(rollups);
    let m = await tx.objectStore('groupMembership').openCursor();
    while (m) {
      if (m.value.endDay < firstKeptDay) {
        await m.delete();
        out.memberships += 1;
      }
      m = await m.continue();
    }
    let p = await tx.objectStore('members').openCursor();
    while (p) {
      if (p.value.lastSeenDay < firstKeptDay) {
        await p.delete();
        out.members += 1;
      }
      p = await p.continue();
    }
    return out;
  });
}
