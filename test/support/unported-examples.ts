/**
 * Every upstream example (vendor/argo/examples) that has no port in examples/upstream/ yet, with why: one
 * line each, sorted, so branches that port examples in parallel merge by deleting their lines. A port that
 * lands must remove its line (test/example-corpus.test.ts fails otherwise).
 */
export const UNPORTED_EXAMPLES: Readonly<Record<string, string>> = {
  'dag-targets.yaml': 'not ported yet: spec.arguments naming dag targets (issue 12)',
  'skipped-output-defaults/expression-fallback.yaml': 'not ported yet: an expression fallback for the output of a skipped step (issue 12)',
  'variables-showcase.yaml': 'not ported yet: nearly every Argo variable (outputs, exitCode, retries, metrics, globals) in one workflow (issues 10, 11, 12)',
  'workflow-template/input-artifacts.yaml': 'needs artifact globals (spec.arguments.artifacts) on a WorkflowTemplate: workflowTemplate({ arguments }) takes parameters only (issues 11, 13)',
};
