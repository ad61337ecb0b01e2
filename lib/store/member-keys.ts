/**
 * Columnar records as stored: member interning plus narrowed columns.
 *
 * Stored columnar records name members by a small ordinal instead of repeating
 * a 31-character `user_…` id per member per day. The `memberKeys` store maps
 * id → ordinal; ordinals are dense, assigned in order of first sight, and
 * never reused (only a replace-import clears them, together with every record
 * that uses them).
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import { narrow, narrowOrdinals, storedBytes, widen } from '@/lib/store/columns';
import { StoreError } from '@/lib/store/errors';
import { activeBitmap, keepActive, spreadActive } from '@/lib/store/sparse-columns';
import { eachRequest } from '@/lib/store/tx';
import type { HistorySchema, StoredColumn } from '@/lib/store/schema';

type Tx = StoreNames<HistorySchema>[];
type KeysStore<T extends Tx, M extends IDBTransactionMode> = IDBPObjectStore<
  HistorySchema,
  T,
  'memberKeys',
  M
>;

/** Known id → ordinal map of one transaction, so a bulk write loads `memberKeys` once. */
export interface MemberKeyCache {
  known: Map<string, number>;
  next: number;
}

/**
 * Ordinals of `memberIds` (in order), assigning new ordinals to ids not seen
 * before, inside the caller's transaction (so a rollback also forgets them).
 * Pass the same `cache` (empty object first) to every call of one transaction.
 */
export async function internMembers<T extends Tx>(
  store: KeysStore<T, 'readwrite'>,
  memberIds: readonly string[],
  cache: Partial<MemberKeyCache> = {},
): Promise<StoredColumn> {
  if (!cache.known) {
    cache.known = new Map((await store.getAll()).map((k) => [k.id, k.ordinal]));
    cache.next = 0;
    for (const ordinal of cache.known.values()) cache.next = Math.max(cache.next, ordinal + 1);
  }
  const known = cache.known;
  const fresh: { id: string; ordinal: number }[] = [];
  const ordinals = new Uint32Array(memberIds.length);
  memberIds.forEach((id, i) => {
    let ordinal = known.get(id);
    if (ordinal === undefined) {
      ordinal = cache.next!;
      cache.next! += 1;
      known.set(id, ordinal);
      fresh.push({ id, ordinal });
    }
    ordinals[i] = ordinal;
  });
  await eachRequest(fresh, (k) => store.put(k));
  return narrowOrdinals(ordinals);
}

/** Id by ordinal, for decoding stored records (`ids[ordinal]`). */
export async function memberIdsByOrdinal<T extends Tx, M extends IDBTransactionMode>(
  store: KeysStore<T, M>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const k of await store.getAll()) ids[k.ordinal] = k.id;
  return ids;
}

/**
 * Throws StoreError('invalid') unless every column has one value per member
 * and no member is listed twice (`what` names the record in the message).
 */
export function checkColumnar(
  memberIds: readonly string[],
  columns: Record<string, Uint32Array>,
  names: readonly string[],
  what: string,
): void {
  if (new Set(memberIds).size !== memberIds.length) {
    throw new StoreError('invalid', `${what} lists a member twice; it was not stored.`);
  }
  for (const name of names) {
    const column = columns[name];
    if (!(column instanceof Uint32Array) || column.length !== memberIds.length) {
      throw new StoreError(
        'invalid',
        `${what}: column ${name} must be a Uint32Array of ${memberIds.length} values; it was not stored.`,
      );
    }
  }
}

/**
 * A columnar record encoded for storage: interned members, narrowed columns, their byte size.
 * With `sparse`, columns hold the active entries only and `active` marks them (sparse-columns.ts).
 */
export async function encodeColumnar<T extends Tx, N extends string>(
  store: KeysStore<T, 'readwrite'>,
  memberIds: readonly string[],
  columns: Record<N, Uint32Array>,
  names: readonly N[],
  cache?: Partial<MemberKeyCache>,
  options: { sparse?: boolean } = {},
): Promise<{
  members: StoredColumn;
  columns: Partial<Record<N, StoredColumn>>;
  active?: Uint8Array;
  bytes: number;
}> {
  const members = await internMembers(store, memberIds, cache);
  const active = options.sparse
    ? activeBitmap(
        names.map((n) => columns[n]),
        memberIds.length,
      )
    : undefined;
  const stored: Partial<Record<N, StoredColumn>> = {};
  for (const name of names) {
    const column = narrow(active ? keepActive(columns[name], active) : columns[name]);
    if (column) stored[name] = column;
  }
  const bytes = storedBytes(members, stored) + (active?.byteLength ?? 0);
  return active ? { members, columns: stored, active, bytes } : { members, columns: stored, bytes };
}

/** A stored columnar record back to member ids and full Uint32Array columns. */
export function decodeColumnar<N extends string>(
  stored: {
    members: StoredColumn;
    columns: Partial<Record<N, StoredColumn>>;
    active?: Uint8Array;
  },
  ids: readonly string[],
  names: readonly N[],
): { memberIds: string[]; columns: Record<N, Uint32Array> } {
  const length = stored.members.length;
  const memberIds = Array.from(stored.members, (o) => ids[o] ?? `unknown-${o}`);
  const columns = {} as Record<N, Uint32Array>;
  const active = stored.active;
  for (const name of names)
    columns[name] = active
      ? spreadActive(stored.columns[name], active, length)
      : widen(stored.columns[name], length);
  return { memberIds, columns };
}
