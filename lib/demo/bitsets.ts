// Per-day activity bitsets (one bit per member, one bitset per product) and RBAC group
// membership bitsets. Built once per organisation, extended lazily when later days are asked for.
import { activityMask } from './activity';
import type { DemoOrg, DemoOrgCore } from './org';
import { SLOT, SLOT_COUNT } from './org-cache';
import { PRODUCT, type DemoMember } from './org-types';

/** Words per bitset for `n` members. */
export function wordsFor(n: number): number {
  return (n + 31) >>> 5;
}

/**
 * True when member `m` holds group `g` at any point of day `d` (time-of-usage attribution, §3.4).
 * On a transfer day the member holds both the old and the new group.
 */
export function holdsGroup(m: DemoMember, g: number, d: number): boolean {
  if (m.crossGroups.includes(g)) return true;
  const t = m.transfer;
  if (!t) return m.primaryGroup === g;
  return (g === t.from && d <= t.day) || (g === t.to && d >= t.day);
}

/** Groups held by member `m` on day `d` (sorted by group index). */
export function groupsOn(m: DemoMember, d: number): number[] {
  const out = [...m.crossGroups];
  const t = m.transfer;
  if (!t) {
    if (m.primaryGroup !== null) out.push(m.primaryGroup);
  } else {
    if (d <= t.day) out.push(t.from);
    if (d >= t.day) out.push(t.to);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Builds the activity bitsets of the days [from, upTo] (inclusive; `from` defaults to 0) that are
 * not built yet, and returns `org.cache.bits`: `bits[slot][day]`, slot 0 = active (chat, Claude
 * Code or Cowork), then chat, Claude Code, Cowork, Office, Design. Days outside the built ones
 * are `undefined`: read only days you ensured. A day's bitset depends only on (seed, day,
 * options), so building days in any order gives the same bits (the first `/users` page of a
 * 100,000-member org builds one day, not the whole history).
 */
export function ensureBits(org: DemoOrg, upTo: number, from = 0): Uint32Array[][] {
  const cache = org.cache;
  const slots = cache.bits;
  const missing: number[] = [];
  for (let d = Math.max(0, from); d <= upTo; d++)
    if (slots[SLOT.any]![d] === undefined) missing.push(d);
  if (missing.length === 0) return slots;
  const words = wordsFor(org.members.length);
  for (let s = 0; s < SLOT_COUNT; s++)
    for (const d of missing) slots[s]![d] = new Uint32Array(words);
  const first = missing[0]!;
  const last = missing[missing.length - 1]!;
  // Days in [first, last] already built keep their bits (a gap between two earlier windows).
  const todo = new Uint8Array(last - first + 1);
  for (const d of missing) todo[d - first] = 1;
  for (const m of org.members) {
    if (m.firstActiveDay === null) continue;
    const start = Math.max(first, m.firstActiveDay, m.seatDay);
    const end = m.lastActiveDay === null ? last : Math.min(last, m.lastActiveDay);
    const w = m.index >>> 5;
    const bit = 1 << (m.index & 31);
    for (let d = start; d <= end; d++) {
      if (todo[d - first] === 0) continue;
      const mask = activityMask(org, m, d);
      if (mask === 0) continue;
      slots[SLOT.any]![d]![w]! |= bit;
      if (mask & PRODUCT.chat) slots[SLOT.chat]![d]![w]! |= bit;
      if (mask & PRODUCT.code) slots[SLOT.code]![d]![w]! |= bit;
      if (mask & PRODUCT.cowork) slots[SLOT.cowork]![d]![w]! |= bit;
      if (mask & PRODUCT.office) slots[SLOT.office]![d]![w]! |= bit;
      if (mask & PRODUCT.design) slots[SLOT.design]![d]![w]! |= bit;
    }
  }
  let top = cache.builtTo;
  while (slots[SLOT.any]![top + 1] !== undefined) top++;
  cache.builtTo = top;
  return slots;
}

/** True when member `i` has bit set in a bitset. */
export function hasBit(bits: Uint32Array, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** Members holding any of `groups` on day `d`, as a bitset. */
export function groupMask(org: DemoOrg, groups: readonly number[], d: number): Uint32Array {
  const words = wordsFor(org.members.length);
  if (!org.cache.groupBase) {
    org.cache.groupBase = org.groups.map(() => new Uint32Array(words));
    for (const m of org.members) {
      const stable = [
        ...m.crossGroups,
        ...(m.transfer ? [] : m.primaryGroup === null ? [] : [m.primaryGroup]),
      ];
      for (const g of stable) org.cache.groupBase[g]![m.index >>> 5]! |= 1 << (m.index & 31);
    }
  }
  const out = new Uint32Array(words);
  for (const g of groups) {
    const base = org.cache.groupBase[g];
    if (!base) continue;
    for (let w = 0; w < words; w++) out[w]! |= base[w]!;
  }
  for (const m of transferMembers(org)) {
    if (groups.some((g) => holdsGroup(m, g, d))) out[m.index >>> 5]! |= 1 << (m.index & 31);
  }
  return out;
}

const transferCache = new WeakMap<DemoOrgCore, DemoMember[]>();

/** Members who change group at some point. */
export function transferMembers(org: DemoOrgCore): DemoMember[] {
  let list = transferCache.get(org);
  if (!list) {
    list = org.members.filter((m) => m.transfer !== null);
    transferCache.set(org, list);
  }
  return list;
}
