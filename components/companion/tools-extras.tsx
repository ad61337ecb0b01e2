import type { ToolsPeriodDigest, ToolsScopeRow } from '@/lib/metrics/tools/digest';
import type { ToolsTargetProgress } from '@/lib/metrics/tools/targets';
import { forecastText } from './target-list';
import { dash, num, pct, share } from './format';

const benchmarkWords: Record<string, { ours: string; how: string }> = {
  'activation-rate': {
    ours: 'Seats ever active',
    how: 'enabled users who have ever sent a message ÷ enabled users',
  },
  'wau-per-activated': {
    ours: 'Weekly actives per activated seat',
    how: 'enabled users active this week ÷ enabled users ever active',
  },
  'messages-per-wau': {
    ours: 'Messages sent per weekly active',
    how: 'messages sent by this week’s actives ÷ their number',
  },
};

/** ChatGPT benchmarks of one scope, with ChatGPT's own names beside Uptake's. */
export function ChatgptBenchmarks({ row }: { row: ToolsScopeRow }) {
  if (!row.benchmarks) return null;
  return (
    <div class="table-wrap">
      <table class="data" data-testid="tools-benchmarks">
        <thead>
          <tr>
            <th scope="col">Benchmark</th>
            <th scope="col">ChatGPT calls it</th>
            <th scope="col" class="num">
              Value
            </th>
            <th scope="col">Computed as</th>
          </tr>
        </thead>
        <tbody>
          {row.benchmarks.map((b) => (
            <tr key={b.id} data-testid={`benchmark-${b.id}`}>
              <th scope="row">{benchmarkWords[b.id]!.ours}</th>
              <td>{b.chatgptName}</td>
              <td class="num" data-value={b.value ?? ''}>
                {b.value === null
                  ? dash
                  : b.id === 'messages-per-wau'
                    ? num(b.value, 1)
                    : share(b.value)}
                <span class="sub">
                  {num(b.numerator)} ÷ {num(b.denominator)}
                </span>
              </td>
              <td class="muted">
                {benchmarkWords[b.id]!.how}
                {b.value === null && b.id !== 'activation-rate' ? ' (weekly exports only)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Combined targets, each against the latest week or month. */
export function ToolsTargets({
  targets,
  nameOf,
}: {
  targets: ToolsTargetProgress[];
  nameOf: (scope: string) => string;
}) {
  if (targets.length === 0)
    return (
      <p class="muted">
        No target on the combined figure yet. Set one in Options → Targets (metric “AI-active,
        ChatGPT or Claude”).
      </p>
    );
  return (
    <ul class="plain" data-testid="tools-targets">
      {targets.map((t) => (
        <li key={t.id} data-testid="tools-target">
          <strong>{nameOf(t.scope)}</strong>:{' '}
          {t.metric === 'weekly_ai_active_share' ? 'weekly' : 'monthly'} AI-active {pct(t.goal, 0)}{' '}
          {t.deadline ? `by ${t.deadline}` : ''} —{' '}
          {t.missing ?? (
            <>
              {pct(t.current)} ({num(t.active)} of {num(t.seats)});{' '}
              {t.gapPeople === 0 ? 'reached' : `${num(t.gapPeople)} more people needed`}
            </>
          )}{' '}
          <span class="muted" data-testid="tools-target-forecast">
            {forecastText(t, t.metric === 'weekly_ai_active_share' ? 'weeks' : 'months')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Suggestions, champions across tools and custom GPTs of one period. */
export function ToolsNotes({ period }: { period: ToolsPeriodDigest }) {
  return (
    <>
      <section class="card" aria-labelledby="tools-suggestions-h">
        <h2 id="tools-suggestions-h">Suggestions</h2>
        {period.suggestions.length === 0 ? (
          <p class="muted">Nothing to suggest for this period.</p>
        ) : (
          <ul class="plain suggestions" data-testid="tools-suggestions">
            {period.suggestions.map((s) => (
              <li key={s.id} data-rule={s.rule}>
                <strong>{s.title}</strong>
                <br />
                <span class="muted">{s.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="tools-champions-h">
        <h2 id="tools-champions-h">Champions across tools</h2>
        {period.champions === null ? (
          <p class="muted">Team grain only: no individual is shown.</p>
        ) : period.champions.length === 0 ? (
          <p class="muted">Nobody qualifies yet in this period.</p>
        ) : (
          <ol data-testid="tools-champions">
            {period.champions.map((c) => (
              <li key={c.email}>
                {c.email} <span class="muted">({c.tools.join(' and ')})</span>
              </li>
            ))}
          </ol>
        )}
        {period.gpts && (
          <p class="muted" data-testid="tools-gpts">
            Custom GPTs active in the period: {num(period.gpts.active)} ({num(period.gpts.messages)}{' '}
            messages).
          </p>
        )}
      </section>
    </>
  );
}
