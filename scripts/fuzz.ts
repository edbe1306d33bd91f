/**
 * `npm run fuzz [runs]`: the random-workflow property of test/fuzz-workflows.test.ts many more times
 * (default 20,000): no crash, validator-clean, decodes with the model, schema-valid, fromYaml(toYaml(wf)) equal to toManifest(wf). Prints the counterexample and
 * exits 1 on a failure.
 */
import fc from 'fast-check';
import { buildWorkflow, workflowPlanArb } from '../test/support/arbitrary-workflow.js';
import { conformance } from '../test/support/conformance.js';

const runs = Number(process.argv[2] ?? 20_000);
const started = performance.now();
const result = fc.check(
  fc.property(workflowPlanArb, (plan) => {
    const problems = conformance(buildWorkflow(plan));
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }),
  { numRuns: runs },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exitCode = 1;
} else {
  console.log(`${result.numRuns} random workflows conform in ${seconds} s`);
}
