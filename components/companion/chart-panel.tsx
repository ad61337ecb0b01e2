import { useEffect, useRef, useState } from 'preact/hooks';
import { loadChart, themeColors, type Chart, type ChartConstructor } from './chart-setup';
import { downloadDataUrl } from './download';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Drawn dashed (forecasts, projections). */
  dashed?: boolean;
}

export interface TargetLine {
  label: string;
  value: number;
}

export interface ChartPanelProps {
  title: string;
  kind: 'line' | 'bar';
  labels: string[];
  series: ChartSeries[];
  targets?: TargetLine[];
  /** Unit of the y axis values: percent, dollars or plain numbers. */
  unit: '%' | '$' | '';
  /** One or two sentences saying what the chart shows (its text alternative). */
  summary: string;
  /** File name for "Save image" (PNG). */
  imageName: string;
  testId?: string;
  yMax?: number;
}

const fmt = (unit: ChartPanelProps['unit'], v: number | null) =>
  v === null
    ? '—'
    : unit === '%'
      ? `${v.toFixed(1)}%`
      : unit === '$'
        ? `$${v.toFixed(2)}`
        : String(Math.round(v * 10) / 10);

/**
 * A chart.js chart with its text alternative: the canvas is an image named
 * by `summary`, and "Show the numbers" opens the same data as a table.
 * Target lines are drawn flat across the chart, labelled in the legend.
 * "Save image" downloads the chart as PNG.
 */
export function ChartPanel(props: ChartPanelProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const [theme, setTheme] = useState(0);

  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setTheme((t) => t + 1);
    media.addEventListener('change', onChange);
    const observer = new MutationObserver(onChange);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => {
      media.removeEventListener('change', onChange);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    let live = true;
    void loadChart().then((ChartClass) => {
      if (live && canvas.current) draw(ChartClass, canvas.current);
    });
    return () => {
      live = false;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [props.labels, props.series, props.targets, props.kind, props.unit, props.yMax, theme]);

  const draw = (ChartClass: ChartConstructor, el: HTMLCanvasElement) => {
    const c = themeColors();
    const datasets = [
      ...props.series.map((s, i) => ({
        type: props.kind,
        label: s.label,
        data: s.values,
        borderColor: c.series[i % c.series.length],
        backgroundColor: c.series[i % c.series.length],
        borderWidth: 2,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: 0,
        pointHitRadius: 6,
        spanGaps: false,
        tension: 0.2,
      })),
      ...(props.targets ?? []).map((t) => ({
        type: 'line' as const,
        label: t.label,
        data: props.labels.map(() => t.value),
        borderColor: c.target,
        backgroundColor: c.target,
        borderWidth: 1.5,
        borderDash: [3, 3],
        pointRadius: 0,
      })),
    ];
    chart.current?.destroy();
    chart.current = new ChartClass(el, {
      type: props.kind,
      data: { labels: props.labels, datasets: datasets as never },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { labels: { color: c.text, boxWidth: 14 } },
          tooltip: {
            callbacks: { label: (ctx) => `${ctx.dataset.label}: ${fmt(props.unit, ctx.parsed.y)}` },
          },
        },
        scales: {
          x: { ticks: { color: c.muted, maxTicksLimit: 8 }, grid: { color: c.grid } },
          y: {
            beginAtZero: true,
            ...(props.yMax !== undefined ? { suggestedMax: props.yMax } : {}),
            ticks: { color: c.muted, callback: (v) => fmt(props.unit, Number(v)) },
            grid: { color: c.grid },
          },
        },
      },
    });
  };

  const saveImage = () => {
    if (!chart.current) return;
    // Paint the panel's background under the transparent canvas so the PNG reads in any viewer.
    const src = chart.current.canvas;
    const out = document.createElement('canvas');
    out.width = src.width;
    out.height = src.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = themeColors().background;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    downloadDataUrl(out.toDataURL('image/png'), props.imageName);
  };

  return (
    <figure class="chart" data-testid={props.testId}>
      <figcaption>
        <span class="chart-title">{props.title}</span>
        <button type="button" class="link" onClick={saveImage}>
          Save image
        </button>
      </figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={`${props.title}. ${props.summary}`} />
      </div>
      <p class="muted chart-summary">{props.summary}</p>
      <details class="chart-numbers">
        <summary>Show the numbers</summary>
        <div class="table-wrap">
          <table class="data compact">
            <caption class="sr-only">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {props.series.map((s) => (
                  <th scope="col" key={s.label} class="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.labels.map((l, i) => (
                <tr key={l}>
                  <th scope="row">{l}</th>
                  {props.series.map((s) => (
                    <td key={s.label} class="num">
                      {fmt(props.unit, s.values[i] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {(props.targets ?? []).length > 0 && (
          <p class="muted">
            Targets:{' '}
            {(props.targets ?? []).map((t) => `${t.label} ${fmt(props.unit, t.value)}`).join('; ')}
          </p>
        )}
      </details>
    </figure>
  );
}
