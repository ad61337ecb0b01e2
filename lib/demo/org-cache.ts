// Mutable caches hung off a DemoOrg: per-day activity bitsets and computed summary series.

/** Bitset slots: 0 = active (chat, Claude Code or Cowork), then one per product. */
export const SLOT = { any: 0, chat: 1, code: 2, cowork: 3, office: 4, design: 5 } as const;
export const SLOT_COUNT = 6;

/** Daily counts of one summary series (index = day). */
export interface SeriesCounts {
  /** [slot][day] daily, weekly (7-day trailing) and monthly (30-day trailing) actives. */
  daily: Int32Array[];
  weekly: Int32Array[];
  monthly: Int32Array[];
  /** Last day index covered. */
  upTo: number;
  /** First day index whose counts are exact (earlier entries are 0, never read). */
  from: number;
}

export interface OrgCache {
  /** Days 0…builtTo all have bitsets (-1 before the first build); later days may too. */
  builtTo: number;
  /** bits[slot][day]: one bit per member; undefined for days not built yet (`ensureBits`). */
  bits: Uint32Array[][];
  /** Summary series by filter key ('' = whole organisation). */
  series: Map<string, SeriesCounts>;
  /** Static (transfer-free) membership bitset per group. */
  groupBase: Uint32Array[] | null;
}

/** An empty cache. */
export function createOrgCache(): OrgCache {
  return {
    builtTo: -1,
    bits: Array.from({ length: SLOT_COUNT }, () => []),
    series: new Map(),
    groupBase: null,
  };
}
