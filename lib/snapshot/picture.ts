/**
 * Builds the **team picture** (picture-schema.ts) the popup shows, from the
 * insight model of one scope: monthly adoption and its trend, the headline
 * target with progress and forecast, the top three suggestions, champions
 * and freshness. Numbers stay raw; the components round them.
 *
 * Headline target: the scope's monthly-adoption target for all products if
 * set, else its first target. A group without a target of its own is read
 * against the org's monthly-adoption target (`inherited: true`), with the
 * insight core's definitions (targets.ts):
 *   goal actives = ⌈goal% × size⌉, people needed = max(0, goal actives − actives),
 *   progress = rate / goal, forecast = forecastReach over the last 28 days
 *   of the monthly rate (forecast.ts).
 */
import type { Target } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';
import { forecastReach } from '@/lib/metrics/forecast';
import type { InsightModel, TargetInsight } from '@/lib/metrics/insight-types';
import type { PictureTarget, TeamPicture } from '@/lib/snapshot/picture-schema';

const EPS = 1e-9;
/** Days of monthly rate the inherited target's forecast fits (as targets.ts). */
const forecastDays = 28;
/** Champions the picture lists (the popup shows the first few). */
const championsListed = 10;

function fromInsight(t: TargetInsight): PictureTarget {
  return {
    id: t.id,
    inherited: false,
    metric: t.metric,
    product: t.product,
    kind: t.kind,
    goal: t.goal,
    current: t.current,
    currentActives: t.currentActives,
    goalActives: t.goalActives,
    gapPeople: t.gapPeople,
    progress: t.progress,
    deadline: t.deadline,
    daysLeft: t.daysLeft,
    forecast: t.forecast,
  };
}

/**
 * The org's monthly-adoption target read against a group's own figures.
 * Null when the group has no adoption figures. Example: goal 70, size 40,
 * 22 monthly actives (55%) → goal actives 28, 6 people needed, progress 0.786.
 */
export function inheritedTarget(model: InsightModel, orgTarget: Target): PictureTarget | null {
  const a = model.adoption;
  if (!a) return null;
  const size = model.size.value;
  const rate = a.monthly.rate;
  const actives = a.monthly.actives;
  const goal = orgTarget.value;
  const goalActives =
    size === null || size <= 0 ? null : Math.max(0, Math.ceil((goal / 100) * size - EPS));
  const asOf = dayNumber(a.monthly.day);
  const deadline = orgTarget.deadline === null ? null : dayNumber(orgTarget.deadline);
  const days = a.series.days;
  const from = Math.max(0, days.length - forecastDays);
  const points = days.slice(from).map((d, i) => ({
    day: dayNumber(d),
    value: a.series.monthlyRate[from + i] ?? null,
  }));
  return {
    id: orgTarget.id,
    inherited: true,
    metric: 'monthly_adoption', // isHeadline: the org's monthly-adoption target
    product: orgTarget.product,
    kind: 'adoption',
    goal,
    current: rate,
    currentActives: actives,
    goalActives,
    gapPeople: goalActives === null || actives === null ? null : Math.max(0, goalActives - actives),
    progress: rate === null ? null : rate / goal,
    deadline: orgTarget.deadline,
    daysLeft: deadline === null ? null : deadline - asOf,
    forecast: forecastReach(points, goal, asOf, deadline),
  };
}

function isHeadline(t: { metric: string; product: string | null }): boolean {
  return t.metric === 'monthly_adoption' && t.product === null;
}

/** The org's monthly-adoption target for all products, if the admin kept one. */
export function orgMonthlyTarget(targets: readonly Target[]): Target | null {
  return targets.find((t) => t.scope === 'org' && isHeadline(t)) ?? null;
}

function championsHiddenBecause(model: InsightModel): string | null {
  const scope = model.suppressed.find((s) => s.part === 'scope');
  if (scope) return scope.detail;
  const champions = model.suppressed.find((s) => s.part === 'champions');
  if (champions) return champions.detail;
  return model.champions.shown ? null : 'Not enough history to name champions yet.';
}

/**
 * The popup's picture of `model`. `orgTarget` (the org's monthly-adoption
 * target) stands in for a group that has no target of its own.
 */
export function teamPicture(model: InsightModel, orgTarget: Target | null): TeamPicture {
  const a = model.adoption;
  const own = [...model.targets].sort((x, y) => Number(isHeadline(y)) - Number(isHeadline(x)));
  const targets = own.map(fromInsight);
  if (!own.some(isHeadline) && model.scope.kind === 'group' && orgTarget) {
    const inherited = inheritedTarget(model, orgTarget);
    if (inherited) targets.unshift(inherited);
  }
  const figure = (f: { day: string; rate: number | null; actives: number | null }) => ({
    day: f.day,
    rate: f.rate,
    actives: f.actives,
  });
  const shown = model.champions.shown;
  return {
    version: 1,
    scope: { id: model.scope.id, kind: model.scope.kind, name: model.scope.name },
    today: model.today,
    freshness: { latestDay: model.freshness.latestDay, lagDays: model.freshness.lagDays },
    size: {
      value: model.size.value,
      source: model.size.source,
      approximate: model.size.approximate,
    },
    adoption: a
      ? { daily: figure(a.daily), weekly: figure(a.weekly), monthly: figure(a.monthly) }
      : null,
    trend: a ? { days: [...a.series.days], monthlyRate: [...a.series.monthlyRate] } : null,
    targets: targets.slice(0, 20),
    suggestions: model.suggestions.slice(0, 3).map((s) => ({
      id: s.id,
      title: s.title,
      why: s.why,
      action: { kind: s.action.kind, label: s.action.label, url: s.action.url },
    })),
    champions: {
      shown,
      list: shown
        ? model.champions.champions
            .slice(0, championsListed)
            .map((c) => ({ email: c.email, rank: c.rank, score: c.score }))
        : [],
      total: shown ? model.champions.champions.length + (model.champions.rowsLeftOut ?? 0) : 0,
      hiddenBecause: championsHiddenBecause(model),
    },
    partialNote: model.completeness.note,
    suppressed: model.suppressed.map((s) => ({ part: s.part, reason: s.reason, detail: s.detail })),
  };
}
