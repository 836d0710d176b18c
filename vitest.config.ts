import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // two cores: many tests wait on child processes (the CLI, git, Chromium), so two workers overlap that waiting
    maxWorkers: 2,
    // in CI, also a JSON report, from which .ci/run prints the plain "N passed, N failed" line
    // the skip reporter first: its one line per test skipped for a missing program comes before the summary
    reporters: ['./tests/helpers/skip-reporter.ts', 'default', ...(process.env.CI ? ['json'] : [])],
    outputFile: { json: '.vitest-results.json' },
  },
});
