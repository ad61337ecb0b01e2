/**
 * What the companion reads of the local history: nothing directly. The
 * background builds the member digest, the spend entries and the org's
 * summary series through the publication gate (lib/insights/
 * companion-reads.ts) and the page decodes them (lib/companion/
 * digest-wire.ts). Who is in which group, and which groups may be counted
 * at all, come from the gate: the same membership and the same privacy
 * floor as the insight models (`get-insights`), so a group is never "size 5,
 * shown" in one and "2 people" in the other.
 */
import type { DigestRequest, HistoryDigest } from '@/lib/companion/companion-digest';
import { decodeDigest } from '@/lib/companion/digest-wire';
import type { CostEntry } from '@/lib/companion/spend';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import { sendToBackground } from '@/lib/messages/send';

export type { DigestRequest, HistoryDigest };

/** The background's publication gate; an error when nothing is stored yet. */
export async function loadGate(): Promise<PublicationGate> {
  const { gate } = await sendToBackground({ type: 'to-background:get-publication-gate' });
  if (!gate) throw new Error('No history is stored yet, so nothing can be published.');
  return gate;
}

let digestCache: { key: string; value: Promise<HistoryDigest> } | null = null;

/** The digest of [loadFrom, to], memoised for the last request (`version` changes when a sync wrote). */
export function loadDigest(request: DigestRequest, version: string): Promise<HistoryDigest> {
  const key = JSON.stringify([request, version]);
  if (digestCache?.key !== key) {
    const value = sendToBackground({ type: 'to-background:get-companion-digest', ...request }).then(
      ({ digest }) => decodeDigest(digest),
    );
    digestCache = { key, value };
    value.catch(() => {
      if (digestCache?.value === value) digestCache = null;
    });
  }
  return digestCache.value;
}

let spendCache: { key: string; value: Promise<{ entries: CostEntry[]; skipped: number }> } | null =
  null;

/** Every stored cost row (the sync keeps the last 30 days), as entries. */
export function loadSpend(latestDay: string, version: string) {
  const key = `${latestDay}|${version}`;
  if (spendCache?.key !== key) {
    const value = sendToBackground({ type: 'to-background:get-companion-spend', latestDay });
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
  return sendToBackground({ type: 'to-background:get-org-summary-series', from, to });
}
