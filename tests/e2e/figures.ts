/**
 * The headline figures of one organisation, computed in the test from the
 * mock's own `/summaries` (the way a person would), and the check that the
 * popup, the overlay and the companion all show exactly them. Used by specs
 * where the question is "whose numbers are these?" (switching sources,
 * upgrades), so every surface is checked against one source of truth.
 */
import type { BrowserContext } from '@playwright/test';
import type { MockApi } from '../../lib/demo/mock-api';
import { replicaUrls } from '../fixtures/replica/render';
import { expect } from './fixtures';

export interface OrgFigures {
  /** The latest day `/summaries` has, YYYY-MM-DD. */
  day: string;
  seats: number;
  monthlyActives: number;
  weeklyActives: number;
}

/** The latest `/summaries` row of the organisation `key` belongs to, asked of `mock` directly. */
export async function orgFigures(mock: MockApi, key: string): Promise<OrgFigures> {
  const floor = '2026-01-01';
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/summaries?starting_date=${floor}`,
    headers: { 'x-api-key': key },
  });
  if (res.status !== 200) throw new Error(`/summaries answered ${res.status}: ${res.body}`);
  const row = JSON.parse(res.body).data.at(-1);
  return {
    day: String(row.starting_at).slice(0, 10),
    seats: row.assigned_seat_count,
    monthlyActives: row.monthly_active_user_count,
    weeklyActives: row.weekly_active_user_count,
  };
}

const oneDecimal = (x: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);

/**
 * Opens the popup, the companion and the replica Overview in `context` and
 * expects each to show `figures`: monthly adoption (MAU / seats), seats and
 * actives, and the latest day.
 */
export async function expectFiguresEverywhere(
  context: BrowserContext,
  extensionId: string,
  figures: OrgFigures,
): Promise<void> {
  const { seats, monthlyActives: mau, weeklyActives: wau } = figures;

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-rate')).toHaveText(`${Math.round((mau / seats) * 100)}%`);
  await expect(popup.getByTestId('popup-size')).toHaveText(
    `of ${seats.toLocaleString('en')} assigned seats`,
  );
  await expect(popup.getByTestId('popup-actives')).toContainText(
    `${mau.toLocaleString('en')} active`,
  );
  await expect(popup.getByTestId('popup-freshness')).toContainText(`Figures up to ${figures.day}`);
  await popup.close();

  const companion = await context.newPage();
  await companion.goto(`chrome-extension://${extensionId}/companion.html`);
  await expect(companion.getByTestId('monthly-rate')).toHaveText(
    `${((mau / seats) * 100).toFixed(1)}%`,
  );
  await expect(companion.getByTestId('weekly-rate')).toHaveText(
    `${((wau / seats) * 100).toFixed(1)}%`,
  );
  await expect(companion.getByTestId('seat-count')).toHaveText(seats.toLocaleString('en'));
  await companion.close();

  const overview = await context.newPage();
  await overview.goto(replicaUrls['overview-2026-mid']);
  const strip = overview.locator('[data-uptake="target-strip"]');
  await expect(strip.getByTestId('uptake-target-current')).toHaveText(
    `${oneDecimal((mau / seats) * 100)}%`,
  );
  const needed = Math.max(0, Math.ceil(0.7 * seats) - mau);
  if (needed > 0)
    await expect(strip.getByTestId('uptake-target-needed')).toHaveText(
      `${needed} more ${needed === 1 ? 'person' : 'people'} needed`,
    );
  await overview.close();
}
