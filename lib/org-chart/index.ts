/**
 * Org-chart CSV import: preview (parse, map columns, row errors, formula
 * injection neutralised), apply only when confirmed, and what the chart gives
 * the insight core.
 */
export {
  detectMapping,
  missingFields,
  orgChartFields,
  fieldLabels,
  type ColumnMapping,
  type OrgChartField,
} from '@/lib/org-chart/columns';
export { neutralise, looksLikeFormula } from '@/lib/org-chart/neutralise';
export {
  previewOrgChart,
  orgChartMaxBytes,
  orgChartMaxRows,
  type OrgChartPreview,
  type OrgChartRow,
  type RowIssue,
  type SeatStatus,
} from '@/lib/org-chart/parse';
export { chartFromPreview, chartRows, teamCounts, type OrgChart } from '@/lib/org-chart/chart';
export { matchTeams, orgChartForMetrics, orgChartGroupId } from '@/lib/org-chart/to-metrics';
