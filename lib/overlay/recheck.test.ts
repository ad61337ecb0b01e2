// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createRecheck } from './recheck';

describe('elements to look at again', () => {
  it('runs on those still in the page and forgets the others', () => {
    const recheck = createRecheck(4);
    const kept = document.body.appendChild(document.createElement('li'));
    const gone = document.createElement('li');
    recheck.add(kept);
    recheck.add(gone);
    recheck.add(kept);
    const seen: Element[] = [];
    recheck.each((el) => seen.push(el));
    expect(seen).toEqual([kept]);
    expect(recheck.size()).toBe(1);
  });

  it('never grows without bound on a page that re-renders its rows', () => {
    const recheck = createRecheck(4);
    for (let i = 0; i < 1000; i++) {
      document.body.replaceChildren(document.createElement('li'));
      recheck.add(document.body.firstElementChild!);
    }
    expect(recheck.size()).toBeLessThanOrEqual(8);
  });
});
