/**
 * Elements a feature looks at again when something it waits for arrives (the
 * champion badges: rows whose champion rows the background is asked for).
 * Only elements still in the page: the set is pruned of removed ones whenever
 * it doubles, so a page that re-renders its rows never grows it without bound.
 */
export interface Recheck {
  /** Remember `el` (again: no effect). */
  add(el: Element): void;
  /** Run `fn` on every remembered element still in the page (forgetting the others). */
  each(fn: (el: Element) => void): void;
  /** How many are remembered now (tests). */
  size(): number;
}

/** An empty set; pruned at `floor` elements at the least. */
export function createRecheck(floor = 256): Recheck {
  let els = new Set<Element>();
  let pruneAt = floor;
  return {
    add(el) {
      els.add(el);
      if (els.size <= pruneAt) return;
      els = new Set([...els].filter((e) => e.isConnected));
      pruneAt = Math.max(floor, els.size * 2);
    },
    each(fn) {
      for (const el of [...els]) {
        if (el.isConnected) fn(el);
        else els.delete(el);
      }
    },
    size: () => els.size,
  };
}
