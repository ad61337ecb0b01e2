/**
 * chart.js for the companion's charts (line and bar charts, category and
 * linear scales, tooltip, legend), with colours from the page's CSS
 * variables so charts follow the light and dark themes.
 */
import type { Chart as ChartType } from 'chart.js';

export type Chart = ChartType;
export type ChartConstructor = typeof ChartType;

/** chart.js, loaded after the first numbers are on screen (it is the largest module of the page). */
export { loadChart } from '@/components/charts/load-chart';

export interface ThemeColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  series: string[];
  target: string;
  background: string;
}

/** The current theme's colours, read from the CSS variables of `base.css`. */
export function themeColors(): ThemeColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const accent = v('--accent', '#c96442');
  return {
    text: v('--text', '#29261b'),
    muted: v('--muted', '#6b6860'),
    grid: v('--border', '#e5e2d9'),
    accent,
    series: [
      accent,
      v('--series-2', '#3b6fb6'),
      v('--series-3', '#2f7d4f'),
      v('--series-4', '#8a5cb8'),
      v('--series-5', '#b26b00'),
    ],
    target: v('--target', '#6b6860'),
    background: v('--panel', '#ffffff'),
  };
}
