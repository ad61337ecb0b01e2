/** The options page's org-chart actions: apply a confirmed preview, remove, summarise. */
import type { OrgChartSummary } from '@/components/options/org-chart-import';
import { chartFromPreview, type OrgChart, type OrgChartPreview } from '@/lib/org-chart';
import { removeOrgChart, saveOrgChart } from '@/lib/org-chart/store';

export type { OrgChartSummary };

/** What the options page says about the applied chart. */
export function chartSummary(chart: OrgChart | null): OrgChartSummary | null {
  return chart
    ? {
        fileName: chart.fileName,
        importedAt: chart.importedAt,
        people: chart.emails.length,
        teams: chart.teams.length,
        skippedRows: chart.skippedRows,
      }
    : null;
}

/** Applies a confirmed preview (replacing the previous chart in one write). */
export async function applyOrgChart(
  preview: Extract<OrgChartPreview, { ok: true }>,
  fileName: string,
): Promise<void> {
  await saveOrgChart(chartFromPreview(preview, fileName, Date.now()));
}

export { removeOrgChart };
