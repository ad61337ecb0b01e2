import { useEffect, useState } from 'preact/hooks';
import { codeEfficiency } from '@/lib/companion/tier2';
import type { InsightModel } from '@/lib/metrics';
import { fewerThanK } from '@/lib/metrics/product-gate';
import { modelSeries } from '@/components/companion/adoption-chart';
import { Tier1Section } from '@/components/companion/tier1-section';
import { Tier2Section, type TimeSavedRow } from '@/components/companion/tier2-section';
import { Tier3Section, type KpiRow } from '@/components/companion/tier3-section';
import { StateNote } from '@/components/companion/view-state';
import { loadDigest, loadOrgSummarySeries } from '../load-history';
import { newId } from '../use-data';
import { useLoaded } from '../use-loaded';
import {
  digestRequest,
  hiddenReason,
  scopeMembers,
  scopeTargets,
  type PageContext,
} from './context';

/** Why Tier 2's Claude Code figures are withheld (digest-withheld.ts `developers`). */
export function developersWithheld(k: number): string {
  return `Claude Code figures withheld for this range: ${fewerThanK(k)} active developers, or a count that would let a smaller team’s be worked out by subtraction.`;
}

/** Monthly adoption of a model on `day` (from its 90-day series), or null. */
function rateOn(model: InsightModel | undefined, day: string): number | null {
  const s = model?.adoption?.series;
  if (!s) return null;
  const i = s.days.indexOf(day);
  return i < 0 ? null : (s.monthlyRate[i] ?? null);
}

/** Sets a performance mark (once per page) on the next frame after `when` turns true. */
function markPainted(name: string, when: boolean): void {
  if (when && performance.getEntriesByName(name).length === 0)
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(name).length === 0) performance.mark(name);
    });
}

/** Overview: Tier 1 usage, Tier 2 efficiency, Tier 3 outcomes for the scope and range. */
export function OverviewPage({ ctx }: { ctx: PageContext }) {
  const { model, range, state } = ctx;
  // The model's series covers its last 90 days: a range reaching further back (longer, or a
  // custom range in an older month) reads the org's stored /summaries instead.
  const seriesStart = model.adoption?.series.days[0];
  const reachesBack = range.days > 90 || (seriesStart !== undefined && range.from < seriesStart);
  const long = reachesBack && model.scope.id === 'org';
  const summaries = useLoaded(long ? `${range.from}|${range.to}|${ctx.version}` : null, () =>
    loadOrgSummarySeries(range.from, range.to),
  );
  const hidden = hiddenReason(model);
  const request = digestRequest(ctx);
  // Tier 2 reads the history after Tier 1 is on screen, so the first numbers never wait for it.
  const [painted, setPainted] = useState(false);
  const hasNumbers = model.adoption !== null;
  useEffect(() => {
    if (!hasNumbers) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [hasNumbers]);
  const digest = useLoaded(hidden || !painted ? null : JSON.stringify([request, ctx.version]), () =>
    loadDigest(request, ctx.version),
  );
  const tier2Ready = digest.state === 'ready';
  // Marks for the benchmark (tests/bench/companion.ts): the frames Tier 1 and Tier 2 numbers are painted on.
  useEffect(() => markPainted('uptake:companion-numbers', hasNumbers), [hasNumbers]);
  useEffect(() => markPainted('uptake:companion-tier2', tier2Ready), [tier2Ready]);
  if (!model.adoption)
    return (
      <StateNote
        kind="empty"
        title={
          hidden
            ? `No figures for ${ctx.scopeName}: ${hidden}`
            : `No figures for ${ctx.scopeName} yet.`
        }
        testId="overview-empty"
      >
        {hidden
          ? 'Groups under the privacy floor are never shown on their own.'
          : 'They appear after the next sync.'}
      </StateNote>
    );
  const series =
    long && summaries.state === 'ready'
      ? {
          ...summaries.value,
          daily: summaries.value.days.map((d, i) =>
            ctx.weekdays && [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())
              ? null
              : summaries.value.daily[i]!,
          ),
        }
      : modelSeries(model, range.from, range.to, ctx.weekdays);
  const notes: string[] = [];
  if (reachesBack && !long)
    notes.push('Group trends cover the last 90 days (the insight model’s window).');
  if (long && summaries.state === 'loading')
    notes.push('Loading the older days from the stored /summaries…');
  if (ctx.weekdays && !model.adoption.weekdaysOnly)
    notes.push(
      'Weekdays only: weekend days are left out of daily figures and Claude Code totals; weekly and monthly actives follow Options (which counts weekends). Switch “weekdays only” on in Options to count only weekdays everywhere.',
    );
  const groups =
    ctx.groupModels.state === 'ready' ? ctx.groupModels.value : new Map<string, InsightModel>();
  const modelOf = (id: string) => (id === model.scope.id ? model : groups.get(id));
  const inScope = (teamId: string) => model.scope.id === 'org' || teamId === model.scope.id;
  const timeSaved: TimeSavedRow[] = ctx.companion.timeSaved
    .filter((t) => inScope(t.teamId))
    .map((t) => ({
      ...t,
      teamName: ctx.teamName(t.teamId),
      weeklyActives:
        t.teamId === 'org' && model.scope.id === 'org'
          ? model.adoption!.weekly.actives
          : (modelOf(t.teamId)?.adoption?.weekly.actives ?? null),
    }));
  const kpis: KpiRow[] = ctx.companion.kpis
    .filter((k) => inScope(k.teamId))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name) ||
        a.teamId.localeCompare(b.teamId) ||
        a.day.localeCompare(b.day),
    )
    .map((k) => ({
      ...k,
      teamName: ctx.teamName(k.teamId),
      adoption: rateOn(
        k.teamId === 'org' && model.scope.id === 'org' ? model : modelOf(k.teamId),
        k.day,
      ),
    }));
  const teams = [
    ...(model.scope.id === 'org'
      ? [{ id: 'org', name: 'Whole organisation' }]
      : [{ id: model.scope.id, name: ctx.scopeName }]),
    ...(model.scope.id === 'org'
      ? ctx.scopes
          .filter((s) => s.kind === 'group' && !s.hiddenBecause)
          .map((s) => ({ id: s.id, name: s.name ?? s.id }))
      : []),
  ];
  const code =
    digest.state === 'ready' && digest.value.withheld.developers.includes(state.scope)
      ? { state: 'hidden' as const, why: developersWithheld(digest.value.gate.k) }
      : digest.state === 'ready'
        ? {
            state: 'ready' as const,
            value: codeEfficiency(digest.value.digest, scopeMembers(digest.value, state.scope)),
          }
        : digest.state === 'error'
          ? digest
          : hidden
            ? { state: 'hidden' as const, why: hidden }
            : { state: 'loading' as const };

  return (
    <div data-testid="overview-ready">
      <Tier1Section
        model={model}
        series={series}
        scopeName={ctx.scopeName}
        rangeNote={notes.join(' ') || null}
        targets={scopeTargets(model, ctx.settings.metrics.targets)}
      />
      <Tier2Section
        code={code}
        rangeLabel={range.label}
        timeSaved={timeSaved}
        teams={teams}
        today={model.today}
        onAddTimeSaved={(e) =>
          void ctx.updateCompanion((d) => ({
            ...d,
            timeSaved: [...d.timeSaved, { ...e, id: newId('ts') }],
          }))
        }
        onRemoveTimeSaved={(id) =>
          void ctx.updateCompanion((d) => ({
            ...d,
            timeSaved: d.timeSaved.filter((t) => t.id !== id),
          }))
        }
      />
      <Tier3Section
        rows={kpis}
        teams={teams}
        today={model.freshness.latestDay ?? model.today}
        onAdd={(p) =>
          void ctx.updateCompanion((d) => ({ ...d, kpis: [...d.kpis, { ...p, id: newId('kpi') }] }))
        }
        onRemove={(id) =>
          void ctx.updateCompanion((d) => ({ ...d, kpis: d.kpis.filter((k) => k.id !== id) }))
        }
      />
    </div>
  );
}
