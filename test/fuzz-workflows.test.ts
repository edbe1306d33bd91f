import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toManifest, toYaml } from '../src/index.js';
import { buildWorkflow, workflowPlanArb } from './support/arbitrary-workflow.js';

/** Runs in CI: `npm run fuzz` runs many more. */
export const FUZZ_RUNS = 1000;

describe('random DSL workflows', () => {
  it(`build validator-clean, emit and parse back (${FUZZ_RUNS} workflows)`, () => {
    fc.assert(
      fc.property(workflowPlanArb, (plan) => {
        const wf = buildWorkflow(plan);
        const manifest = toManifest(wf);
        expect(parse(toYaml(wf))).toEqual(manifest);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 120_000);
});
