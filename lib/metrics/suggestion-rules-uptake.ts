/**
 * The org-level and seat rules of the enablement rule set (the team rules are
 * in suggestion-rules.ts, whose module note defines all four):
 *
 * - product-uptake (org): an enabled product (Cowork, Claude Code, Office,
 *   Design) used monthly by < `productUptakePercent`% of seats → playbook
 *   link (workshop when no playbook). People = seats; gap = (threshold − share) / 100.
 * - seat-reclaim: seats idle for `reclaimDays`+ days or never activated as
 *   long → reclaim. People = those seats; gap = 1. Held back (no suggestion)
 *   while the member history does not cover the reclaim window.
 */
import type { SuggestionRules } from '@/lib/metrics/config';
import type { MetricProduct } from '@/lib/metrics/history';
import { playbooks, productNames } from '@/lib/metrics/playbooks';
import { action, nameOf, pct, withBasis, type ScopeFacts } from '@/lib/metrics/suggestion-facts';
import type { Suggestion } from '@/lib/metrics/suggestions';

const uptakeProducts: MetricProduct[] = ['cowork', 'claude_code', 'office', 'design'];

export function productUptake(
  org: ScopeFacts,
  rules: SuggestionRules,
  enabled: ReadonlySet<MetricProduct>,
): Suggestion[] {
  if (!org.size) return [];
  const out: Suggestion[] = [];
  for (const p of uptakeProducts) {
    const actives = org.productActives[p];
    if (!enabled.has(p) || actives === null) continue;
    const share = (actives / org.size) * 100;
    if (share >= rules.productUptakePercent) continue;
    const book = p === 'cowork' || p === 'claude_code' ? playbooks[p] : null;
    out.push({
      id: `product-uptake:org:${p}`,
      rule: 'product-uptake',
      scope: 'org',
      scopeName: org.name,
      title: withBasis(
        `${productNames[p]} enabled, ${pct(share)} of seats use it`,
        org.productBasis[p],
        'org',
      ),
      action: book
        ? action('playbook', `Share the playbook — ${book.label}`, book.url)
        : action('workshop', `Run a ${productNames[p]} workshop`),
      why: `${actives} of ${org.size} seats used ${productNames[p]} in the last 30 days, under the ${rules.productUptakePercent}% the rule looks for.`,
      numbers: { actives, seats: org.size, share },
      basis: org.productBasis[p],
      peopleAffected: org.size,
      gap: (rules.productUptakePercent - share) / 100,
      impact: (org.size * (rules.productUptakePercent - share)) / 100,
    });
  }
  return out;
}

export function seatReclaim(s: ScopeFacts): Suggestion[] {
  const r = s.reclaimable;
  // A null count is held back: the member history does not cover the reclaim window.
  if (!r || !r.count) return [];
  const never = r.neverActivated ? ` (${r.neverActivated} never activated)` : '';
  const where = s.id === 'org' ? '' : `${nameOf(s)}: `;
  return [
    {
      id: `seat-reclaim:${s.id}`,
      rule: 'seat-reclaim',
      scope: s.id,
      scopeName: s.name,
      title: `${where}${r.count} ${r.count === 1 ? 'seat' : 'seats'} unused for ${r.days}+ days${never}`,
      action: action(
        'seat-reclaim',
        `Review ${r.count === 1 ? 'this seat' : 'these seats'} for reclaim or re-onboarding`,
      ),
      why: `No activity in ${r.days} days or more (the reclaim threshold in seat rules).`,
      numbers: { seats: r.count, neverActivated: r.neverActivated, days: r.days },
      basis: 'members',
      peopleAffected: r.count,
      gap: 1,
      impact: r.count,
    },
  ];
}
