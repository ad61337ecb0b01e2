// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWatcher } from './observe';

const tick = () => new Promise((r) => setTimeout(r, 0));
/** The observer's batch and the watches it runs one per task afterwards (two watches: two tasks). */
const settle = async () => {
  for (let i = 0; i < 4; i++) await tick();
};
const headings = (root: Element) =>
  [...(root.matches('h3') ? [root] : []), ...root.querySelectorAll('h3')].filter(
    (h) => h.textContent === 'Members',
  );

beforeEach(() => {
  document.body.innerHTML = '<main></main>';
});

describe('createWatcher', () => {
  it('finds anchors present at once and those added later, without scanning our own hosts', async () => {
    document.querySelector('main')!.innerHTML = '<h3 id="a">Members</h3>';
    const w = createWatcher(document, () => false);
    const found = vi.fn();
    const find = vi.fn(headings);
    w.watch({ find, found, onError: vi.fn() }, new AbortController().signal);
    expect(found).toHaveBeenCalledTimes(1);
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<section><h3 id="b">Members</h3></section>');
    await tick();
    expect(found.mock.calls.map(([el]) => el.id)).toEqual(['a', 'b']);
    find.mockClear();
    const host = document.createElement('uptake-overlay');
    host.setAttribute('data-uptake', 'x');
    document.body.append(host);
    await tick();
    expect(find).not.toHaveBeenCalled();
    w.stop();
  });

  it('rescans the whole document when a sweep removed overlays (a re-render)', async () => {
    let swept = false;
    const w = createWatcher(document, () => swept);
    const found = vi.fn();
    w.watch({ find: headings, found, onError: vi.fn() }, new AbortController().signal);
    document.querySelector('main')!.innerHTML = '<h3>Members</h3>';
    await tick();
    expect(found).toHaveBeenCalledTimes(1);
    swept = true;
    document.body.append(document.createElement('span'));
    await tick();
    expect(found).toHaveBeenCalledTimes(2);
    w.stop();
  });

  it('a watch that throws is reported and the others still run; an aborted watch stops', async () => {
    const w = createWatcher(document, () => false);
    const onError = vi.fn();
    const found = vi.fn();
    w.watch(
      {
        find: () => {
          throw new Error('bad selector');
        },
        found: vi.fn(),
        onError,
      },
      new AbortController().signal,
    );
    const stop = new AbortController();
    w.watch({ find: headings, found, onError: vi.fn() }, stop.signal);
    document.querySelector('main')!.innerHTML = '<h3>Members</h3>';
    await settle(); // the second watch runs in a task after the first (see the test below)
    expect(onError).toHaveBeenCalledTimes(2);
    expect(found).toHaveBeenCalledTimes(1);
    stop.abort();
    document.querySelector('main')!.innerHTML = '<h3>Members</h3>';
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it('content the page adds late: the first watch at once, each other in a task of its own', async () => {
    const pauses: (() => void)[] = [];
    const pause = () => new Promise<void>((resolve) => pauses.push(resolve));
    const w = createWatcher(document, () => false, pause);
    const order: string[] = [];
    for (const id of ['strip', 'badge', 'note'])
      w.watch(
        { find: headings, found: () => order.push(id), onError: vi.fn() },
        new AbortController().signal,
      );
    document.querySelector('main')!.innerHTML = '<h3>Members</h3>';
    await tick();
    expect(order).toEqual(['strip']); // in the page's own task: one feature only
    pauses.shift()!();
    await tick();
    expect(order).toEqual(['strip', 'badge']);
    pauses.shift()!();
    await tick();
    expect(order).toEqual(['strip', 'badge', 'note']);
    expect(pauses).toHaveLength(0);
    w.stop();
  });

  it('a re-render that removed Uptake’s hosts: every watch at once (no frame without the overlay)', async () => {
    let swept = false;
    const pause = vi.fn(() => new Promise<void>(() => undefined));
    const w = createWatcher(document, () => swept, pause);
    const found = [vi.fn(), vi.fn()];
    for (const f of found)
      w.watch({ find: headings, found: f, onError: vi.fn() }, new AbortController().signal);
    swept = true;
    document.querySelector('main')!.innerHTML = '<h3>Members</h3>';
    await tick();
    expect(found.map((f) => f.mock.calls.length)).toEqual([1, 1]);
    expect(pause).not.toHaveBeenCalled();
    w.stop();
  });

  it('notices a heading whose text changes in place', async () => {
    document.querySelector('main')!.innerHTML = '<h3>Loading</h3>';
    const w = createWatcher(document, () => false);
    const found = vi.fn();
    w.watch({ find: headings, found, onError: vi.fn() }, new AbortController().signal);
    document.querySelector('h3')!.firstChild!.nodeValue = 'Members';
    await tick();
    expect(found).toHaveBeenCalledTimes(1);
    w.stop();
  });
});
