/**
 * Time limits for tests that start processes (node running bin/tiphys.js, openssl). A cold CLI start
 * compiles TypeScript on the fly and takes seconds on a loaded 2-core machine; vitest's default of 5 s
 * per test (10 s per hook) made such tests fail there without anything being wrong.
 */
export const PROCESS_TEST_MS = 120_000;

/** One child process's limit, so a test that starts two of them still ends within PROCESS_TEST_MS. */
export const PROCESS_RUN_MS = PROCESS_TEST_MS / 2 - 5_000;
