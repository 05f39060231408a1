import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium against a real Plac (started by global-setup, or PLAC_URL).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
