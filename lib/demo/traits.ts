// Per-member behaviour: seat and activation dates, propensity, products, sets.
import { CONNECTORS, PLUGINS, SKILLS } from './catalog';
import { ROLLOUT, seatDayAt, STRUCTURE_DAY, STRUCTURE_HORIZON } from './calendar';
import { department, type DepartmentKey } from './departments';
import { hash4, P, stream, unit, type Stream } from './prng';
import { PRODUCT, PRODUCT_KEYS } from './org-types';

function expLag(u: number, mean: number, cap: number): number {
  return Math.min(cap, Math.floor(-Math.log(1 - u) * mean));
}

/** Picks up to `n` distinct indices by weight (deterministic for a stream). */
export function pickSet(s: Stream, weights: readonly number[], n: number): number[] {
  const w = [...weights];
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const total = w.reduce((a, b) => a + b, 0);
    if (total <= 0) break;
    let x = s.next() * total;
    let i = 0;
    for (; i < w.length - 1; i++) {
      x -= w[i]!;
      if (x < 0) break;
    }
    out.push(i);
    w[i] = 0;
  }
  return out.sort((a, b) => a - b);
}

export interface Traits {
  seatDay: number;
  inviteDay: number;
  firstActiveDay: number | null;
  lastActiveDay: number | null;
  propensity: number;
  weekendFactor: number;
  intensity: number;
  products: number;
  productStart: number[];
  productUse: number[];
  primary: 'chat' | 'code';
  officeApps: number;
  skills: number[];
  connectors: number[];
  plugins: number[];
  thinkingShare: number;
}

/** Mean days until an active member goes dormant, after the first year (≈ 3% a year). */
const DORMANCY_MEAN_DAYS = 12_000;

/**
 * Behaviour of member `i` of `dept`. Champions get an early seat, near-daily activity,
 * every product their role allows and wide skill/connector sets; they are never dormant.
 * Dormancy is fixed by the calendar, never by the latest available day: 7% (Sales 12%) went
 * dormant during the first year (last active ≥ 31 days before {@link STRUCTURE_DAY}); after it,
 * every other non-champion may stop at a random later day (exponential, mean 12,000 days).
 */
export function memberTraits(
  seed: number,
  i: number,
  dept: DepartmentKey,
  champion: boolean,
): Traits {
  const prof = department(dept);
  const u = (k: number): number => unit(seed, i, k, P.propensity);
  const seatQ = champion ? u(1) * 0.04 : Math.pow(u(1), prof.seatEarliness);
  const seatDay = seatDayAt(seatQ);
  const inviteDay = u(2) < 0.4 ? seatDay : Math.max(0, seatDay - 1 - Math.floor(u(3) * 14));
  const never = !champion && u(4) < prof.neverActive;
  const firstActiveDay = never
    ? null
    : seatDay + (champion ? 0 : expLag(u(5), dept === 'sales' ? 10 : 4, 45));
  let lastActiveDay: number | null = null;
  const dormantShare = dept === 'sales' ? 0.12 : 0.07;
  if (!champion && firstActiveDay !== null && u(6) < dormantShare) {
    const span = STRUCTURE_DAY - 31 - (firstActiveDay + 10);
    if (span > 0) lastActiveDay = firstActiveDay + 10 + Math.floor(u(7) * span);
  }
  if (!champion && firstActiveDay !== null && lastActiveDay === null) {
    // After the first year, members keep drifting into dormancy (about 3% a year).
    const from = Math.max(STRUCTURE_DAY, firstActiveDay + 10);
    const last = from + expLag(u(16), DORMANCY_MEAN_DAYS, STRUCTURE_HORIZON);
    if (last <= STRUCTURE_HORIZON) lastActiveDay = last;
  }
  const propensity = champion ? 0.97 : Math.min(0.95, prof.adoption * 2.6 * Math.pow(u(8), 2.4));
  const weekendFactor = champion ? 0.25 : 0.1 + 0.1 * u(9);
  const intensity = champion ? 3 + 2 * u(10) : Math.min(6, 0.6 / Math.pow(1 - u(10), 0.4));

  const technical = dept === 'engineering' || dept === 'data' || dept === 'product';
  const affinity = [
    prof.products.chat,
    prof.products.code,
    prof.products.cowork,
    prof.products.office,
    prof.products.design,
  ];
  let products = 0;
  PRODUCT_KEYS.forEach((key, k) => {
    const has = champion
      ? key !== 'design' || dept === 'marketing' || dept === 'product'
      : unit(seed, i, k, P.products) < affinity[k]!;
    if (has && !(champion && key === 'code' && !technical)) products |= PRODUCT[key];
  });
  if (!(products & (PRODUCT.chat | PRODUCT.code))) products |= PRODUCT.chat;
  const primary: 'chat' | 'code' =
    products & PRODUCT.code &&
    (!(products & PRODUCT.chat) || (dept === 'engineering' && u(11) < 0.35))
      ? 'code'
      : 'chat';

  const first = firstActiveDay ?? seatDay;
  const meanLag = [0, 3, 40, 30, 20];
  const productStart = PRODUCT_KEYS.map((_, k) =>
    Math.max(
      ROLLOUT[k]!,
      first + (k < 2 ? 0 : expLag(unit(seed, i, k, P.productUse), champion ? 3 : meanLag[k]!, 120)),
    ),
  );
  const productUse = champion
    ? [0.95, 0.9, 0.6, 0.5, 0.4]
    : [
        primary === 'code' ? 0.45 : 0.92,
        primary === 'code' ? 0.9 : technical ? 0.55 : 0.3,
        0.15 + 0.35 * u(12),
        0.2 + 0.3 * u(13),
        0.2 + 0.2 * u(14),
      ];

  const s = stream(seed, i, 0, P.sets);
  let officeApps = 0;
  if (products & PRODUCT.office) {
    const apps = pickSet(s, prof.officeApps, champion ? 4 : 1 + s.int(3));
    for (const a of apps) officeApps |= 1 << a;
  }
  const sizeOf = (appetite: number, max: number, champ: number): number =>
    champion ? champ : Math.min(max, Math.round(appetite * (0.5 + 5 * Math.pow(s.next(), 1.5))));
  const skills = pickSet(
    s,
    SKILLS.map((x) => x.weight),
    sizeOf(prof.skills, SKILLS.length, 8 + s.int(4)),
  );
  const connectors = pickSet(
    s,
    CONNECTORS.map((c) =>
      dept === 'engineering' && (c.name === 'github' || c.name === 'linear')
        ? c.weight * 3
        : c.weight,
    ),
    sizeOf(prof.connectors, CONNECTORS.length, 6 + s.int(4)),
  );
  const usesPlugins = products & (PRODUCT.code | PRODUCT.cowork);
  const plugins = usesPlugins
    ? pickSet(
        s,
        PLUGINS.map((p) =>
          (products & PRODUCT.code && p.code) || (products & PRODUCT.cowork && p.cowork)
            ? p.weight
            : 0,
        ),
        champion ? 4 + s.int(3) : Math.floor(s.next() * s.next() * 4),
      )
    : [];
  const thinkingShare = 0.05 + 0.3 * (hash4(seed, i, 15, P.propensity) / 4294967296);
  return {
    seatDay,
    inviteDay,
    firstActiveDay,
    lastActiveDay,
    propensity,
    weekendFactor,
    intensity,
    products,
    productStart,
    productUse,
    primary,
    officeApps,
    skills,
    connectors,
    plugins,
    thinkingShare,
  };
}
