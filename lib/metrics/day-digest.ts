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

/** The digest of one day (rows in `d.memberIds` order). A missing column reads as zeros. */
export function dayDigest(d: DayColumnsInput): DayDigest {
  const n = d.memberIds.length;
  const active = new Uint8Array(n);
  metricProducts.forEach((p, v) => {
    const c = column(d, productActivityColumn[p]);
    const bit = (1 << v) | (countsTowardActive[p] ? 1 << ANY : 0);
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
