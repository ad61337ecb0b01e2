import { describe, expect, it } from 'vitest';
import {
  chatgptActivity,
  chatgptProvider,
  claudeProvider,
  eachClaudeActivity,
  personKey,
} from '@/lib/metrics/providers/provider';
import { gptRow } from '@/lib/metrics/tools/test-rows';

describe('provider seam', () => {
  it('names each provider’s products and grains', () => {
    expect(claudeProvider.grains).toEqual(['day']);
    expect(chatgptProvider.grains).toEqual(['week', 'month', 'range']);
    expect(claudeProvider.products.map((p) => p.id)).toEqual([
      'chat',
      'claude_code',
      'cowork',
      'office',
      'design',
    ]);
  });

  it('joins people on the trimmed, lower-cased email', () => {
    expect(personKey(' Ana.Silva@Example.com ')).toBe('ana.silva@example.com');
  });

  it.each([
    // status, is_active → seat, active
    ['enabled', true, true, true],
    ['enabled', false, true, false],
    ['pending', null, false, false],
    ['deleted', false, false, false],
    // a deleted row marked active is not a seat, so not counted active (a share never passes 100%)
    ['deleted', true, false, false],
  ] as const)(
    'ChatGPT row %s, is_active %s → seat %s, active %s',
    (status, isActive, seat, active) => {
      const a = chatgptActivity(gptRow('X@Y.org', { userStatus: status, isActive }));
      expect(a).toEqual({ email: 'x@y.org', seat, active });
    },
  );

  it('Claude: every row is a seat; chat, Claude Code or Cowork make active, Office or Design alone do not', () => {
    const seen: [number, boolean][] = [];
    eachClaudeActivity(
      {
        day: '2026-03-02',
        memberIds: ['zero', 'chat', 'code', 'cowork', 'office'],
        columns: {
          chatMessages: Uint32Array.from([0, 3, 0, 0, 0]),
          codeSessions: Uint32Array.from([0, 0, 1, 0, 0]),
          coworkSessions: Uint32Array.from([0, 0, 0, 2, 0]),
          officeSessions: Uint32Array.from([0, 0, 0, 0, 5]),
        },
      },
      (i, active) => seen.push([i, active]),
    );
    expect(seen).toEqual([
      [0, false],
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
  });
});
