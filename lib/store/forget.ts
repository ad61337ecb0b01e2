/**
 * "Forget this person" (issue 11 item 12): removes one member from the shown
 * history — every stored day and window rollup (their column entries), every
 * group membership snapshot, their member record, their interned id and any
 * staged page row — in one transaction, and adds them to the tombstone list
 * so that a later sync does not bring them back (`forgottenMemberIds`, read
 * by commitUserDay, upsertMembers and putGroupMembership before they write).
 *
 * Group totals the API computed (org and group /summaries, spend) still
 * count them: those are the API's aggregates, not per-person history. Caches
 * built from the history (insight models, the popup's picture) are dropped by
 * the caller (the background) after this resolves. The team snapshot names no
 * one (lib/snapshot/build.ts), so it holds nothing to remove.
 */
import type { StoredColumn } from '@/lib/store/schema';
import { dropBit } from '@/lib/store/sparse-columns';
import { storedBytes } from '@/lib/store/columns';
import { readState, writeState } from '@/lib/store/state';
import { readTx, writeTx } from '@/lib/store/tx';

export interface ForgetOutcome {
  /** The member id forgotten; null when neither the id nor the email is known here. */
  memberId: string | null;
  /** Stored days and window rollups the member was removed from. */
  days: number;
  rollups: number;
  memberships: number;
}

/** Member ids that must never be written to the per-person history again. */
export async function forgottenMemberIds(): Promise<Set<string>> {
  const list = (await readState(['forgotten'])).forgotten;
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

/** The record without entry `i` (columns keep their type; bytes recomputed; dense or sparse). */
function dropEntry<
  R extends {
    members: StoredColumn;
    columns: Partial<Record<string, StoredColumn>>;
    active?: Uint8Array;
    bytes: number;
  },
>(record: R, i: number): R {
  const cutAt =
    (at: number) =>
    (c: StoredColumn): StoredColumn => {
      const out = new (c.constructor as Uint32ArrayConstructor)(c.length - 1);
      out.set(c.subarray(0, at), 0);
      out.set(c.subarray(at + 1), at);
      return out;
    };
  const members = cutAt(i)(record.members);
  const sparse = record.active ? dropBit(record.active, record.members.length, i) : null;
  // Dense: every column loses entry i. Sparse: only an active entry has values to remove.
  const at = sparse ? sparse.activeIndex : i;
  const columns = Object.fromEntries(
    Object.entries(record.columns).map(([k, c]) => [k, c && at >= 0 ? cutAt(at)(c) : c]),
  ) as R['columns'];
  const bytes = storedBytes(members, columns) + (sparse?.bits.byteLength ?? 0);
  return sparse
    ? { ...record, members, columns, active: sparse.bits, bytes }
    : { ...record, members, columns, bytes };
}

/**
 * Forgets one member, found by member id or by email (case-insensitive).
 * Tombstones the id first, so that a sync running alongside cannot write the
 * member back after the removal.
 */
export async function forgetMember(who: {
  memberId?: string;
  email?: string;
}): Promise<ForgetOutcome> {
  const email = who.email?.trim().toLowerCase();
  const found = await readTx(['members'], 'find the member', async (tx) => {
    if (who.memberId) return who.memberId.trim();
    if (!email) return null;
    const record = await tx.store.index('byEmail').get(email);
    return record?.id ?? null;
  });
  if (!found) return { memberId: null, days: 0, rollups: 0, memberships: 0 };
  const tombstones = await forgottenMemberIds();
  tombstones.add(found);
  await writeState({ forgotten: [...tombstones] });
  const stores = [
    'userDays',
    'userRollups',
    'groupMembership',
    'members',
    'memberKeys',
    'staging',
  ] as const;
  return writeTx([...stores], 'forget the member', async (tx) => {
    const outcome: ForgetOutcome = { memberId: found, days: 0, rollups: 0, memberships: 0 };
    const key = await tx.objectStore('memberKeys').get(found);
    if (key) {
      for (const name of ['userDays', 'userRollups'] as const) {
        let cursor = await tx.objectStore(name).openCursor();
        while (cursor) {
          const i = Array.prototype.indexOf.call(cursor.value.members, key.ordinal);
          if (i >= 0) {
            await cursor.update(dropEntry(cursor.value, i) as never);
            if (name === 'userDays') outcome.days += 1;
            else outcome.rollups += 1;
          }
          cursor = await cursor.continue();
        }
      }
      await tx.objectStore('memberKeys').delete(found);
    }
    let m = await tx.objectStore('groupMembership').openCursor();
    while (m) {
      if (m.value.memberIds.includes(found)) {
        await m.update({ ...m.value, memberIds: m.value.memberIds.filter((id) => id !== found) });
        outcome.memberships += 1;
      }
      m = await m.continue();
    }
    let s = await tx.objectStore('staging').openCursor();
    while (s) {
      if (s.value.rows.some((r) => r.memberId === found))
        await s.update({ ...s.value, rows: s.value.rows.filter((r) => r.memberId !== found) });
      s = await s.continue();
    }
    await tx.objectStore('members').delete(found);
    return outcome;
  });
}
