/**
 * `npm run fuzz [runs]`: the random-workflow property of test/fuzz-workflows.test.ts, many more times
 * (default 20,000). Prints the counterexample and exits 1 on a failure.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { toManifest, toYaml } from '../src/index.js';
import { buildWorkflow, workflowPlanArb } from '../test/support/arbitrary-workflow.js';

const runs = Number(process.argv[2] ?? 20_000);
const started = performance.now();
const result = fc.check(
  fc.property(workflowPlanArb, (plan) => {
    const wf = buildWorkflow(plan);
    return isDeepStrictEqual(parse(toYaml(wf)), toManifest(wf));
  }),
  { numRuns: runs },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exitCode = 1;
} else {
  console.log(`${result.numRuns} random workflows built, emitted and parsed back equal in ${seconds} s`);
}
