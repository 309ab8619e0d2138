import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files first (measured: a wizard run is ~50 s, the 1,000-application drain ~45 s),
 * so that the two workers end together instead of one running a long file alone at the end. A
 * fresh clone has no timings cached, and Vitest would otherwise order by file size.
 */
const LONGEST_FIRST = [
  'wizard-',
  'fault-network',
  'fault-idle',
  'check-eligibility',
  'fault-thousand',
  'fault-storage',
  'security',
];
const rank = (file: TestSpecification) => {
  const i = LONGEST_FIRST.findIndex((name) => file.moduleId.includes(`/e2e/${name}`));
  return i === -1 ? LONGEST_FIRST.length : i;
};
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Real-browser tests: headless Chromium via playwright-core against the real server process.
// Two files at a time, each with its own Chromium and server: the suite mostly waits (on the
// server, on timers the tests script, on the browser), so two workers on 2 cores took it from
// 15 min to 9 min 45 s. scripts/test.mjs runs the files that need a quiet machine alone after.
// The tests' waits allow for the slower browser that sharing the cores makes.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['./e2e/support/setup.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
