/**
 * Spend limits the admin enters (monthly, in dollars), mirrored from the
 * Claude admin console so Uptake can warn before they bite.
 *
 * Levels and **precedence** (as the product applies them): a person's
 * per-user limit is their **individual** limit when one is set, else their
 * **group** limit (all members of a limited group share that per-user
 * limit), else the **org**'s default per-user limit, else none. When a
 * person is in several limited groups Uptake uses the lowest of those
 * group limits (the safe reading for warnings; the admin console is the
 * authority). Independently, the org's monthly cap bounds the org's total.
 *
 * **Warnings**: used = spend / limit; ≥ 75% "approaching", ≥ 90% "near",
 * ≥ 100% "reached". No limit (or a limit of 0) → 'no-limit'.
 */
import { z } from 'zod';

const dollars = z.number().finite().nonnegative();

export const spendLimitsSchema = z.object({
  /** Monthly cap on the whole org's spend. */
  orgMonthlyCap: dollars.nullable().catch(null),
  /** Default monthly limit per person. */
  orgPerUser: dollars.nullable().catch(null),
  /** Group id → monthly limit per member of the group. */
  groups: z.record(z.string(), dollars).catch({}),
  /** Email (lower case) → monthly limit for that person. */
  individuals: z.record(z.string(), dollars).catch({}),
});
export type SpendLimits = z.infer<typeof spendLimitsSchema>;

export const noLimits: SpendLimits = {
  orgMonthlyCap: null,
  orgPerUser: null,
  groups: {},
  individuals: {},
};

export interface EffectiveLimit {
  amount: number | null;
  level: 'individual' | 'group' | 'org' | 'none';
  /** The group whose limit applies (group level only). */
  groupId: string | null;
}

/**
 * The per-user limit that applies to a person (individual over group over
 * org). `groupIds` are the person's groups. Example: individual none,
 * groups {A: 200, B: 150}, org 100 → 150 from group B.
 */
export function effectiveLimit(
  limits: SpendLimits,
  email: string | null,
  groupIds: readonly string[],
): EffectiveLimit {
  const own = email === null ? undefined : limits.individuals[email.toLowerCase()];
  if (own !== undefined) return { amount: own, level: 'individual', groupId: null };
  let best: { id: string; amount: number } | null = null;
  for (const id of groupIds) {
    const amount = limits.groups[id];
    if (amount === undefined) continue;
    if (best === null || amount < best.amount || (amount === best.amount && id < best.id))
      best = { id, amount };
  }
  if (best) return { amount: best.amount, level: 'group', groupId: best.id };
  if (limits.orgPerUser !== null) return { amount: limits.orgPerUser, level: 'org', groupId: null };
  return { amount: null, level: 'none', groupId: null };
}

export type LimitStatus = 'no-limit' | 'ok' | 'approaching' | 'near' | 'reached';

export interface LimitUse {
  status: LimitStatus;
  /** spend / limit (1 = the whole limit); null without a limit. */
  used: number | null;
}

/**
 * How much of a limit is used, with the 75% / 90% / 100% warnings.
 * Example: $80 of $100 → { status: 'approaching', used: 0.8 }.
 */
export function limitUse(spend: number, limit: number | null): LimitUse {
  if (limit === null || !(limit > 0)) return { status: 'no-limit', used: null };
  const used = spend / limit;
  const status: LimitStatus =
    used >= 1 ? 'reached' : used >= 0.9 ? 'near' : used >= 0.75 ? 'approaching' : 'ok';
  return { status, used };
}

/** Words for a status, e.g. "90% warning: 93% of the limit used". */
export function limitStatusText(use: LimitUse): string {
  if (use.used === null) return 'No limit set';
  const pct = `${Math.round(use.used * 100)}% of the limit used`;
  switch (use.status) {
    case 'reached':
      return `Limit reached: ${pct}`;
    case 'near':
      return `90% warning: ${pct}`;
    case 'approaching':
      return `75% warning: ${pct}`;
    default:
      return pct;
  }
}
