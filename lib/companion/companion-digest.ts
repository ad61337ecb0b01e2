/**
 * What the companion's views read from the member history, built by the
 * background through the publication gate (issue 11, "the gate"): the
 * MemberDigest of a range (member-digest.ts), the member records it needs
 * and the gate it was built through. The companion page never reads member
 * days itself; it asks `to-background:get-companion-digest` and decodes the
 * answer (digest-wire.ts).
 *
 * Restricted to what the gate publishes:
 * - groups are the gate's **published** groups, counted over the gate's
 *   membership (`publishedGroupMembers`); a hidden group has no daily series
 *   and its member list never leaves the background;
 * - in team-grain mode (`gate.peopleShown` false) no email is included;
 * - counts of people by kind of use (the funnel's "two or more products",
 *   Tier 2's active developers, the org's daily product users) go through
 *   the gate's product rule (digest-withheld.ts): `withheld` names the
 *   scopes whose count the page may not show; daily counts of 1 … k−1 are null.
 * Org figures (every member) stay: the org is always published.
 */
import { addDay, createDigest, type DigestDay, type MemberDigest } from './member-digest';
import { publishedGroupMembers, type PublicationGate } from '@/lib/metrics/publication-gate';
import { digestWithheld, gatedProductDaily, type DigestWithheld } from './digest-withheld';

/** The range a view asks for (see views/context.ts `digestRequest`). */
export interface DigestRequest {
  from: string;
  to: string;
  /** First day read: ≤ from, and ≤ to − 29 so 30-day windows are whole. */
  loadFrom: string;
  weekdaysOnly: boolean;
}

/** A member record as the companion reads it; `email` is null in team-grain mode. */
export interface DigestMember {
  email: string | null;
  firstSeenDay: string;
  lastActiveDay: string | null;
}

/** A stored member record (a structural mirror of lib/store MemberRecord). */
export interface MemberInput {
  id: string;
  email: string;
  firstSeenDay: string;
  lastActiveDay: string | null;
}

/** What the companion's views get (decoded on the page). */
export interface HistoryDigest {
  digest: MemberDigest;
  /** Member id → record (first seen, last active over all stored history). */
  members: Map<string, DigestMember>;
  /** Published group id → member ids (the gate's membership; hidden groups are absent). */
  groupMembers: Map<string, string[]>;
  /** The gate the digest was built through. */
  gate: PublicationGate;
  /** Scopes whose counts by kind of use are withheld (digest-withheld.ts). */
  withheld: DigestWithheld;
}

/**
 * An empty MemberDigest for `request` counting the gate's published groups
 * over the gate's membership. Example: gate with T (published, t0…t4) and L
 * (hidden) → `options.groupIds` is ['T'] and `groupsOf('t3')` is [0].
 */
export function gatedDigest(request: DigestRequest, gate: PublicationGate): MemberDigest {
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
  return createDigest({
    from: request.from,
    to: request.to,
    loadFrom: request.loadFrom,
    weekdaysOnly: request.weekdaysOnly,
    groupIds,
    groupsOf: (id) => byMember.get(id) ?? [],
  });
}

/** Member records as the gate allows them: no email unless people may be shown. */
export function gatedMembers(
  members: readonly MemberInput[],
  gate: PublicationGate,
): Map<string, DigestMember> {
  return new Map(
    members.map((m) => [
      m.id,
      {
        email: gate.peopleShown ? m.email : null,
        firstSeenDay: m.firstSeenDay,
        lastActiveDay: m.lastActiveDay,
      },
    ]),
  );
}

/**
 * The companion's digest from stored rows (fed one day at a time, in any
 * order, each day once) and the gate. Pure: the background reads the rows
 * and calls this; tests call it with fixtures.
 */
export function companionDigestBuilder(request: DigestRequest, gate: PublicationGate) {
  const digest = gatedDigest(request, gate);
  return {
    add: (day: DigestDay) => addDay(digest, day),
    finish: (members: readonly MemberInput[]): HistoryDigest => {
      digest.productDaily = gatedProductDaily(digest.productDaily, gate.k);
      return {
        digest,
        members: gatedMembers(members, gate),
        groupMembers: publishedGroupMembers(gate),
        gate,
        withheld: digestWithheld(digest, gate),
      };
    },
  };
}
