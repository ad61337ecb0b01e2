/**
 * "Champion" beside a member's name, with a note saying why: the score and
 * its parts (consistency, breadth, depth) as lib/metrics/champions.ts
 * defines them. Spend and lines of code are never part of it.
 */
import type { Champion } from '@/lib/metrics/insight-types';
import { int, share } from '@/lib/overlay/format';
import { Tip } from '@/components/overlay/tip';

export interface ChampionBadgeProps {
  champion: Champion;
  eligible: number | null;
  windowDays: number;
  demo: boolean;
}

export function ChampionBadge({ champion: c, eligible, windowDays, demo }: ChampionBadgeProps) {
  const p = c.parts;
  return (
    <Tip
      label={`Uptake champion, rank ${c.rank}${eligible ? ` of ${int(eligible)}` : ''}: why`}
      triggerClass="badge"
      trigger={
        <>
          <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
            <path
              d="M6 1l1.5 3.1 3.4.5-2.5 2.4.6 3.4L6 8.8 2.9 10.4l.6-3.4L1 4.6l3.4-.5z"
              fill="currentColor"
            />
          </svg>
          Champion
        </>
      }
    >
      <p class="note-title">
        Champion #{c.rank}
        {eligible ? ` of ${int(eligible)} eligible members` : ''}
        {demo ? ' (demo data)' : ''}
      </p>
      <p class="muted">
        Score {share(c.score)} over the last {windowDays} days: consistent, broad and deep use.
      </p>
      <dl class="parts">
        <dt>Consistency</dt>
        <dd>
          {share(p.consistency)} · active {int(p.activeWeekdays)} of {int(p.windowWeekdays)}{' '}
          weekdays
        </dd>
        <dt>Breadth</dt>
        <dd>
          {share(p.breadth)} · {int(p.productsUsed)} products, {int(p.skills)} skills,{' '}
          {int(p.connectors)} connectors, {int(p.projects)} projects
        </dd>
        <dt>Depth</dt>
        <dd>
          {share(p.depth)} · {int(p.interactions)} interactions
        </dd>
      </dl>
      <p class="muted small">
        Breadth and depth are percentile ranks among eligible members. Spend and lines of code never
        count.
      </p>
    </Tip>
  );
}
