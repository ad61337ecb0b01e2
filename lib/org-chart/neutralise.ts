/**
 * The org-chart import echoes cells back (previews, messages): they are
 * neutralised by the one CSV formula rule Uptake has (lib/csv/neutralise.ts).
 */
export { looksLikeFormula, neutralise } from '@/lib/csv/neutralise';
