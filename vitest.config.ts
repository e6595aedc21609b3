import { defineConfig } from 'vitest/config';

// Unit and catalog tests run in Node against the sources; browser tests live in tests/e2e
// (Playwright, against the built site) and are run by scripts/test-all.mjs.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/catalog/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-results.json' },
  },
});
