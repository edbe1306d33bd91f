import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Modules under test that import 'tiphys' (the examples) get the sources, like the tests themselves, so a
// stale or missing dist/ cannot make them pass or fail; the packed-tarball test covers dist/.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^tiphys$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^tiphys\/client$/, replacement: fileURLToPath(new URL('./src/client.ts', import.meta.url)) },
      { find: /^tiphys\/import$/, replacement: fileURLToPath(new URL('./src/import.ts', import.meta.url)) },
    ],
  },
  // The suite runs on loaded 2-core machines, where the first submission test of a file (compiling the
  // swagger schema, starting a fixture server) took 5-6 s against vitest's default limit of 5 s. Tests that
  // start processes set their own, larger limit (test/support/process-timeouts.ts).
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
