/**
 * The overlay's feature registry: one user-visible feature per file in this
 * folder, all listed here (registry.test.ts keeps the folder honest: every
 * file registered, ids unique and equal to the file name and to a settings
 * switch, each with where it runs and a "how to verify" note).
 * Order is mount order on a page; the insights panel comes last.
 */
import type { OverlayFeature } from '@/lib/overlay/feature';
import championBadge from './champion-badge';
import freshnessBadge from './freshness-badge';
import insightsPanel from './insights-panel';
import metricTooltip from './metric-tooltip';
import suggestionCard from './suggestion-card';
import targetStrip from './target-strip';

export const features: readonly OverlayFeature[] = [
  freshnessBadge,
  targetStrip,
  suggestionCard,
  championBadge,
  metricTooltip,
  insightsPanel,
];
