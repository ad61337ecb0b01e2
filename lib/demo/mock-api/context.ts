// What every endpoint handler receives.
import type { DemoOrg } from '../org';
import type { ParsedQuery } from './query';

export interface HandlerContext {
  org: DemoOrg;
  /** Latest available day index (after the latestAvailableDay fault). */
  latest: number;
  query: ParsedQuery;
  /** The expireCursors fault. */
  cursorsExpired: boolean;
  /** Small per-API cache of computed result sets, keyed by the caller. */
  cache: ResultCache;
}

/** A tiny LRU of computed row lists, so later pages of one query are cheap. */
export class ResultCache {
  private map = new Map<string, unknown>();
  constructor(private readonly max = 24) {}

  get<T>(key: string, compute: () => T): T {
    if (this.map.has(key)) {
      const v = this.map.get(key) as T;
      this.map.delete(key);
      this.map.set(key, v);
      return v;
    }
    const v = compute();
    this.map.set(key, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return v;
  }
}
