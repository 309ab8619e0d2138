import { defineConfig } from 'vitest/config';

// Real-browser tests: headless Chromium via playwright-core against the real server process.
// One file at a time: each launches Chromium and a server, and this machine has 2 cores.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['./e2e/support/setup.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
