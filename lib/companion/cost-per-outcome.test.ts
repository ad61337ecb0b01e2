import { describe, expect, it } from 'vitest';
import { costPerOutcome, type OutcomeInputs } from './cost-per-outcome';

const base: OutcomeInputs = {
  totalSpend: 1200,
  claudeCodeSpend: 1000,
  activeUsers: 60,
  codeSessions: 500,
  pullRequests: 40,
  commits: 125,
};

describe('costPerOutcome', () => {
  it.each([
    [
      'every outcome',
      base,
      { perActiveUser: 20, perCodeSession: 2, perPullRequest: 25, perCommit: 8 },
    ],
    ['no actives', { ...base, activeUsers: 0 }, { perActiveUser: null, perPullRequest: 25 }],
    [
      'unknown counts',
      { ...base, activeUsers: null, pullRequests: null },
      { perActiveUser: null, perPullRequest: null },
    ],
    ['no Claude Code spend', { ...base, claudeCodeSpend: 0 }, { perCodeSession: 0, perCommit: 0 }],
  ] as const)('%s', (_n, inputs, expected) => {
    expect(costPerOutcome(inputs)).toMatchObject(expected);
  });
});
