// Golden pictures: the diamond, a steps example, a loop and condition example, and a workflow with every
// mark (hooks, exit handlers, depends results, artifacts, a join of step groups) coloured by a run.
import { describe, expect, it } from 'vitest';
import { toDot, toMermaid, type DocumentValue, type RunPhases } from '../../src/index.js';
import diamond from '../../examples/dag-diamond.js';
import diamondSteps from '../../examples/dag-diamond-steps.js';
import stepsExample from '../../examples/steps.js';
import aggregation from '../../examples/upstream/parameter-aggregation-dag.js';
import { markedWorkflow } from './graph-fixtures.js';

const RUN: RunPhases = { '': 'Failed', gen: 'Succeeded', x: 'Failed', big: 'Skipped', 'fan.a': 'Succeeded', 'x.hooks.running': 'Succeeded' };

const CASES: ReadonlyArray<readonly [string, DocumentValue, RunPhases?]> = [
  ['dag-diamond', diamond],
  ['steps', stepsExample],
  ['dag-diamond-steps', diamondSteps],
  ['parameter-aggregation-dag', aggregation],
  ['marked', markedWorkflow, RUN],
];

describe('golden graphs', () => {
  for (const [name, value, phases] of CASES) {
    const options = phases === undefined ? {} : { phases };
    it(`${name} in Mermaid`, async () => {
      await expect(toMermaid(value, options)).toMatchFileSnapshot(`./golden/${name}.mmd`);
    });
    it(`${name} in DOT`, async () => {
      await expect(toDot(value, options)).toMatchFileSnapshot(`./golden/${name}.dot`);
    });
  }
});
