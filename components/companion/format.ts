/**
 * Number formatting for the companion (rounding happens here, never in
 * lib/). Unknown values read "—" so a missing figure is never mistaken for 0.
 */

export const dash = '—';

/** 63.2% (one decimal below 10%, none above 10% unless `digits` says). */
export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  return `${value.toFixed(digits)}%`;
}

/** A share 0–1 as a percent: 0.634 → "63.4%". */
export function share(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? dash : pct(value * 100, digits);
}

// One formatter per style and digits: `toLocaleString` with options builds a new
// Intl.NumberFormat on every call (about half of a 500-team table sort's script time).
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(style: 'decimal' | 'currency', digits: number): Intl.NumberFormat {
  const key = `${style}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      ...(style === 'currency' ? { style, currency: 'USD' } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** 1,234 (or 12.5 with digits). */
export function num(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  return formatter('decimal', digits).format(value);
}

/** $1,234.56 */
export function money(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  return formatter('currency', digits).format(value);
}

/** +2.5 pts / −1.0 pts (a true minus sign). */
export function points(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  const v = value.toFixed(digits);
  if (Number(v) === 0) return `±${Math.abs(Number(v)).toFixed(digits)} pts`;
  return value > 0 ? `+${v} pts` : `−${v.slice(1)} pts`;
}

/** +12 / −3 people. */
export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  return value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : '0';
}

const productNames: Record<string, string> = {
  chat: 'Chat',
  claude_code: 'Claude Code',
  cowork: 'Cowork',
  office: 'Office',
  office_agent: 'Office',
  design: 'Design',
  claude_design: 'Design',
  unattributed: 'Not attributed',
};

/** Product display name from an API or metrics product key. */
export function productName(key: string): string {
  return productNames[key] ?? key.replace(/_/g, ' ');
}

/** Short names of size sources, for table cells. */
export const sizeSourceShort: Record<string, string> = {
  'api-seats': 'seats (API)',
  'org-chart': 'org chart',
  'admin-seats': 'seats entered',
  'members-seen': 'members seen',
  none: 'unknown',
};

export const sizeSourceNames: Record<string, string> = {
  'api-seats': 'assigned seats (API)',
  'org-chart': 'org chart',
  'admin-seats': 'seats entered by an admin',
  'members-seen': 'members seen (approximate)',
  none: 'unknown',
};
