/**
 * A small SVG sparkline with a dashed target line.
 *
 * Not chart.js: tree-shaken to a line chart, chart.js is 48.6 KB gzipped on
 * its own, more than the content script's whole budget (45 KB); the popup
 * and companion use it where it fits. Unknown days (null) break the line.
 * The y range covers the values and the target, padded by 10% of the span
 * (at least 1 unit), so a flat series still shows as a line.
 */
export interface SparklineProps {
  values: (number | null)[];
  target: number | null;
  /** Accessible description, e.g. "Monthly adoption, last 90 days: 70.0% to 68.2%; target 70%". */
  label: string;
  width?: number;
  height?: number;
}

/** SVG path data for `values` scaled into the box; segments split at nulls. */
export function sparkPath(
  values: (number | null)[],
  lo: number,
  hi: number,
  width: number,
  height: number,
): string {
  const n = values.length;
  const x = (i: number) => (n <= 1 ? width / 2 : (i / (n - 1)) * width);
  const y = (v: number) => height - ((v - lo) / (hi - lo || 1)) * height;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** The y range of a sparkline; see the component note. */
export function sparkRange(values: (number | null)[], target: number | null): [number, number] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (target !== null) known.push(target);
  if (known.length === 0) return [0, 1];
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = Math.max(1, (max - min) * 0.1);
  return [min - pad, max + pad];
}

export function Sparkline({ values, target, label, width = 120, height = 32 }: SparklineProps) {
  const [lo, hi] = sparkRange(values, target);
  const ty = target === null ? null : height - ((target - lo) / (hi - lo || 1)) * height;
  return (
    <svg
      class="spark"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {ty !== null && (
        <line class="spark-target" x1="0" x2={width} y1={ty} y2={ty} stroke-dasharray="3 3" />
      )}
      <path class="spark-line" d={sparkPath(values, lo, hi, width, height)} fill="none" />
    </svg>
  );
}
