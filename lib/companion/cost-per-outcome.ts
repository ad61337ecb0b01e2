/**
 * Cost per outcome: spend divided by what it bought, over the same days.
 *   cost per active user = total spend / distinct active members;
 *   cost per Claude Code session / pull request / commit = Claude Code spend
 *   (product `claude_code`) / sessions / PRs / commits.
 * A zero or unknown denominator gives null (never Infinity or NaN).
 */

export interface OutcomeInputs {
  totalSpend: number;
  claudeCodeSpend: number;
  activeUsers: number | null;
  codeSessions: number | null;
  pullRequests: number | null;
  commits: number | null;
}

export interface CostPerOutcome {
  perActiveUser: number | null;
  perCodeSession: number | null;
  perPullRequest: number | null;
  perCommit: number | null;
}

const per = (spend: number, n: number | null) => (n === null || !(n > 0) ? null : spend / n);

/** Example: $1,000 of Claude Code spend and 40 PRs → $25 per PR. */
export function costPerOutcome(i: OutcomeInputs): CostPerOutcome {
  return {
    perActiveUser: per(i.totalSpend, i.activeUsers),
    perCodeSession: per(i.claudeCodeSpend, i.codeSessions),
    perPullRequest: per(i.claudeCodeSpend, i.pullRequests),
    perCommit: per(i.claudeCodeSpend, i.commits),
  };
}
