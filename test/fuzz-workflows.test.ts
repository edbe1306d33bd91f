import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toManifest } from '../src/index.js';
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

  it('include control flow: typed conditions, every kind of loop, depends expressions, continueOn and hooks', () => {
    const seen = new Map<string, number>();
    const count = (what: string, yes: boolean) => yes && seen.set(what, (seen.get(what) ?? 0) + 1);
    for (const plan of fc.sample(workflowPlanArb, { numRuns: 300, seed: 12 })) {
      const m = toManifest(buildWorkflow(plan)) as unknown as {
        spec: { templates: Array<{ dag?: { tasks: Array<Record<string, unknown>> }; steps?: Array<Array<Record<string, unknown>>> }> };
      };
      for (const t of m.spec.templates) {
        for (const c of [...(t.dag?.tasks ?? []), ...(t.steps ?? []).flat()]) {
          count('when', typeof c['when'] === 'string' && /[=<>]/.test(c['when']));
          count('when with and/or/not', typeof c['when'] === 'string' && /&&|\|\||!\(/.test(c['when']));
          count('withItems', c['withItems'] !== undefined);
          count('withSequence', c['withSequence'] !== undefined);
          count('withParam', c['withParam'] !== undefined);
          count('depends expression', typeof c['depends'] === 'string' && /\.(Succeeded|Failed|Skipped)/.test(c['depends']));
          count('continueOn', c['continueOn'] !== undefined);
          count('hooks', c['hooks'] !== undefined);
        }
      }
    }
    expect([...seen.keys()].sort()).toEqual(
      ['continueOn', 'depends expression', 'hooks', 'when', 'when with and/or/not', 'withItems', 'withParam', 'withSequence'],
    );
  }, 120_000);
});
