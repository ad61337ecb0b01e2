/**
 * Members, groups and group membership over time.
 */
import { groupSchema, memberSchema, membershipSchema } from '@/lib/store/record-schemas';
import type { GroupMembershipSnapshot, GroupRecord, MemberRecord } from '@/lib/store/records';
import { maxKey } from '@/lib/store/schema';
import { readTx, writeTx } from '@/lib/store/tx';
import { validated } from '@/lib/store/validate';
import { forgottenMemberIds } from '@/lib/store/forget';

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/**
 * One member record from a stored one and a newer sighting, order-independent
 * (so backfilling old days after new ones gives the same result): first seen =
 * earliest, last seen = latest, last active = latest non-null; the email comes
 * from the sighting with the later `lastSeenDay` (ties: the incoming one).
 */
export function mergeMember(stored: MemberRecord | undefined, seen: MemberRecord): MemberRecord {
  if (!stored) return seen;
  const active = [stored.lastActiveDay, seen.lastActiveDay].filter((d): d is string => d !== null);
  return {
    id: seen.id,
    email: seen.lastSeenDay >= stored.lastSeenDay ? seen.email : stored.email,
    firstSeenDay: minDay(stored.firstSeenDay, seen.firstSeenDay),
    lastSeenDay: maxDay(stored.lastSeenDay, seen.lastSeenDay),
    lastActiveDay: active.length ? active.reduce(maxDay) : null,
  };
}

/** Whether two member records hold the same facts (every field equal). */
export function sameMember(a: MemberRecord, b: MemberRecord): boolean {
  return (
    a.id === b.id &&
    a.email === b.email &&
    a.firstSeenDay === b.firstSeenDay &&
    a.lastSeenDay === b.lastSeenDay &&
    a.lastActiveDay === b.lastActiveDay
  );
}

/**
 * Records members seen (merged with what is stored, see mergeMember), one
 * transaction. Every record is validated first; one invalid record throws
 * StoreError('invalid') and none is written. (commitUserDay already records
 * the members of each committed day.)
 */
export async function upsertMembers(members: readonly MemberRecord[]): Promise<void> {
  const valid = members.map((m, i) => validated(memberSchema, m, `Member ${i + 1}`));
  const forgotten = await forgottenMemberIds();
  await writeTx(['members'], 'store members', async (tx) => {
    for (const member of valid) {
      if (forgotten.has(member.id)) continue;
      await tx.store.put(mergeMember(await tx.store.get(member.id), member));
    }
  });
}

/** Every member held, in id order. */
export function readMembers(): Promise<MemberRecord[]> {
  return readTx(['members'], 'read members', (tx) => tx.store.getAll());
}

/**
 * A group record from a stored one and a new one: the one with the later
 * `lastSeenDay` wins (ties: the new one), but a null name keeps the known name.
 */
export function mergeGroup(stored: GroupRecord | undefined, next: GroupRecord): GroupRecord {
  if (!stored) return next;
  const winner = next.lastSeenDay >= stored.lastSeenDay ? next : stored;
  return { ...winner, name: winner.name ?? next.name ?? stored.name };
}

/** Stores groups (merged, see mergeGroup), one transaction; invalid input writes nothing. */
export async function putGroups(groups: readonly GroupRecord[]): Promise<void> {
  const valid = groups.map((g, i) => validated(groupSchema, g, `Group ${i + 1}`));
  await writeTx(['groups'], 'store groups', async (tx) => {
    for (const group of valid) await tx.store.put(mergeGroup(await tx.store.get(group.id), group));
  });
}

/** Every group held, in id order. */
export function readGroups(): Promise<GroupRecord[]> {
  return readTx(['groups'], 'read groups', (tx) => tx.store.getAll());
}

/**
 * Stores who held a group over a window. Snapshots are kept per window
 * (history of membership); the same window fetched again replaces the stored
 * one unless that one was fetched later.
 */
export async function putGroupMembership(snapshot: GroupMembershipSnapshot): Promise<void> {
  const checked = validated(membershipSchema, snapshot, `Membership of ${snapshot.groupId}`);
  const forgotten = await forgottenMemberIds();
  const valid = { ...checked, memberIds: checked.memberIds.filter((id) => !forgotten.has(id)) };
  await writeTx(['groupMembership'], 'store group membership', async (tx) => {
    const stored = await tx.store.get([valid.groupId, valid.endDay, valid.startDay]);
    if (!stored || stored.fetchedAt <= valid.fetchedAt) await tx.store.put(valid);
  });
}

/**
 * The most recent membership snapshot of a group: the latest window end;
 * among windows ending the same day, the shortest (latest start), which is
 * the most current view. Null when none is stored.
 */
export function latestMembership(groupId: string): Promise<GroupMembershipSnapshot | null> {
  return readTx(['groupMembership'], 'read group membership', async (tx) => {
    const range = IDBKeyRange.bound([groupId], [groupId, maxKey]);
    const cursor = await tx.store.openCursor(range, 'prev');
    return cursor?.value ?? null;
  });
}

/** Every membership snapshot of a group, ordered by window end then start. */
export function membershipHistory(groupId: string): Promise<GroupMembershipSnapshot[]> {
  return readTx(['groupMembership'], 'read group membership', (tx) =>
    tx.store.getAll(IDBKeyRange.bound([groupId], [groupId, maxKey])),
  );
}
