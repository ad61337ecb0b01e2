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
 * Builds activity bitsets for every day up to `upTo` (inclusive). Returns `org.cache.bits`:
 * `bits[slot][day]`, slot 0 = active (chat, Claude Code or Cowork), then chat, Claude Code,
 * Cowork, Office, Design.
 */
export function ensureBits(org: DemoOrg, upTo: number): Uint32Array[][] {
  const cache = org.cache;
  const from = cache.builtTo + 1;
  if (upTo < from) return cache.bits;
  const words = wordsFor(org.members.length);
  for (let s = 0; s < SLOT_COUNT; s++)
    for (let d = from; d <= upTo; d++) cache.bits[s]![d] = new Uint32Array(words);
  const slots = cache.bits;
  for (const m of org.members) {
    if (m.firstActiveDay === null) continue;
    const start = Math.max(from, m.firstActiveDay, m.seatDay);
    const end = m.lastActiveDay === null ? upTo : Math.min(upTo, m.lastActiveDay);
    const w = m.index >>> 5;
    const bit = 1 << (m.index & 31);
    for (let d = start; d <= end; d++) {
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
  cache.builtTo = upTo;
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
