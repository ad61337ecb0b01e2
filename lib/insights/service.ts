/**
 * The insight service of the background: builds the one insight model per
 * scope that the overlay, popup and companion all render, from the local
 * history and the settings. Models for every scope are built in one pass and
 * cached until the history or the settings change, per source: the cache is
 * keyed by the active history (lib/store/sources.ts), so a model of one
 * source is never answered for another.
 */
import { buildAllScopes, resolveToday, type InsightModel } from '@/lib/metrics';
import { createIndexMemo, type IndexMemo } from '@/lib/metrics/index-memo';
import { OTHER_GROUPS_KEY, type PublicationGate } from '@/lib/metrics/publication-gate';
import { activeHistoryDb } from '@/lib/store/active-history';
import { readSettings, type Settings } from '@/lib/store/settings';
import { forgetKeptAnswers } from './kept-answers';
import { loadMetricsHistory } from './load-history';
import type { MetricDayCache } from './metric-days';

export interface AllInsights {
  org: InsightModel;
  groups: InsightModel[];
  /** The publication gate of the same build (lib/metrics/publication-gate.ts). */
  gate: PublicationGate;
  /** The "Other groups" row's model (lib/metrics/other-groups.ts), when the gate publishes it. */
  otherGroups: InsightModel | null;
  builtAt: number;
}

let cache: { key: string; value: Promise<AllInsights | null> } | null = null;
/** The key of the cached build once it has finished. */
let built: string | null = null;

/**
 * Work kept between builds of one active history (issue 12 item 2): the days
 * already read and digested, and the model's per-day aggregates. Reset when
 * the active history changes; results never depend on it.
 */
let kept: { db: string; dayCache: MetricDayCache; memo: IndexMemo } | null = null;

function keptFor(db: string) {
  if (kept?.db !== db) kept = { db, dayCache: new Map(), memo: createIndexMemo() };
  return kept;
}

/**
 * Forget cached models (after a sync wrote new history, or settings changed),
 * and the answers kept on disk for a stopped worker (kept-answers.ts).
 */
export function invalidateInsights(): void {
  cache = null;
  built = null;
  void forgetKeptAnswers().catch(() => undefined);
}

/** The key of the build that answers at `options`: models are cached and kept under it. */
export async function insightsKey(options: {
  now: number;
  timeZone: string;
  settingsKey: string;
}): Promise<string> {
  return `${await activeHistoryDb()}|${options.timeZone}|${new Date(options.now).toISOString().slice(0, 10)}|${options.settingsKey}`;
}

/** Are the models of `key` built and in memory (so answering costs no build)? */
export function insightsBuilt(key: string): boolean {
  return built === key;
}

/**
 * What a build is asked with: the clock, the time zone, the key of the insight
 * settings and, when the caller read them for that key, the settings
 * themselves (else the build reads them).
 */
export interface InsightOptions {
  now: number;
  timeZone: string;
  settingsKey: string;
  settings?: Settings;
}

async function build(
  now: number,
  timeZone: string,
  given: Settings | undefined,
): Promise<AllInsights | null> {
  const { dayCache, memo } = keptFor(await activeHistoryDb());
  const settings = given ?? (await readSettings());
  const { history, latestDay } = await loadMetricsHistory({
    today: resolveToday(now, timeZone),
    dayCache,
    championWindowDays: settings.metrics.champions.windowDays,
  });
  if (!latestDay) return null;
  const all = buildAllScopes(history, settings.metrics, { today: now, timeZone, memo });
  return { ...all, builtAt: now };
}

/** Every scope's model (null while the history is empty). */
export async function allInsights(options: InsightOptions): Promise<AllInsights | null> {
  const key = await insightsKey(options);
  if (!cache || cache.key !== key) {
    const value = build(options.now, options.timeZone, options.settings);
    cache = { key, value };
    value.then(
      () => {
        if (cache?.value === value) built = key;
      },
      () => {
        if (cache?.value === value) cache = null;
      },
    );
  }
  return cache.value;
}

/** One scope's model: 'org' or a group id; null when unknown or nothing is stored yet. */
export async function insightsFor(
  scope: string,
  options: InsightOptions,
): Promise<InsightModel | null> {
  const all = await allInsights(options);
  if (!all) return null;
  if (scope === 'org') return all.org;
  if (scope === OTHER_GROUPS_KEY) return all.otherGroups;
  return all.groups.find((g) => g.scope.id === scope) ?? null;
}

/** The publication gate of the current build; null while nothing is stored. */
export async function publicationGate(options: InsightOptions): Promise<PublicationGate | null> {
  return (await allInsights(options))?.gate ?? null;
}
