import type { ToolsDigest } from '@/lib/metrics/tools/digest';
import { periodLabel } from '@/components/companion/tools-view';
import { share } from '@/components/companion/format';

/**
 * One line in the popup (issue 13): the scope's AI-active share across
 * ChatGPT and Claude in the latest imported period, with its denominator
 * and each tool's share; the org's when the team has no published row, and
 * then said plainly (a team lead must not read the org's share as the
 * team's), without naming the team.
 */
export function ToolsLine({ digest, scope }: { digest: ToolsDigest | null; scope: string }) {
  const period = digest?.periods[0];
  if (!period) return null;
  const own = period.rows.find((r) => r.scope === scope && r.figures);
  const row = own ?? period.rows.find((r) => r.scope === 'org')!;
  const f = row.figures!;
  const instead =
    scope === 'org' || own
      ? null
      : period.rows.some((r) => r.scope === scope)
        ? "This team's own figure is hidden for privacy; this is the whole organisation's."
        : "This team has no figure in this period; this is the whole organisation's.";
  const part = (name: string, v: { active: number; seats: number; share: number | null }) =>
    `${name} ${share(v.share)} (${v.active} of ${v.seats})`;
  return (
    <p class="muted tools-line" data-testid="popup-tools-line">
      <strong>ChatGPT &amp; Claude</strong>, {row.name}, {periodLabel(period.period)}:{' '}
      {[
        f.combined && part('AI-active', f.combined),
        part('ChatGPT', f.chatgpt),
        f.claude && part('Claude', f.claude),
      ]
        .filter(Boolean)
        .join(' · ')}
      {instead && (
        <>
          {' '}
          <span data-testid="popup-tools-instead">{instead}</span>
        </>
      )}
    </p>
  );
}
