import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run with `npm run test:e2e`, not here.
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/search/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
