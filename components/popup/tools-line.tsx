import type { ToolsDigest } from '@/lib/metrics/tools/digest';
import { periodLabel } from '@/components/companion/tools-view';
import { share } from '@/components/companion/format';

/**
 * One line in the popup (issue 13): the scope's AI-active share across
 * ChatGPT and Claude in the latest imported period, with its denominator
 * and each tool's share; the org's when the team has no published row.
 */
export function ToolsLine({ digest, scope }: { digest: ToolsDigest | null; scope: string }) {
  const period = digest?.periods[0];
  if (!period) return null;
  const row =
    period.rows.find((r) => r.scope === scope && r.figures) ??
    period.rows.find((r) => r.scope === 'org')!;
  const f = row.figures!;
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
    </p>
  );
}
