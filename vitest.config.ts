import { defineConfig } from 'vitest/config';

// The suite runs on loaded 2-core machines, where the first submission test of a file (compiling the
// swagger schema, starting a fixture server) took 5-6 s against vitest's default limit of 5 s. Tests that
// start processes set their own, larger limit (test/support/process-timeouts.ts).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
