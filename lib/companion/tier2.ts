/**
 * Tier 2 (efficiency) figures of a scope from a MemberDigest, over the
 * digest's range [from, to]:
 *   active developers   = members with at least one Claude Code session;
 *   accept rate         = accepted / (accepted + rejected) tool suggestions
 *                         (edit, multi-edit, write, notebook-edit tools);
 *   per active developer = sessions, pull requests, commits, lines added
 *                         divided by active developers.
 * Zero denominators give null. Time saved is the admin's own estimate per
 * team (`TimeSavedEstimate`), shown with its source and date.
 */
import type { CodeTotals, MemberDigest } from '@/lib/companion/member-digest';

export interface CodeEfficiency {
  activeDevelopers: number;
  totals: CodeTotals;
  acceptRate: number | null;
  perDeveloper: {
    sessions: number | null;
    pullRequests: number | null;
    commits: number | null;
    linesAdded: number | null;
  };
}

/** Claude Code efficiency of the given members (null = every member of the digest). */
export function codeEfficiency(g: MemberDigest, members: readonly string[] | null): CodeEfficiency {
  const totals: CodeTotals = {
    sessions: 0,
    pullRequests: 0,
    commits: 0,
    linesAdded: 0,
    accepted: 0,
    rejected: 0,
  };
  let devs = 0;
  const visit = (i: number) => {
    const c = g.code[i]!;
    if (c.sessions > 0) devs += 1;
    for (const k of Object.keys(totals) as (keyof CodeTotals)[]) totals[k] += c[k];
  };
  if (members === null) for (let i = 0; i < g.memberIds.length; i += 1) visit(i);
  else
    for (const id of members) {
      const i = g.index.get(id);
      if (i !== undefined) visit(i);
    }
  const per = (v: number) => (devs > 0 ? v / devs : null);
  const decided = totals.accepted + totals.rejected;
  return {
    activeDevelopers: devs,
    totals,
    acceptRate: decided > 0 ? totals.accepted / decided : null,
    perDeveloper: {
      sessions: per(totals.sessions),
      pullRequests: per(totals.pullRequests),
      commits: per(totals.commits),
      linesAdded: per(totals.linesAdded),
    },
  };
}

/** Distinct members active in [from, to] (any product), of the given members (null = all). */
export function activeMembers(g: MemberDigest, members: readonly string[] | null): number {
  let n = 0;
  if (members === null) {
    for (const d of g.activeDays) if (d > 0) n += 1;
    return n;
  }
  for (const id of members) {
    const i = g.index.get(id);
    if (i !== undefined && g.activeDays[i]! > 0) n += 1;
  }
  return n;
}
