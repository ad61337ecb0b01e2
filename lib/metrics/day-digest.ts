/**
 * **Day digest**: what the activity index reads from one day of `/users`
 * columns, reduced to one byte per row, so that a day is read once however
 * many models are built from it (issue 12 item 2).
 *
 * - `active[i]`: bit v (0…4, metricProducts order) when row i was active in
 *   product v that day (its productActivityColumn above 0); bit ANY when one
 *   of those products counts toward "active" overall (countsTowardActive).
 * - `features[i]`: FEATURE bits of what row i used that day (connectors,
 *   skills, projects: chat + Cowork counts above 0).
 * - Champion inputs (`championDay`): per row, interactions and the day's
 *   skills / connectors / projects counts, kept only for rows where one is
 *   above 0 (sparse; read only for days in a champion window).
 *
 * Example: a row with chatMessages 3 and designSessions 1 has active
 * 0b100001 | 0b010000 = bits chat, design and ANY (chat counts, design does not).
 */
import { ANY, FEATURE } from '@/lib/metrics/activity-index';
import {
  countsTowardActive,
  metricProducts,
  productActivityColumn,
  type ActivityColumn,
  type DayColumnsInput,
} from '@/lib/metrics/history';

/** The columns that make a member active in a product (what `active` reads). */
export const activityColumns: readonly ActivityColumn[] = metricProducts.map(
  (p) => productActivityColumn[p],
);

/** Feature columns (what `features` reads; used for the last 30 days of a model only). */
const featureColumns = {
  connectors: ['chatConnectorsUsed', 'coworkConnectorsUsed'],
  skills: ['chatSkillsUsed', 'coworkSkillsUsed'],
  projects: ['chatProjectsUsed'],
} as const satisfies Record<keyof typeof FEATURE, readonly ActivityColumn[]>;

/** Columns `championDay` reads (a day in a champion window). */
export const championColumns: readonly ActivityColumn[] = [
  'chatMessages',
  'coworkMessages',
  'officeMessages',
  'designMessages',
  'codeSessions',
  'codeToolAccepted',
  'chatSkillsUsed',
  'coworkSkillsUsed',
  'chatConnectorsUsed',
  'coworkConnectorsUsed',
  'chatProjectsUsed',
];

/**
 * Every column a model reads of a day in its last `max(30, champion window)`
 * days; days before read only `activityColumns`.
 */
export const windowColumns: readonly ActivityColumn[] = [
  ...new Set([...activityColumns, ...championColumns]),
];

export interface DayDigest {
  active: Uint8Array;
  features: Uint8Array;
}

/** Rows of a day with a champion input above 0, and those inputs (parallel arrays). */
export interface ChampionDay {
  rows: Int32Array;
  interactions: Float64Array;
  skills: Float64Array;
  connectors: Float64Array;
  projects: Float64Array;
}

const ZERO: ArrayLike<number> = { length: 0 };

function column(d: DayColumnsInput, name: ActivityColumn): ArrayLike<number> {
  return d.columns[name] ?? ZERO;
}

/** The bits `active` sets for a row active in each product (metricProducts order). */
const productBits = metricProducts.map(
  (p, v) => (1 << v) | (countsTowardActive[p] ? 1 << ANY : 0),
) as [number, number, number, number, number];

/**
 * The digest of one day (rows in `d.memberIds` order). A missing column reads as zeros.
 * Days whose columns are all whole Uint32Arrays (as the store reads them) take one pass
 * over the rows; others take a pass per column (`dayDigestByColumn`), with the same result.
 */
export function dayDigest(d: DayColumnsInput): DayDigest {
  const n = d.memberIds.length;
  const whole = (name: ActivityColumn): Uint32Array | null => {
    const c = d.columns[name];
    return c instanceof Uint32Array && c.length >= n ? c : null;
  };
  const [a0, a1, a2, a3, a4] = activityColumns.map(whole);
  const [k1, k2] = featureColumns.connectors.map(whole);
  const [s1, s2] = featureColumns.skills.map(whole);
  const [p1] = featureColumns.projects.map(whole);
  if (!a0 || !a1 || !a2 || !a3 || !a4 || !k1 || !k2 || !s1 || !s2 || !p1)
    return dayDigestByColumn(d);
  const [b0, b1, b2, b3, b4] = productBits;
  const { connectors, skills, projects } = FEATURE;
  const active = new Uint8Array(n);
  const features = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    active[i] =
      (a0[i]! > 0 ? b0 : 0) |
      (a1[i]! > 0 ? b1 : 0) |
      (a2[i]! > 0 ? b2 : 0) |
      (a3[i]! > 0 ? b3 : 0) |
      (a4[i]! > 0 ? b4 : 0);
    features[i] =
      ((k1[i]! | k2[i]!) !== 0 ? connectors : 0) |
      ((s1[i]! | s2[i]!) !== 0 ? skills : 0) |
      (p1[i]! !== 0 ? projects : 0);
  }
  return { active, features };
}

/** `dayDigest` a column at a time: any column shape (missing, short, a plain array). */
export function dayDigestByColumn(d: DayColumnsInput): DayDigest {
  const n = d.memberIds.length;
  const active = new Uint8Array(n);
  metricProducts.forEach((p, v) => {
    const c = column(d, productActivityColumn[p]);
    const bit = productBits[v]!;
    for (let i = 0; i < c.length && i < n; i += 1) if (c[i]! > 0) active[i]! |= bit;
  });
  const features = new Uint8Array(n);
  const mark = (names: readonly ActivityColumn[], bit: number) => {
    for (const name of names) {
      const c = column(d, name);
      for (let i = 0; i < c.length && i < n; i += 1) if (c[i]! > 0) features[i]! |= bit;
    }
  };
  mark(featureColumns.connectors, FEATURE.connectors);
  mark(featureColumns.skills, FEATURE.skills);
  mark(featureColumns.projects, FEATURE.projects);
  return { active, features };
}

/**
 * The champion inputs of one day: interactions = chat, Cowork, Office and
 * Design messages + Claude Code sessions + accepted Claude Code tool actions;
 * skills and connectors add chat and Cowork; projects are chat's.
 */
export function championDay(d: DayColumnsInput): ChampionDay {
  const n = d.memberIds.length;
  const zeros = new Uint8Array(n);
  const c = (name: ActivityColumn): ArrayLike<number> => d.columns[name] ?? zeros;
  const [m1, m2, m3, m4, cs, ta] = [
    c('chatMessages'),
    c('coworkMessages'),
    c('officeMessages'),
    c('designMessages'),
    c('codeSessions'),
    c('codeToolAccepted'),
  ];
  const [skA, skB, cnA, cnB, pr] = [
    c('chatSkillsUsed'),
    c('coworkSkillsUsed'),
    c('chatConnectorsUsed'),
    c('coworkConnectorsUsed'),
    c('chatProjectsUsed'),
  ];
  // Two passes: which rows have an input above 0, then their values (no growing arrays).
  const found = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const any = m1[i]! | m2[i]! | m3[i]! | m4[i]! | cs[i]! | ta[i]! | skA[i]! | skB[i]!;
    if ((any | cnA[i]! | cnB[i]! | pr[i]!) !== 0) found[k++] = i;
  }
  const rows = found.slice(0, k);
  const interactions = new Float64Array(k);
  const skills = new Float64Array(k);
  const connectors = new Float64Array(k);
  const projects = new Float64Array(k);
  for (let j = 0; j < k; j += 1) {
    const i = rows[j]!;
    interactions[j] = m1[i]! + m2[i]! + m3[i]! + m4[i]! + cs[i]! + ta[i]!;
    skills[j] = skA[i]! + skB[i]!;
    connectors[j] = cnA[i]! + cnB[i]!;
    projects[j] = pr[i]!;
  }
  return { rows, interactions, skills, connectors, projects };
}
