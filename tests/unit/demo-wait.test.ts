import type { Page } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { deadlineIn, DemoNotReady, waitForModel, waitForSurface } from '../../scripts/demo-wait';

/**
 * A stand-in for a Playwright page: `shown` maps a selector to the text of the
 * element it finds (absent: not on the page); `answers` are the background's
 * successive answers to get-insights. Waits last 5 ms.
 */
function fakePage(shown: Record<string, string>, answers: unknown[] = []) {
  let reloads = 0;
  const page = {
    locator: (selector: string) => ({
      first: () => ({
        count: async () => (selector in shown ? 1 : 0),
        textContent: async () => shown[selector] ?? null,
      }),
    }),
    evaluate: async () => (answers.length > 1 ? answers.shift() : answers[0]),
    waitForTimeout: (ms: number) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
    reload: async () => {
      reloads += 1;
    },
  };
  return { page: page as unknown as Page, reloads: () => reloads };
}
const at = (selector: string) => (p: Page) => p.locator(selector);

describe('waitForSurface', () => {
  it('returns once every expectation is shown, a figure with a digit', async () => {
    const { page } = fakePage({ '.rate': '68%', '.suggestion': 'Sales: …' });
    await expect(
      waitForSurface(
        page,
        'popup',
        [
          { what: 'adoption figure', locator: at('.rate'), text: /\d/ },
          { what: 'suggestion', locator: at('.suggestion') },
        ],
        deadlineIn(1000),
      ),
    ).resolves.toBeUndefined();
  });

  it('fails naming the surface and each thing it lacked', async () => {
    // A dash is not a figure; the champion list is missing altogether.
    const { page } = fakePage({ '.rate': '—' });
    const run = waitForSurface(
      page,
      'popup',
      [
        { what: 'adoption figure', locator: at('.rate'), text: /\d/ },
        { what: 'champion', locator: at('.champion') },
      ],
      deadlineIn(60),
    );
    await expect(run).rejects.toThrow(DemoNotReady);
    await expect(run).rejects.toThrow('the popup still showed no adoption figure, no champion.');
  });
});

describe('waitForModel', () => {
  it('waits through the answers until the model is ready, and says what was missing if never', async () => {
    const partial = { model: { suggestions: [], champions: { champions: [] } } };
    const full = { model: { suggestions: [1], champions: { champions: [1] } } };
    const ready = (m: any) => m.suggestions.length > 0 && m.champions.champions.length > 0;
    const missing = () => 'a champion';
    const { page } = fakePage({}, [partial, partial, full]);
    await expect(waitForModel(page, deadlineIn(2000), ready, missing)).resolves.toBeTypeOf(
      'number',
    );

    const never = fakePage({}, [partial]).page;
    await expect(waitForModel(never, deadlineIn(30), ready, missing)).rejects.toThrow(
      /still lacked a champion/,
    );
  });
});
