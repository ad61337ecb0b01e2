// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { championRowsFor } from '@/lib/insights/champion-rows';
import { contentScriptChampionRows, contentScriptInsights } from '@/lib/messages/content-script';
import type { Champion, InsightModel } from '@/lib/metrics/insight-types';
import { startOverlay } from '@/lib/overlay/start';
import { testModel } from '@/lib/overlay/test-model';
import championBadge, { championIndex } from './champion-badge';

const champ = (memberId: string, email: string | null, nameKey: string | null) =>
  ({ memberId, email, nameKey }) as Champion;
const model = (champions: Champion[]) =>
  ({ champions: { shown: true, champions } }) as unknown as InsightModel;

// Issue 11 item 9: a row showing only "John Smith" gets the badge only when no
// other member of the org is a John Smith (the background sets nameKey to null).
describe('championIndex', () => {
  it.each([
    ['a name unique in the org', champ('u1', 'john.smith@a.x', 'john smith'), ['john smith']],
    ['a name another member shares', champ('u1', 'john.smith@a.x', null), []],
    ['no email, no name', champ('u1', null, null), []],
  ])('%s', (_, c, names) => {
    const idx = championIndex(model([c]));
    expect([...idx.byName.keys()]).toEqual(names);
    expect([...idx.byEmail.keys()]).toEqual(c.email ? [c.email] : []);
  });
});

// Issue 12: the overlay's model carries the best five rows; the badges ask for the rest.
describe('champion badges on a members page', () => {
  const parts = {
    consistency: 1,
    breadth: 1,
    depth: 1,
    activeWeekdays: 21,
    windowWeekdays: 21,
    productsUsed: 3,
    skills: 1,
    connectors: 1,
    projects: 1,
    breadthSource: 'rollup' as const,
    interactions: 100,
  };
  // 40 champions: c0 (rank 1) … c39; the page lists c1, c30 and three members who are none.
  const champions: Champion[] = Array.from({ length: 40 }, (_, i) => ({
    memberId: `u${i}`,
    email: `c${i}@x.example`,
    score: 1 - i / 100,
    rank: i + 1,
    parts,
    nameKey: null,
  }));
  const model = testModel({
    champions: { ...testModel().champions, shown: true, champions },
  });
  const onPage = ['c1@x.example', 'n1@x.example', 'c30@x.example', 'n2@x.example', 'n3@x.example'];

  /** The background behind the router, as the content script gets it; rows asks held when `hold`. */
  function background(hold = false) {
    const sent: { type: string; emails?: string[] }[] = [];
    const held: (() => void)[] = [];
    const fn = async (message: unknown) => {
      const m = message as { type: string; emails: string[]; nameKeys: string[] };
      sent.push(m);
      if (m.type === 'to-background:get-status')
        return {
          orgName: 'Acme',
          mode: 'live',
          latestDay: '2026-11-24',
          lastSync: null,
          sync: null,
        };
      if (m.type === 'to-background:get-insights')
        return contentScriptInsights({ model, scopes: [] });
      if (m.type === 'to-background:get-overlay-settings')
        return { features: {}, dismissed: [], snoozed: [] };
      if (m.type === 'to-background:get-champion-rows') {
        const answer = () => contentScriptChampionRows({ champions: championRowsFor(model, m) });
        if (!hold) return answer();
        return new Promise((resolve) => held.push(() => resolve(answer())));
      }
      return { ok: true };
    };
    return { fn, sent, release: () => held.splice(0).forEach((r) => r()) };
  }
  const settle = async () => {
    for (let i = 0; i < 8; i++) await new Promise((r) => setTimeout(r, 0));
  };
  const badged = () =>
    [...document.querySelectorAll('tbody tr')]
      .filter((tr) => tr.querySelector('[data-uptake="champion-badge"]'))
      .map((tr) => tr.querySelector('a')!.textContent);
  // (Rows show the name, c1 …; the email is in the link.)

  let content = new AbortController();
  afterEach(() => content.abort());
  function open(emails: string[], bg: ReturnType<typeof background>) {
    content = new AbortController();
    document.body.innerHTML = `<main><h1>Members</h1><table><thead><tr><th>Name</th></tr></thead><tbody>${emails
      .map(
        (e) =>
          `<tr><td><a href="?member=${encodeURIComponent(e)}">${e.split('@')[0]}</a></td><td>3</td></tr>`,
      )
      .join('')}</tbody></table></main>`;
    startOverlay(
      { doc: document, signal: content.signal, transport: bg.fn, css: '', world: {} },
      [championBadge],
      'https://claude.ai/analytics/members',
    );
  }

  it('badges every champion the page lists, from one ask for the members shown', async () => {
    const bg = background();
    open(onPage, bg);
    await settle();
    expect(badged()).toEqual(['c1', 'c30']);
    const asks = bg.sent.filter((m) => m.type === 'to-background:get-champion-rows');
    expect(asks).toHaveLength(1);
    // c1 came with the model (one of its five rows): not asked for.
    expect(asks[0]!.emails!.sort()).toEqual([
      'c30@x.example',
      'n1@x.example',
      'n2@x.example',
      'n3@x.example',
    ]);
  });

  it('with a slow background: the listed champion at once, the others when the answer comes', async () => {
    const bg = background(true);
    open(onPage, bg);
    await settle();
    expect(badged()).toEqual(['c1']);
    bg.release();
    await settle();
    expect(badged()).toEqual(['c1', 'c30']);
  });

  it('asks nothing on a page that lists no members', async () => {
    const bg = background();
    open([], bg);
    await settle();
    expect(bg.sent.some((m) => m.type === 'to-background:get-champion-rows')).toBe(false);
    expect(bg.sent.some((m) => m.type === 'to-background:get-insights')).toBe(true);
  });
});
