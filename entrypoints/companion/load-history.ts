/**
 * What the companion reads from the local history directly (an extension
 * page may): per-member days folded into a MemberDigest, member records and
 * the stored spend rows. Who is in which group, and which groups may be
 * counted at all, come from the publication gate (lib/metrics/
 * publication-gate.ts, `get-publication-gate`): the same membership and the
 * same privacy floor as the insight models (`get-insights`), so a group is
 * never "size 5, shown" in one and "2 people" in the other.
 */
import { addDay, createDigest, type MemberDigest } from '@/lib/companion/member-digest';
import { costEntries, type CostEntry } from '@/lib/companion/spend';
import { publishedGroupMembers, type PublicationGate } from '@/lib/metrics/publication-gate';
import { sendToBackground } from '@/lib/messages/send';
import { eachUserDay, readMembers, readSpend, readSummaries } from '@/lib/store/history';

export interface HistoryDigest {
  digest: MemberDigest;
  /** Member id → record (first seen, last active over all stored history). */
  members: Map<string, { email: string; firstSeenDay: string; lastActiveDay: string | null }>;
  /** Published group id → member ids (the gate's membership; hidden groups are absent). */
  groupMembers: Map<string, string[]>;
  /** The gate the digest was read through. */
  gate: PublicationGate;
}

/** The background's publication gate; an error when nothing is stored yet. */
export async function loadGate(): Promise<PublicationGate> {
  const { gate } = await sendToBackground({ type: 'to-background:get-publication-gate' });
  if (!gate) throw new Error('No history is stored yet, so nothing can be published.');
  return gate;
}

export interface DigestRequest {
  from: string;
  to: string;
  loadFrom: string;
  weekdaysOnly: boolean;
}

let digestCache: { key: string; value: Promise<HistoryDigest> } | null = null;

/** The digest of [loadFrom, to], memoised for the last request (`version` changes when a sync wrote). */
export function loadDigest(request: DigestRequest, version: string): Promise<HistoryDigest> {
  const key = JSON.stringify([request, version]);
  if (digestCache?.key !== key) {
    const value = readDigest(request);
    digestCache = { key, value };
    value.catch(() => {
      if (digestCache?.value === value) digestCache = null;
    });
  }
  return digestCache.value;
}

async function readDigest(request: DigestRequest): Promise<HistoryDigest> {
  const [members, gate] = await Promise.all([readMembers(), loadGate()]);
  const groupMembers = publishedGroupMembers(gate);
  const groupIds = [...groupMembers.keys()];
  const byMember = new Map<string, number[]>();
  groupIds.forEach((gid, gi) => {
    for (const id of groupMembers.get(gid)!) {
      const list = byMember.get(id);
      if (list) list.push(gi);
      else byMember.set(id, [gi]);
    }
  });
  const digest = createDigest({
    ...request,
    groupIds,
    groupsOf: (id) => byMember.get(id) ?? [],
  });
  await eachUserDay(request.loadFrom, request.to, (day) => addDay(digest, day));
  return {
    digest,
    members: new Map(members.map((m) => [m.id, m])),
    groupMembers,
    gate,
  };
}

let spendCache: { key: string; value: Promise<{ entries: CostEntry[]; skipped: number }> } | null =
  null;

/** Every stored cost row (the sync keeps the last 30 days), as entries. */
export function loadSpend(latestDay: string, version: string) {
  const key = `${latestDay}|${version}`;
  if (spendCache?.key !== key) {
    const value = readSpend('cost', '2026-01-01', latestDay).then((rows) => costEntries(rows));
    spendCache = { key, value };
    value.catch(() => {
      if (spendCache?.value === value) spendCache = null;
    });
  }
  return spendCache.value;
}

/**
 * The org's /summaries over [from, to] as adoption-rate series (actives /
 * assigned seats × 100), for ranges longer than the model's 90 days. The
 * model uses the same rows for days whose member windows are not stored.
 */
export async function loadOrgSummarySeries(from: string, to: string) {
  const rows = (await readSummaries('org', from, to)).sort((a, b) => (a.day < b.day ? -1 : 1));
  const rate = (n: number, seats: number | null) => (seats && seats > 0 ? (n / seats) * 100 : null);
  return {
    days: rows.map((r) => r.day),
    daily: rows.map((r) => rate(r.dailyActive, r.assignedSeats)),
    weekly: rows.map((r) => rate(r.weeklyActive, r.assignedSeats)),
    monthly: rows.map((r) => rate(r.monthlyActive, r.assignedSeats)),
  };
}
