// Negative property: one defect injected into a random valid workflow is reported, alone and by name.
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderWorkflow, type Problem } from '../src/index.js';
import { buildWorkflow, defectArb, workflowPlanArb, type Defect, type WorkflowPlan } from './support/arbitrary-workflow.js';

const RUNS = 2000;

/** The one problem the defect must cause, as the interpreter words it. */
const expected = (plan: WorkflowPlan, defect: Defect): Problem => {
  const ci = plan.composites.length - 1;
  const template = `composite-${ci}`;
  const isDag = plan.composites[ci]!.kind === 'Dag';
  const noun = isDag ? 'task' : 'step';
  const at = { template, task: 'defect', path: 'arguments.parameters.message' };
  switch (defect.kind) {
    case 'dangling':
      return { ...at, message: `refers to ${noun} 'ghost', which is not a ${noun} of '${template}' (dangling reference)` };
    case 'foreign':
      return {
        ...at,
        message: `uses an output of task 'f' of dag 'foreign', which is not in scope here; pass it into '${template}' as an input instead`,
      };
    case 'cycle':
      return { template, message: 'tasks depend on each other in a cycle: cyc-a -> cyc-b -> cyc-a' };
    case 'duplicate': {
      const name = `c${defect.call % plan.composites[ci]!.calls.length}`;
      return { template, task: name, message: `two ${noun}s are named '${name}'; names must be unique` };
    }
  }
};

/** A cycle needs a dag: steps cannot read later steps at all. */
const planFor = (plan: WorkflowPlan, defect: Defect): WorkflowPlan =>
  defect.kind !== 'cycle'
    ? plan
    : { ...plan, composites: plan.composites.map((c, i) => (i === plan.composites.length - 1 ? { ...c, kind: 'Dag' as const } : c)) };

describe('random DSL workflows with one defect', () => {
  it(`report exactly that defect, naming the template and call (${RUNS} workflows)`, () => {
    fc.assert(
      fc.property(workflowPlanArb, defectArb, (randomPlan, defect) => {
        const plan = planFor(randomPlan, defect);
        const rendered = renderWorkflow(buildWorkflow(plan, defect));
        expect(E.isLeft(rendered) ? rendered.left : 'no problem').toEqual([expected(plan, defect)]);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
