import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/fixtures/**/*.test.ts',
      'tests/mock-api/**/*.test.ts',
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/setup.ts'],
    // Several tests run the real sync engine over fake-indexeddb (thousands of member rows): seconds
    // of work that a busy 2-core CI machine can stretch past vitest's 5 s default. Speed is measured
    // by `npm run bench`, never by a test's timeout.
    testTimeout: 30_000,
  },
});
