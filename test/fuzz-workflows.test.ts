import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkflow, workflowPlanArb } from './support/arbitrary-workflow.js';
import { conformance } from './support/conformance.js';

/** Runs in CI: `npm run fuzz` runs many more. */
const FUZZ_RUNS = 1000;

describe('random DSL workflows', () => {
  it(`build without a crash, validator-clean, schema-valid, and fromYaml(toYaml(wf)) equals toManifest(wf) (${FUZZ_RUNS} workflows)`, () => {
    fc.assert(
      fc.property(workflowPlanArb, (plan) => {
        expect(conformance(buildWorkflow(plan))).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 240_000);
});
