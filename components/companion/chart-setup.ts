/**
 * chart.js, tree-shaken: only the pieces the companion's charts use are
 * registered (line and bar charts, category and linear scales, tooltip,
 * legend). Colours come from the page's CSS variables so charts follow the
 * light and dark themes.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export { Chart };

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
