import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Modules under test that import 'tiphys' (the examples) get the sources, like the tests themselves, so a
// stale or missing dist/ cannot make them pass or fail; the packed-tarball test covers dist/.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^tiphys$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^tiphys\/client$/, replacement: fileURLToPath(new URL('./src/client.ts', import.meta.url)) },
    ],
  },
});
