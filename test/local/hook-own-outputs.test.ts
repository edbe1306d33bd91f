// Hooks given the outputs of the call they watch (`hooks: (self) => ...`): the local run resolves them from
// the call that just ended, a parameter or an artifact, on a step or a dag task.
import { describe, expect, it } from 'vitest';
import { container, dag, hook, param, workflow } from '../../src/index.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import withParam from '../../examples/upstream/exit-handler-with-param.js';
import withArtifacts from '../../examples/upstream/exit-handler-with-artifacts.js';
import { fakeLeaf } from './fake-leaf.js';

describe("hooks given their own call's outputs", () => {
  it("an exit hook gets the step's declared output parameter `result`", async () => {
    const leaf = fakeLeaf({ output: { parameters: { result: 'hello world' }, result: 'stdout' } });
    const run = await runLocal(withParam, { leafRunner: leaf.runner });
    expect(run.phase).toBe('Succeeded');
    const exit = leaf.requests.find((r) => r.node.templateName === 'exit');
    expect(exit?.inputs.parameters).toEqual({ message: 'hello world' });
  });

  it("an exit hook gets the step's output artifact", async () => {
    const leaf = fakeLeaf({ output: { artifacts: { result: '/store/step-1/result' } } });
    const run = await runLocal(withArtifacts, { leafRunner: leaf.runner });
    expect(run.phase).toBe('Succeeded');
    const exit = leaf.requests.find((r) => r.node.templateName === 'exit');
    expect(exit?.inputs.artifacts['message']?.path).toBe('/store/step-1/result');
  });

  it("a dag task's exit hook and expression hook read the task's outputs, and the task does not wait on itself", async () => {
    const produce = container({ name: 'produce', image: 'b', command: ['x'], outputs: { n: param.number({ path: '/n' }) } });
    const report = container({ name: 'report', image: 'b', inputs: { n: param.number(), why: param.string() }, command: ['x'] });
    const main = dag('main', (d) => {
      d.task('a', produce, {}, {
        hooks: (self) => ({
          exit: hook({ template: report, arguments: { n: self.out.n, why: 'exit' } }),
          done: hook({ template: report, arguments: { n: self.out.n, why: 'done' }, expression: "tasks.a.status == 'Succeeded'" }),
        }),
      });
    });
    const leaf = fakeLeaf({ produce: { parameters: { n: '7' } } });
    const run = await runLocal(workflow({ generateName: 'own-', entrypoint: main }), { leafRunner: leaf.runner });
    expect(run.phase).toBe('Succeeded');
    const reports = leaf.requests.filter((r) => r.node.templateName === 'report').map((r) => r.inputs.parameters);
    expect(reports).toEqual(expect.arrayContaining([{ n: '7', why: 'exit' }, { n: '7', why: 'done' }]));
    expect(reports).toHaveLength(2);
  });
});
