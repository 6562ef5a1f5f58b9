import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    environment: 'node',
    // Corpus-wide tests parse hundreds of real pages.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
