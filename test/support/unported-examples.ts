/**
 * Every upstream example (vendor/argo/examples) that has no port in examples/upstream/ yet, with why: one
 * line each, sorted, so branches that port examples in parallel merge by deleting their lines. A port that
 * lands must remove its line (test/example-corpus.test.ts fails otherwise).
 */
export const UNPORTED_EXAMPLES: Readonly<Record<string, string>> = {
};
