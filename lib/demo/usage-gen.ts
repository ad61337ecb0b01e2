// Token usage and cost per member-day, per product and model, derived from the same
// activity detail as /users (usage is proportional to messages and sessions).
import { DISCOUNT_FACTOR, MODELS } from './catalog';
import type { MemberDayDetail } from './detail';
import type { DemoOrgCore } from './org';
import { P, stream } from './prng';
import type { DemoMember } from './org-types';

/** One product × model slice of a member-day. Money is in integer micro-cents (1e-6 cent). */
export interface UsageFact {
  member: number;
  day: number;
  product: 'chat' | 'claude_code' | 'cowork' | 'office_agent' | 'claude_design';
  model: string;
  contextWindow: '0-200k' | '200k-1M';
  uncached: number;
  cache5m: number;
  cache1h: number;
  cacheRead: number;
  output: number;
  webSearch: number;
  requests: number;
  /** List price per token type and for web search, micro-cents. */
  list: {
    uncached: number;
    output: number;
    cacheRead: number;
    cache5m: number;
    cache1h: number;
    webSearch: number;
  };
}

/** Total list price of a fact, micro-cents. */
export function listTotal(f: UsageFact): number {
  const l = f.list;
  return l.uncached + l.output + l.cacheRead + l.cache5m + l.cache1h + l.webSearch;
}

/** Post-discount amount of a list price, micro-cents (rounded). */
export function discounted(listMicro: number): number {
  return Math.round(listMicro * DISCOUNT_FACTOR);
}

/** Web search costs $10 per 1000 searches = 1 cent each. */
const WEB_SEARCH_MICRO = 1_000_000;

function pickModel(technical: boolean, u: number): string {
  const opus = technical ? 0.35 : 0.15;
  return u < 0.05 ? MODELS[0]!.name : u < 0.05 + opus ? MODELS[1]!.name : MODELS[2]!.name;
}

function fact(
  m: DemoMember,
  d: number,
  product: UsageFact['product'],
  model: string,
  t: {
    uncached: number;
    cache5m: number;
    cache1h: number;
    cacheRead: number;
    output: number;
    webSearch: number;
    requests: number;
  },
  wide: boolean,
): UsageFact {
  const price = MODELS.find((x) => x.name === model)!;
  const inp = price.inputCents;
  const list = {
    uncached: t.uncached * inp,
    output: t.output * price.outputCents,
    cacheRead: Math.round(t.cacheRead * inp * 0.1),
    cache5m: Math.round(t.cache5m * inp * 1.25),
    cache1h: t.cache1h * inp * 2,
    webSearch: t.webSearch * WEB_SEARCH_MICRO,
  };
  return {
    member: m.index,
    day: d,
    product,
    model,
    contextWindow: wide ? '200k-1M' : '0-200k',
    ...t,
    list,
  };
}

/**
 * Usage facts of one member-day (empty when inactive). One model per product per day;
 * Claude Code sometimes runs with the 1M context window.
 */
export function memberDayUsage(org: DemoOrgCore, detail: MemberDayDetail): UsageFact[] {
  if (detail.mask === 0) return [];
  const m = org.members[detail.member]!;
  const d = detail.day;
  const s = stream(org.options.seed, m.index, d, P.usage);
  const technical = m.department === 'engineering' || m.department === 'data';
  const out: UsageFact[] = [];
  const c = detail.chat;
  if (c) {
    const n = c.messages;
    out.push(
      fact(
        m,
        d,
        'chat',
        pickModel(technical, s.next()),
        {
          uncached: Math.round(n * (1800 + 1500 * s.next())),
          cache5m: Math.round(n * (900 + 800 * s.next())),
          cache1h: 0,
          cacheRead: Math.round(n * (6000 + 8000 * s.next())),
          output: Math.round(n * (450 + 600 * s.next()) + c.thinking * 900),
          webSearch: c.webSearch,
          requests: n,
        },
        false,
      ),
    );
  }
  const k = detail.code;
  if (k) {
    const r = Math.round(k.sessions * (25 + 40 * s.next()));
    out.push(
      fact(
        m,
        d,
        'claude_code',
        s.next() < 0.5 ? MODELS[1]!.name : MODELS[2]!.name,
        {
          uncached: Math.round(r * (1200 + 1500 * s.next())),
          cache5m: Math.round(r * (2000 + 1000 * s.next())),
          cache1h: Math.round(r * 300 * s.next()),
          cacheRead: Math.round(r * (30000 + 30000 * s.next())),
          output: Math.round(r * (600 + 600 * s.next())),
          webSearch: k.webSearch,
          requests: r,
        },
        s.next() < 0.1,
      ),
    );
  }
  const w = detail.cowork;
  if (w) {
    const r = w.messages + w.actions;
    out.push(
      fact(
        m,
        d,
        'cowork',
        pickModel(technical, s.next()),
        {
          uncached: Math.round(r * (1000 + 800 * s.next())),
          cache5m: Math.round(r * 1200 * s.next()),
          cache1h: 0,
          cacheRead: Math.round(r * (12000 + 9000 * s.next())),
          output: Math.round(r * (300 + 400 * s.next())),
          webSearch: 0,
          requests: r,
        },
        false,
      ),
    );
  }
  const office = detail.office.reduce((a, o) => a + (o?.messages ?? 0), 0);
  if (office > 0) {
    const r = office * 2;
    out.push(
      fact(
        m,
        d,
        'office_agent',
        MODELS[2]!.name,
        {
          uncached: Math.round(r * (2500 + 2000 * s.next())),
          cache5m: Math.round(r * 600),
          cache1h: 0,
          cacheRead: Math.round(r * 5000 * s.next()),
          output: Math.round(r * (500 + 500 * s.next())),
          webSearch: 0,
          requests: r,
        },
        false,
      ),
    );
  }
  if (detail.design) {
    const r = detail.design.messages * 3;
    out.push(
      fact(
        m,
        d,
        'claude_design',
        MODELS[1]!.name,
        {
          uncached: Math.round(r * (2000 + 1000 * s.next())),
          cache5m: Math.round(r * 1500),
          cache1h: 0,
          cacheRead: Math.round(r * (9000 + 5000 * s.next())),
          output: Math.round(r * (1500 + 1500 * s.next())),
          webSearch: 0,
          requests: r,
        },
        false,
      ),
    );
  }
  return out;
}
