import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests only: browser tests live in tests/e2e and run against the built extension.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Separate processes: the mutation harness parses thousands of pages, and a thread worker's
    // heap is shared with the runner. Two cores, two workers.
    pool: 'forks',
    maxWorkers: 2,
    execArgv: ['--max-old-space-size=6144'],
    testTimeout: 120_000,
  },
});
