import { describe, expect, it } from 'vitest';
import type { Champion } from '@/lib/metrics/insight-types';
import { createChampionLookup, type ChampionQuery } from './champion-lookup';

const row = (memberId: string, email: string | null, nameKey: string | null = null) =>
  ({ memberId, email, nameKey, rank: 1 }) as Champion;
/** The background: these champions; every ask recorded; answers held until released when `hold`. */
function background(champions: Champion[]) {
  const asks: ChampionQuery[] = [];
  const held: (() => void)[] = [];
  const state = { hold: false, fail: 0, champions };
  const ask = (q: ChampionQuery) => {
    asks.push(q);
    const champions = state.champions; // as the background saw them when asked
    const answer = () => {
      if (state.fail > 0) {
        state.fail -= 1;
        return Promise.reject(new Error('no answer'));
      }
      const emails = new Set(q.emails);
      const names = new Set(q.nameKeys);
      return Promise.resolve(
        champions.filter(
          (c) => (c.email && emails.has(c.email)) || (c.nameKey && names.has(c.nameKey)),
        ),
      );
    };
    if (!state.hold) return answer();
    return new Promise<Champion[]>((resolve, reject) =>
      held.push(() => void answer().then(resolve, reject)),
    );
  };
  return {
    ask,
    asks,
    state,
    release: () => held.splice(0).forEach((r) => r()),
    /** The answers in the reverse order of the asks. */
    releaseLatestFirst: () =>
      held
        .splice(0)
        .reverse()
        .forEach((r) => r()),
  };
}
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const ana = row('u1', 'ana@x.example', 'ana lopez');
const bo = row('u2', 'bo@x.example');

describe('the champion lookup', () => {
  it('asks one message per scan, each key once, and keeps rows and "no champion" alike', async () => {
    const bg = background([ana, bo]);
    const lookup = createChampionLookup(bg.ask, {
      signal: new AbortController().signal,
      batch: 100,
    });
    for (const email of ['ana@x.example', 'cy@x.example', 'ana@x.example'])
      expect(lookup.findOrAsk('email', email)).toBeUndefined();
    lookup.want('name', 'ana lopez');
    expect(bg.asks).toEqual([]); // not before the scan is over
    await settle();
    expect(bg.asks).toEqual([
      { emails: ['ana@x.example', 'cy@x.example'], nameKeys: ['ana lopez'] },
    ]);
    expect(lookup.find('email', 'ana@x.example')).toBe(ana);
    expect(lookup.find('name', 'ana lopez')).toBe(ana);
    expect(lookup.find('email', 'cy@x.example')).toBeNull();
    expect([...lookup.state.get().rows.keys()]).toEqual(['u1']);
    lookup.findOrAsk('email', 'cy@x.example');
    await settle();
    expect(bg.asks).toHaveLength(1);
  });

  it('splits a long ask into messages of at most `batch` keys of each kind', async () => {
    const bg = background([]);
    const lookup = createChampionLookup(bg.ask, { signal: new AbortController().signal, batch: 2 });
    for (let i = 0; i < 5; i++) lookup.want('email', `p${i}@x.example`);
    lookup.want('name', 'a');
    await settle();
    expect(bg.asks.map((q) => [q.emails.length, q.nameKeys.length])).toEqual([
      [2, 1],
      [2, 0],
      [1, 0],
    ]);
  });

  it('tries a failed ask again, then leaves it to be asked when found again', async () => {
    const bg = background([ana]);
    const lookup = createChampionLookup(bg.ask, {
      signal: new AbortController().signal,
      batch: 100,
      tries: 2,
      retryMs: 0,
    });
    bg.state.fail = 2;
    lookup.want('email', 'ana@x.example');
    await settle();
    expect(bg.asks).toHaveLength(2);
    expect(lookup.find('email', 'ana@x.example')).toBeUndefined();
    expect(lookup.findOrAsk('email', 'ana@x.example')).toBeUndefined();
    await settle();
    expect(lookup.find('email', 'ana@x.example')).toBe(ana);
  });

  it('a new model: asked again, the old answers shown until the new ones come, late old ones dropped', async () => {
    const bg = background([ana, bo]);
    const lookup = createChampionLookup(bg.ask, {
      signal: new AbortController().signal,
      batch: 100,
    });
    lookup.want('email', 'ana@x.example');
    lookup.want('email', 'bo@x.example');
    await settle();
    bg.state.hold = true;
    lookup.want('email', 'cy@x.example'); // in flight when the model changes
    await settle();
    // The sync ended: Bo is no champion now, Cy is.
    bg.state.champions = [ana, row('u3', 'cy@x.example')];
    lookup.refresh();
    await settle();
    expect(lookup.find('email', 'bo@x.example')).toBe(bo);
    expect(lookup.state.get().rows.get('u2')).toBe(bo);
    // The new ask's answer comes first; the ask of the old model (Cy: none then) comes late.
    bg.releaseLatestFirst();
    await settle();
    expect(lookup.find('email', 'bo@x.example')).toBeNull();
    expect(lookup.state.get().rows.has('u2')).toBe(false);
    expect(lookup.find('email', 'cy@x.example')?.memberId).toBe('u3');
    expect(bg.asks.at(-1)!.emails.sort()).toEqual([
      'ana@x.example',
      'bo@x.example',
      'cy@x.example',
    ]);
  });

  it('asks nothing more once its page is gone', async () => {
    const bg = background([ana]);
    const page = new AbortController();
    const lookup = createChampionLookup(bg.ask, { signal: page.signal, batch: 100 });
    lookup.want('email', 'ana@x.example');
    page.abort();
    await settle();
    expect(bg.asks).toEqual([]);
  });
});
