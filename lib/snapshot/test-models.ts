/**
 * Test-only: insight models of a small organisation, built by the real
 * insight core (used by the snapshot and popup tests).
 *
 * - Engineering (g_eng): 10 members, 8 active every day of November → 80%.
 * - Sales (g_sales): 20 members; member i < 10 starts on 1 October + 5·i days
 *   and stays active, the other 10 never are → 10/20 = 50% on 30 November.
 * - Tiny (g_tiny): 3 inactive members, under the privacy floor (k = 5).
 * - 6 inactive members in no group (so no group is hidden by subtraction).
 * - Org: 40 assigned seats; 18 monthly actives → 45%; target 70% by 2027-03-31.
 */
import { parseMetricsSettings, type MetricsSettings } from '@/lib/metrics/config';
import { addDays } from '@/lib/metrics/days';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on, summary } from '@/lib/metrics/test-history';

export const lastDay = '2026-11-30';
const november = dayRange('2026-11-01', lastDay);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
export const eng = ids('eng', 10);
export const sales = ids('sales', 20);
export const tiny = ids('tiny', 3);

export const history = makeHistory({
  first: '2026-08-01',
  last: lastDay,
  members: [
    ...eng.map((id, i) => ({
      id,
      active: on(november, i < 8 ? { chatMessages: 5, codeSessions: 1 } : { chatMessages: 0 }),
    })),
    ...sales.map((id, i) => ({
      id,
      active: i < 10 ? on(dayRange(addDays('2026-10-01', 5 * i), lastDay)) : {},
    })),
    ...tiny.map((id) => ({ id })),
    ...ids('other', 6).map((id) => ({ id })),
  ],
  groups: [
    { id: 'g_eng', name: 'Engineering', members: eng },
    { id: 'g_sales', name: 'Sales', members: sales },
    { id: 'g_tiny', name: 'Tiny', members: tiny },
  ],
  summaries: [summary('org', lastDay, { assignedSeats: 40 })],
});

export const orgTarget = {
  id: 'org70',
  metric: 'monthly_adoption',
  product: null,
  scope: 'org',
  value: 70,
  baseline: null,
  deadline: '2027-03-31',
} as const;

export function settingsWith(extra: object = {}): MetricsSettings {
  return parseMetricsSettings({ targets: [orgTarget], ...extra });
}

export const buildOptions = {
  today: Date.parse('2026-12-02T09:00:00Z'),
  timeZone: 'Europe/London',
};

/** Every model of the test organisation under `settings`. */
export function models(settings: MetricsSettings = settingsWith()) {
  return buildAllScopes(history, settings, buildOptions);
}
