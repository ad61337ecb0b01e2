import { useState } from 'preact/hooks';
import type { ToolsDigest } from '@/lib/metrics/tools/digest';
import type { ToolPeriod } from '@/lib/metrics/tools/periods';
import { ChatgptBenchmarks, ToolsNotes, ToolsTargets } from './tools-extras';
import { ToolsTable } from './tools-table';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Week 1 Mar 2026 – 7 Mar 2026", "March 2026", or "1 Jan 2026 – 14 Mar 2026". */
export function periodLabel(p: ToolPeriod): string {
  const range = `${dayFormat.format(asDate(p.start))} – ${dayFormat.format(asDate(p.end))}`;
  if (p.shape === 'month') return monthFormat.format(asDate(p.start));
  return p.shape === 'week' ? `Week ${range}` : range;
}

/**
 * The Tools view: ChatGPT beside Claude for one imported period (selectable),
 * per team and for the org, with benchmarks, combined targets, suggestions
 * and champions across tools. Renders the background's digest only.
 */
export function ToolsView({
  digest,
  scope,
  nameOf,
}: {
  digest: ToolsDigest;
  /** The companion's scope: its benchmarks are shown (the org's when the team is hidden). */
  scope: string;
  nameOf: (scope: string) => string;
}) {
  const [key, setKey] = useState(digest.periods[0]?.period.key ?? '');
  const period = digest.periods.find((p) => p.period.key === key) ?? digest.periods[0]!;
  const row =
    period.rows.find((r) => r.scope === scope && r.figures) ??
    period.rows.find((r) => r.scope === 'org')!;
  const days = period.period.days;
  return (
    <div class="tools" data-testid="tools-view">
      <section class="card" aria-labelledby="tools-h">
        <h2 id="tools-h">ChatGPT and Claude, side by side</h2>
        <label>
          Period{' '}
          <select
            data-testid="tools-period"
            value={period.period.key}
            onChange={(e) => setKey(e.currentTarget.value)}
          >
            {digest.periods.map((p) => (
              <option key={p.period.key} value={p.period.key}>
                {periodLabel(p.period)}
              </option>
            ))}
          </select>
        </label>
        <p class="muted" data-testid="tools-claude-coverage">
          {period.claudeDaysStored === 0
            ? 'Claude’s history does not cover this period: only ChatGPT’s figures are shown.'
            : period.claudeDaysStored < days
              ? `Claude: ${period.claudeDaysStored} of ${days} days of this period are stored, so its figures may be low.`
              : `Claude: all ${days} days of this period rolled up (the same calendar period, not a trailing window).`}
        </p>
        <ToolsTable period={period} />
      </section>
      <section class="card" aria-labelledby="tools-benchmarks-h">
        <h2 id="tools-benchmarks-h">ChatGPT benchmarks, {row.name}</h2>
        <ChatgptBenchmarks row={row} />
      </section>
      <section class="card" aria-labelledby="tools-targets-h">
        <h2 id="tools-targets-h">Targets on the combined figure</h2>
        <ToolsTargets targets={digest.targets} nameOf={nameOf} />
      </section>
      <ToolsNotes period={period} />
    </div>
  );
}
