import { describe, expect, it } from 'vitest';
import {
  detectAnalyticsPage,
  isEnhancedPage,
  isEnhancedPath,
  type AnalyticsPageKind,
} from './pages';

// Each URL is checked against every category: exactly one kind, or none.
const examples: Record<AnalyticsPageKind | 'none', string[]> = {
  overview: [
    'https://claude.ai/analytics/activity',
    'https://claude.ai/analytics/activity/',
    'https://claude.ai/analytics/overview',
    'https://claude.ai/analytics',
    'https://claude.ai/Analytics/Activity?range=30d',
  ],
  chat: ['https://claude.ai/analytics/usage', 'https://claude.ai/analytics/usage#projects'],
  'claude-code': [
    'https://claude.ai/analytics/claude-code',
    'https://claude.ai/analytics/claude-code/value',
    'https://claude.ai/analytics/claude-code?tab=usage',
  ],
  cowork: ['https://claude.ai/analytics/cowork'],
  design: ['https://claude.ai/analytics/claude-design'],
  members: ['https://claude.ai/analytics/members'],
  'api-keys': ['https://claude.ai/analytics/api-keys'],
  'spend-settings': [
    'https://claude.ai/admin-settings/usage',
    'https://claude.ai/admin-settings/usage/claude-tag',
  ],
  none: [
    'https://claude.ai/',
    'https://claude.ai/new',
    'https://claude.ai/chat/0b1c',
    'https://claude.ai/settings/usage',
    'https://claude.ai/admin-settings/claude-code',
    'https://claude.ai/analyticsfoo',
    'http://claude.ai/analytics/activity',
    'https://evil.example/analytics/activity',
    'https://claude.ai.evil.example/analytics/activity',
    'https://platform.claude.com/claude-code',
    'not a url',
  ],
};

describe('detectAnalyticsPage', () => {
  for (const [expected, urls] of Object.entries(examples)) {
    for (const url of urls) {
      it(`${url} → ${expected}`, () => {
        const page = detectAnalyticsPage(url);
        expect(page?.kind ?? 'none').toBe(expected);
      });
    }
  }

  it.each([
    ['https://claude.ai/analytics/claude-code/productivity', 'productivity'],
    ['https://claude.ai/analytics/claude-code?tab=Value', 'value'],
    ['https://claude.ai/analytics/claude-code/unknown', undefined],
    ['https://claude.ai/analytics/claude-code', undefined],
  ])('reads the Claude Code sub-tab of %s', (url, subTab) => {
    expect(detectAnalyticsPage(url)?.subTab).toBe(subTab);
  });

  it('isEnhancedPath gives the same answer from the path alone, for every claude.ai example', () => {
    for (const url of Object.values(examples).flat()) {
      if (!url.startsWith('https://claude.ai/')) continue;
      const path = new URL(url).pathname;
      expect([path, isEnhancedPath(path)]).toEqual([
        path,
        isEnhancedPage(detectAnalyticsPage(url)),
      ]);
    }
  });

  it('enhances every recognised page but the API-keys page', () => {
    expect(isEnhancedPage(detectAnalyticsPage('https://claude.ai/analytics/api-keys'))).toBe(false);
    expect(isEnhancedPage(detectAnalyticsPage('https://claude.ai/analytics/activity'))).toBe(true);
    expect(isEnhancedPage(null)).toBe(false);
  });
});
