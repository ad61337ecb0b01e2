import { defineConfig } from '@playwright/test';

// The later-clock run (UPTAKE_CLOCK_OFFSET_DAYS, npm run test:e2e:later) runs Chromium under
// libfaketime, which intercepts every clock read, on a history two years longer: same
// assertions, twice the time budgets.
const later = Boolean(process.env.UPTAKE_CLOCK_OFFSET_DAYS);

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser per worker, two workers.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: true,
  retries: 0,
  timeout: later ? 60_000 : 30_000,
  expect: { timeout: later ? 10_000 : 5_000 },
  // The later-clock run (npm run test:e2e:later) writes its own report, counted separately by CI.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.UPTAKE_E2E_REPORT ?? '.reports/e2e.json' }],
  ],
  use: { trace: 'off', screenshot: 'off' },
});
