import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser per worker, two workers.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: true,
  retries: 0,
  timeout: 30_000,
  // The later-clock run (npm run test:e2e:later) writes its own report, counted separately by CI.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.UPTAKE_E2E_REPORT ?? '.reports/e2e.json' }],
  ],
  use: { trace: 'off', screenshot: 'off' },
});
