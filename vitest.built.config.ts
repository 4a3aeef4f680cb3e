import { defineConfig } from 'vitest/config';

// Checks over the built site in dist/: HTML validity and byte budgets. Run after the build (`npm run test:built`).
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
