import type { Chart as ChartType } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import {
  describeTrend,
  shortDay,
  targetLine,
  yAxisMax,
  type TrendSeries,
} from '@/components/charts/trend-config';
import { loadChart } from '@/components/charts/load-chart';

export interface TrendChartProps extends TrendSeries {
  /** What the line is, e.g. "Monthly adoption". */
  label: string;
  /** Unit after each value ("%" for rates, "" for people). */
  unit?: string;
  height?: number;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/**
 * A line chart of a daily series with a dashed target line (chart.js,
 * loaded lazily). Colours come from the page's CSS variables (`--accent`,
 * `--muted`, `--border`), so light and dark themes both read well.
 */
export function TrendChart({
  days,
  values,
  target,
  label,
  unit = '%',
  height = 120,
}: TrendChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const series = { days, values, target };
  useEffect(() => {
    let chart: ChartType | null = null;
    let live = true;
    void loadChart().then((Chart) => {
      if (!live || !canvas.current) return;
      chart = draw(Chart, canvas.current);
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [days, values, target, label, unit]);

  function draw(Chart: typeof ChartType, element: HTMLCanvasElement): ChartType {
    const accent = cssVar('--accent', '#c96442');
    const muted = cssVar('--muted', '#6b6860');
    const grid = cssVar('--border', '#e5e2d9');
    const fmt = (v: number) => `${Math.round(v * 10) / 10}${unit}`;
    const yMax = yAxisMax(series, unit === '%');
    return new Chart(element, {
      type: 'line',
      data: {
        labels: days.map(shortDay),
        datasets: [
          {
            label,
            data: [...values],
            borderColor: accent,
            backgroundColor: `${accent}22`,
            fill: 'origin',
            pointRadius: 0,
            borderWidth: 2,
            tension: 0.25,
            spanGaps: true,
          },
          ...(target === null
            ? []
            : [
                {
                  label: `Target ${fmt(target)}`,
                  data: targetLine(series),
                  borderColor: muted,
                  borderDash: [5, 4],
                  borderWidth: 1.5,
                  pointRadius: 0,
                  fill: false,
                },
              ]),
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          // Legend is registered for the companion's charts; this line is named by its label.
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label?.startsWith('Target') ? 'Target' : label}: ${fmt(Number(item.raw))}`,
            },
          },
        },
        scales: {
          x: {
            ticks: { color: muted, maxTicksLimit: 4, maxRotation: 0 },
            grid: { display: false },
          },
          y: {
            min: 0,
            max: yMax,
            ticks: { color: muted, stepSize: yMax / 2, callback: (v) => `${v}${unit}` },
            grid: { color: grid },
          },
        },
      },
    });
  }
  return (
    <div class="trend-chart" style={{ height: `${height}px`, position: 'relative' }}>
      <canvas ref={canvas} role="img" aria-label={describeTrend(series, label, unit)} />
    </div>
  );
}
