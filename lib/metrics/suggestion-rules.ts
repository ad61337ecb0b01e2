/**
 * The enablement rule set. Each rule reads plain facts about scopes and
 * returns suggestions naming the gap with its numbers (suggestions.ts ranks
 * them). Percentages in text are rounded; `numbers` keeps them raw.
 *
 * - lagging-team: a group's monthly adoption is ≥ `laggingPoints` below the
 *   org's → workshop, or pairing with the team's top champion when it has
 *   one. People = group size; gap = (org − group) / 100.
 * - feature-gap: connectors, skills, projects or Cowork used by ≥
 *   `featureMinOrgShare` of the org's monthly actives but by ≤ `featureRatio`
 *   of that share in a group → playbook link. People = the group's monthly
 *   actives; gap = org share − group share. Needs the group's users of the
 *   feature from complete inputs; without them it fires only when the group's
 *   use totals are 0 (nobody used it: share 0), else it stays silent.
 * - product-uptake (org) and seat-reclaim: suggestion-rules-uptake.ts.
 *
 * Every suggestion carries the basis of its inputs (members or totals); a
 * totals-based one says so at the end of its title.
 */
import type { Basis } from '@/lib/metrics/completeness';
import type { SuggestionRules } from '@/lib/metrics/config';
import type { MetricProduct } from '@/lib/metrics/history';
import { playbooks, type PlaybookSubject } from '@/lib/metrics/playbooks';
import {
  action,
  nameOf,
  pct,
  weaker,
  withBasis,
  type Feature,
  type ScopeFacts,
} from '@/lib/metrics/suggestion-facts';
import { productUptake, seatReclaim } from '@/lib/metrics/suggestion-rules-uptake';
import type { Suggestion } from '@/lib/metrics/suggestions';

export type { Feature, ScopeFacts } from '@/lib/metrics/suggestion-facts';

function lagging(org: ScopeFacts, g: ScopeFacts, rules: SuggestionRules): Suggestion[] {
  if (org.monthlyRate === null || g.monthlyRate === null || g.size === null || g.size < 1)
    return [];
  const points = org.monthlyRate - g.monthlyRate;
  if (points < rules.laggingPoints) return [];
  const name = nameOf(g);
  const basis = weaker(org.monthlyBasis, g.monthlyBasis);
  const act = g.champion
    ? {
        ...action(
          'champion-pairing',
          `Pair ${name} with ${g.champion.email ?? 'its champion'}, a champion in the same team`,
        ),
        championMemberId: g.champion.memberId,
        championEmail: g.champion.email,
      }
    : action('workshop', `Run an enablement workshop for ${name}`);
  return [
    {
      id: `lagging-team:${g.id}`,
      rule: 'lagging-team',
      scope: g.id,
      scopeName: g.name,
      title: withBasis(
        `${name} monthly adoption ${pct(g.monthlyRate)} vs org ${pct(org.monthlyRate)}`,
        basis,
      ),
      action: act,
      why: `${name} is ${Math.round(points)} points below the org's monthly adoption (the rule fires at ${rules.laggingPoints}); ${g.size} seats.`,
      numbers: { groupRate: g.monthlyRate, orgRate: org.monthlyRate, size: g.size },
      basis,
      peopleAffected: g.size,
      gap: points / 100,
      impact: (g.size * points) / 100,
    },
  ];
}

const featureLabel: Record<Feature, string> = {
  connectors: 'connectors',
  skills: 'skills',
  projects: 'projects',
  cowork: 'Cowork',
};

/** The group's users of `f` and their basis: counted, or 0 from use totals of 0, or unknown (null). */
function groupUsers(g: ScopeFacts, f: Feature): { users: number; basis: Basis } | null {
  const users = g.featureUsers[f];
  if (users !== null) return { users, basis: g.featureBasis[f] };
  return g.featureTotals[f] === 0 ? { users: 0, basis: 'totals' } : null;
}

function featureGaps(org: ScopeFacts, g: ScopeFacts, rules: SuggestionRules): Suggestion[] {
  if (!org.monthlyActives || !g.monthlyActives) return [];
  const out: Suggestion[] = [];
  for (const f of Object.keys(featureLabel) as Feature[]) {
    const orgUsers = org.featureUsers[f];
    const found = groupUsers(g, f);
    if (orgUsers === null || found === null) continue;
    const orgShare = orgUsers / org.monthlyActives;
    const share = found.users / g.monthlyActives;
    if (orgShare < rules.featureMinOrgShare || share > rules.featureRatio * orgShare) continue;
    const basis = weaker(org.featureBasis[f], found.basis);
    const name = nameOf(g);
    const items = org.catalogCounts[f];
    const title =
      found.users === 0
        ? typeof items === 'number' && f !== 'cowork'
          ? `${name}: 0 ${featureLabel[f]} in use, org uses ${items}`
          : `${name}: nobody uses ${featureLabel[f]}, ${orgUsers} people in the org do`
        : `${name}: ${pct(share * 100)} of monthly actives use ${featureLabel[f]} vs ${pct(orgShare * 100)} org-wide`;
    const book = playbooks[f as PlaybookSubject];
    out.push({
      id: `feature-gap:${g.id}:${f}`,
      rule: 'feature-gap',
      scope: g.id,
      scopeName: g.name,
      title: withBasis(title, basis),
      action: action('playbook', `Share the playbook with ${name} — ${book.label}`, book.url),
      why: `${pct(orgShare * 100)} of the org's monthly actives use ${featureLabel[f]} but ${pct(share * 100)} of ${name}'s do (the rule fires at ${pct(rules.featureRatio * 100)} of the org's share or less).`,
      numbers: {
        groupUsers: found.users,
        groupActives: g.monthlyActives,
        orgUsers,
        orgActives: org.monthlyActives,
        orgItems: items ?? null,
      },
      basis,
      peopleAffected: g.monthlyActives,
      gap: orgShare - share,
      impact: g.monthlyActives * (orgShare - share),
    });
  }
  return out;
}

/** Every suggestion the rules produce for the org and its (published) groups. */
export function suggestionCandidates(
  org: ScopeFacts,
  groups: readonly ScopeFacts[],
  rules: SuggestionRules,
  enabledProducts: ReadonlySet<MetricProduct>,
): Suggestion[] {
  return [
    ...productUptake(org, rules, enabledProducts),
    ...seatReclaim(org),
    ...groups.flatMap((g) => [
      ...lagging(org, g, rules),
      ...featureGaps(org, g, rules),
      ...seatReclaim(g),
    ]),
  ];
}
