/**
 * The background's answers to the companion page's history questions
 * (`to-background:get-companion-digest`, `get-companion-spend`,
 * `get-org-summary-series`). The companion reads no member days, spend rows
 * or summaries itself (issue 11, "the gate"): the background reads the
 * active history and builds what the page may publish, through the
 * publication gate of the same build as the insight models.
 */
import { companionDigestBuilder, type DigestRequest } from '@/lib/companion/companion-digest';
import { encodeDigest, type DigestWire } from '@/lib/companion/digest-wire';
import { costEntries, type CostEntry } from '@/lib/companion/spend';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import { eachUserDay, readMembers, readSpend, readSummaries } from '@/lib/store/history';

/**
 * Answers kept per gate: a gate object lives as long as the insight build it
 * came from (lib/insights/service.ts), which ends whenever the history or
 * the settings change, so an answer is never older than its gate. The last
 * few requests per gate (views ask for the same range again on reopening).
 */
const answers = new WeakMap<PublicationGate, Map<string, Promise<DigestWire>>>();
const keptPerGate = 4;

/** The companion digest of `request`, built from the stored member days through `gate`. */
export function readCompanionDigest(
  request: DigestRequest,
  gate: PublicationGate,
): Promise<DigestWire> {
  let kept = answers.get(gate);
  if (!kept) answers.set(gate, (kept = new Map()));
  const key = JSON.stringify([request.from, request.to, request.loadFrom, request.weekdaysOnly]);
  const known = kept.get(key);
  if (known) return known;
  const answer = buildDigest(request, gate);
  kept.set(key, answer);
  if (kept.size > keptPerGate) kept.delete(kept.keys().next().value!);
  answer.catch(() => kept.delete(key));
  return answer;
}

async function buildDigest(request: DigestRequest, gate: PublicationGate): Promise<DigestWire> {
  const builder = companionDigestBuilder(request, gate);
  await eachUserDay(request.loadFrom, request.to, builder.add);
  return encodeDigest(builder.finish(await readMembers()));
}

/**
 * Every stored cost row (the sync keeps the last 30 days) up to `latestDay`,
 * as entries. In team-grain mode the actor rows carry no email (no surface
 * may show a person; totals come from the product+model rows, unchanged).
 */
export async function readCompanionSpend(
  latestDay: string,
  gate: PublicationGate,
): Promise<{ entries: CostEntry[]; skipped: number }> {
  const { entries, skipped } = costEntries(await readSpend('cost', '2026-01-01', latestDay));
  if (gate.peopleShown) return { entries, skipped };
  return { entries: entries.map((e) => ({ ...e, actorEmail: null })), skipped };
}

/**
 * The org's /summaries over [from, to] as adoption-rate series (actives /
 * assigned seats × 100; null with no seats), for ranges longer than the
 * model's 90 days. The org is always published: no gate needed.
 */
export async function readOrgSummarySeries(from: string, to: string) {
  const rows = (await readSummaries('org', from, to)).sort((a, b) => (a.day < b.day ? -1 : 1));
  const rate = (n: number, seats: number | null) => (seats && seats > 0 ? (n / seats) * 100 : null);
  return {
    days: rows.map((r) => r.day),
    daily: rows.map((r) => rate(r.dailyActive, r.assignedSeats)),
    weekly: rows.map((r) => rate(r.weeklyActive, r.assignedSeats)),
    monthly: rows.map((r) => rate(r.monthlyActive, r.assignedSeats)),
  };
}
