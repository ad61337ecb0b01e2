/**
 * The champion rows of the members a page shows, asked of the background as
 * the overlay finds them (issue 12): the overlay's insights answer carries only
 * the best few rows (its fallback list), not the thousands of a large
 * organisation. The badge feature says which emails and name keys it finds
 * (`want`); one scan's worth goes in one message, after the scan; each is
 * asked once per model. What the background answers is kept: a row, or that
 * the member is no champion. A failed ask is tried again a few times, then
 * left until the member is found again.
 */
import type { Champion } from '@/lib/metrics/insight-types';
import { createStore, type Store } from '@/lib/overlay/store';

/** Who to ask about: emails (lower-cased) and name keys. */
export interface ChampionQuery {
  emails: string[];
  nameKeys: string[];
}

/** What the lookup knows; replaced (a new object) whenever an answer arrives. */
export interface LookupState {
  /** Champion rows answered, by member id. */
  rows: ReadonlyMap<string, Champion>;
}

export interface ChampionLookup {
  /** Re-rendering islands subscribe here. */
  state: Store<LookupState>;
  /**
   * What the background said of this email or name key: the champion's row,
   * null when it is no champion, undefined when not answered yet.
   */
  find(kind: 'email' | 'name', key: string): Champion | null | undefined;
  /** Ask about this email or name key unless asked already (sent once the current task ends). */
  want(kind: 'email' | 'name', key: string): void;
  /** `find`, and `want` when it is not answered yet. */
  findOrAsk(kind: 'email' | 'name', key: string): Champion | null | undefined;
  /**
   * The model changed: ask again about everything asked so far (answers of
   * older asks are dropped; the current ones stay until the new ones arrive).
   */
  refresh(): void;
}

export interface LookupOptions {
  signal: AbortSignal;
  /** Most keys of one kind in one message (the contract's limit). */
  batch: number;
  /** Tries of a failed ask before it waits for the member to be found again. */
  tries?: number;
  /** Wait between tries (ms). */
  retryMs?: number;
  /** When to send what was wanted (after the scan that wanted it). */
  schedule?: (run: () => void) => void;
}

/** A lookup asking through `ask` (the data loader's `championRows`). */
export function createChampionLookup(
  ask: (query: ChampionQuery) => Promise<Champion[]>,
  { signal, batch, tries = 3, retryMs = 1000, schedule = queueMicrotask }: LookupOptions,
): ChampionLookup {
  const state = createStore<LookupState>({ rows: new Map() });
  /** `email:…` / `name:…` → member id, null (no champion) or 'asking'. */
  const known = new Map<string, string | null | 'asking'>();
  let rows = new Map<string, Champion>();
  let pending = new Set<string>();
  let scheduled = false;
  let generation = 0;

  const send = (keys: string[], triesLeft: number, gen: number) => {
    const query: ChampionQuery = { emails: [], nameKeys: [] };
    for (const k of keys) {
      if (k.startsWith('email:')) query.emails.push(k.slice(6));
      else query.nameKeys.push(k.slice(5));
    }
    ask(query).then(
      (found) => {
        if (signal.aborted || gen !== generation) return;
        const byEmail = new Map<string, Champion>();
        const byName = new Map<string, Champion>();
        for (const c of found) {
          if (c.email) byEmail.set(c.email.toLowerCase(), c);
          if (c.nameKey) byName.set(c.nameKey, c);
        }
        const next = new Map(rows);
        for (const k of keys) {
          const c = k.startsWith('email:') ? byEmail.get(k.slice(6)) : byName.get(k.slice(5));
          if (c) next.set(c.memberId, c);
          known.set(k, c ? c.memberId : null);
        }
        // Only the rows some key still names (after a refresh, a member may be no champion now).
        const named = new Set(known.values());
        rows = new Map([...next].filter(([id]) => named.has(id)));
        state.replace({ rows });
      },
      () => {
        if (signal.aborted || gen !== generation) return;
        if (triesLeft > 1) {
          setTimeout(() => !signal.aborted && send(keys, triesLeft - 1, gen), retryMs);
          return;
        }
        for (const k of keys) known.delete(k); // asked again when found again
      },
    );
  };

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const keys = [...pending];
    pending = new Set();
    const emails = keys.filter((k) => k.startsWith('email:'));
    const names = keys.filter((k) => !k.startsWith('email:'));
    for (let i = 0; i < Math.max(emails.length, names.length); i += batch)
      send([...emails.slice(i, i + batch), ...names.slice(i, i + batch)], tries, generation);
  };

  const enqueue = (id: string) => {
    pending.add(id);
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };
  const want = (id: string) => {
    if (known.has(id)) return;
    known.set(id, 'asking');
    enqueue(id);
  };

  const find: ChampionLookup['find'] = (kind, key) => {
    const memberId = known.get(`${kind}:${key}`);
    if (memberId === undefined || memberId === 'asking') return undefined;
    return memberId === null ? null : rows.get(memberId);
  };
  return {
    state,
    find,
    want: (kind, key) => want(`${kind}:${key}`),
    findOrAsk(kind, key) {
      const answered = find(kind, key);
      if (answered === undefined) want(`${kind}:${key}`);
      return answered;
    },
    refresh() {
      // The answers so far stay shown (no badge blinks) until the new ones arrive.
      generation += 1;
      pending = new Set();
      for (const k of known.keys()) enqueue(k);
    },
  };
}
