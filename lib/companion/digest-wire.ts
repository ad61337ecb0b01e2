/**
 * The companion digest as it crosses the runtime message boundary (JSON):
 * per-member figures as columns (one array per field, aligned with
 * `memberIds`) instead of one object per member, so 5,000 members do not
 * repeat 15 key names each. `decodeDigest` rebuilds the HistoryDigest the
 * views use (member index, group lookup); `encodeDigest(decodeDigest(w))`
 * equals `w`.
 *
 * The gate is carried whole: the group membership the digest counted over
 * is the gate's (`publishedGroupMembers`), rebuilt from it on the page.
 */
import { z } from 'zod';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import { publishedGroupMembers, type PublicationGate } from '@/lib/metrics/publication-gate';
import { gatedDigest, type DigestMember, type HistoryDigest } from './companion-digest';
import type { CodeTotals, MemberDigest } from './member-digest';

const codeKeys = [
  'sessions',
  'pullRequests',
  'commits',
  'linesAdded',
  'accepted',
  'rejected',
] as const satisfies readonly (keyof CodeTotals)[];

const memberColumns = [
  'firstSeen',
  'lastSeen',
  'firstActive',
  'lastActive',
  'activeDays',
  'productsInRange',
  'productsLast30',
  'weeks',
] as const satisfies readonly (keyof MemberDigest)[];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const numbers = z.array(z.number());
const series = z.array(z.number().nullable());

/** Checked for its root only (the background builds it), as in the contract's gate answer. */
const gateShape = z.custom<PublicationGate>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as { groups?: unknown }).groups) &&
    typeof (v as { peopleShown?: unknown }).peopleShown === 'boolean',
  'Not a publication gate.',
);

/** The wire form of a HistoryDigest (zod: the page checks the background's answer). */
export const digestWire = z.object({
  request: z.object({ from: day, to: day, loadFrom: day, weekdaysOnly: z.boolean() }),
  memberIds: z.array(z.string()),
  columns: z.object(
    Object.fromEntries(memberColumns.map((c) => [c, numbers])) as Record<
      (typeof memberColumns)[number],
      typeof numbers
    >,
  ),
  code: z.object(
    Object.fromEntries(codeKeys.map((c) => [c, numbers])) as Record<
      (typeof codeKeys)[number],
      typeof numbers
    >,
  ),
  stored: z.array(z.boolean()),
  orgDaily: series,
  productDaily: z.object(
    Object.fromEntries(metricProducts.map((p) => [p, series])) as Record<
      MetricProduct,
      typeof series
    >,
  ),
  groupDaily: z.array(series),
  /** Member records: ids, and per field one array aligned with them; emails null in team-grain mode. */
  members: z.object({
    ids: z.array(z.string()),
    emails: z.array(z.string().nullable()),
    firstSeenDay: z.array(z.string()),
    lastActiveDay: z.array(z.string().nullable()),
  }),
  gate: gateShape,
  /** Scopes whose counts by kind of use the page may not show (digest-withheld.ts). */
  withheld: z.object({ multiProduct: z.array(z.string()), developers: z.array(z.string()) }),
});
export type DigestWire = z.infer<typeof digestWire>;

/** The wire form of `h` (plain JSON). */
export function encodeDigest(h: HistoryDigest): DigestWire {
  const g = h.digest;
  const { from, to, loadFrom, weekdaysOnly } = g.options;
  const ids = [...h.members.keys()];
  const records = [...h.members.values()];
  return {
    request: { from, to, loadFrom, weekdaysOnly },
    memberIds: g.memberIds,
    columns: Object.fromEntries(memberColumns.map((c) => [c, g[c]])) as DigestWire['columns'],
    code: Object.fromEntries(
      codeKeys.map((k) => [k, g.code.map((c) => c[k])]),
    ) as DigestWire['code'],
    stored: g.stored,
    orgDaily: g.orgDaily,
    productDaily: g.productDaily,
    groupDaily: g.groupDaily,
    members: {
      ids,
      emails: records.map((m) => m.email),
      firstSeenDay: records.map((m) => m.firstSeenDay),
      lastActiveDay: records.map((m) => m.lastActiveDay),
    },
    gate: h.gate,
    withheld: h.withheld,
  };
}

/** The HistoryDigest of a wire form: the same figures, the member index and group lookup rebuilt. */
export function decodeDigest(w: DigestWire): HistoryDigest {
  const g = gatedDigest(w.request, w.gate);
  g.memberIds = w.memberIds;
  g.index = new Map(w.memberIds.map((id, i) => [id, i]));
  for (const c of memberColumns) g[c] = w.columns[c];
  const c = w.code;
  g.code = w.memberIds.map((_, i): CodeTotals => ({
    sessions: c.sessions[i] ?? 0,
    pullRequests: c.pullRequests[i] ?? 0,
    commits: c.commits[i] ?? 0,
    linesAdded: c.linesAdded[i] ?? 0,
    accepted: c.accepted[i] ?? 0,
    rejected: c.rejected[i] ?? 0,
  }));
  g.stored = w.stored;
  g.orgDaily = w.orgDaily;
  g.productDaily = w.productDaily;
  g.groupDaily = w.groupDaily;
  const members = new Map<string, DigestMember>(
    w.members.ids.map((id, i) => [
      id,
      {
        email: w.members.emails[i] ?? null,
        firstSeenDay: w.members.firstSeenDay[i]!,
        lastActiveDay: w.members.lastActiveDay[i] ?? null,
      },
    ]),
  );
  return {
    digest: g,
    members,
    groupMembers: publishedGroupMembers(w.gate),
    gate: w.gate,
    withheld: w.withheld,
  };
}
