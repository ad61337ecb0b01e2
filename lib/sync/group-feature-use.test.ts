import { describe, expect, it } from 'vitest';
import type { UserActivity } from '@/lib/api';
import { groupFeatureUse, useTotal } from '@/lib/sync/map-rows';

describe('useTotal', () => {
  it.each([
    // counts, total: a sum > 0 stands even with a count missing; 0 with one missing is unknown
    [[3, 4], 7],
    [[0, 0], 0],
    [[0, null], null],
    [[2, null], 2],
    [[undefined], null],
    [[], 0],
  ] as const)('%j → %s', (parts, total) => {
    expect(useTotal(parts)).toBe(total);
  });
});

/** A grouped `/users` row (group aggregates; `user` null) with the blocks the totals read. */
function groupRow(patch: {
  chat?: Record<string, number | null>;
  cowork?: Record<string, number | null> | null;
  unified?: { chat: Record<string, number | null>; sessions: Record<string, number | null> };
}): UserActivity {
  return {
    user: null,
    distinct_user_count: 40,
    chat_metrics: {
      message_count: 900,
      distinct_conversation_count: null,
      connectors_used_count: 0,
      distinct_skills_used_count: 0,
      distinct_projects_used_count: 0,
      ...patch.chat,
    },
    cowork_metrics:
      patch.cowork === null
        ? null
        : {
            distinct_session_count: 0,
            message_count: 0,
            connectors_used_count: 0,
            skills_used_count: 0,
            ...patch.cowork,
          },
    ...(patch.unified ? { chat_cowork_unified_metrics: patch.unified } : {}),
  } as unknown as UserActivity;
}

describe('groupFeatureUse (a group rollup row)', () => {
  it.each([
    ['nobody used anything', {}, { cowork: 0, connectors: 0, skills: 0, projects: 0 }],
    [
      '607 Cowork sessions',
      { cowork: { distinct_session_count: 607, message_count: 2100 } },
      { cowork: 607, connectors: 0, skills: 0, projects: 0 },
    ],
    [
      'sessions nulled: Cowork messages tell',
      { cowork: { distinct_session_count: null, message_count: 12 } },
      { cowork: 12, connectors: 0, skills: 0, projects: 0 },
    ],
    [
      'connector calls in chat and Cowork add up',
      { chat: { connectors_used_count: 30 }, cowork: { connectors_used_count: 5 } },
      { cowork: 0, connectors: 35, skills: 0, projects: 0 },
    ],
    [
      'distinct skills and projects nulled, nothing else known: unknown, not 0',
      { chat: { distinct_skills_used_count: null, distinct_projects_used_count: null } },
      { cowork: 0, connectors: 0, skills: null, projects: null },
    ],
    [
      'the whole Cowork block not reported: Cowork use unknown, the rest still told',
      { cowork: null, chat: { connectors_used_count: 4 } },
      { cowork: null, connectors: 4, skills: null, projects: 0 },
    ],
    [
      'activity in "Chat and Cowork unified" counts too',
      {
        unified: {
          chat: {
            connectors_used_count: 0,
            distinct_skills_used_count: 0,
            distinct_projects_used_count: 3,
          },
          sessions: {
            distinct_session_count: 9,
            message_count: 20,
            connectors_used_count: 0,
            skills_used_count: 0,
          },
        },
      },
      { cowork: 9, connectors: 0, skills: 0, projects: 3 },
    ],
  ] as const)('%s', (_what, patch, expected) => {
    expect(groupFeatureUse(groupRow(patch as Parameters<typeof groupRow>[0]))).toEqual(expected);
  });
});
