import { describe, expect, it } from 'vitest';
import { runLocal } from '../../src/interp/local/run-local.js';
import { argoWorkflow } from './argo-fixtures.js';
import { fakeLeaf } from './fake-leaf.js';

const diamond = argoWorkflow(`
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { generateName: diamond- }
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - { name: A, template: echo, arguments: { parameters: [{ name: m, value: a }] } }
      - { name: B, template: echo, dependencies: [A], arguments: { parameters: [{ name: m, value: "{{tasks.A.outputs.result}}-b" }] } }
      - { name: C, template: echo, dependencies: [A], arguments: { parameters: [{ name: m, value: c }] } }
      - { name: D, template: echo, dependencies: [B, C], arguments: { parameters: [{ name: m, value: "{{tasks.B.outputs.result}}" }] } }
  - name: echo
    inputs: { parameters: [{ name: m }] }
    container: { image: alpine, command: [echo, "{{inputs.parameters.m}}"] }
`);

describe('smoke', () => {
  it('runs a diamond', async () => {
    const leaf = fakeLeaf({ echo: (r) => ({ result: r.inputs.parameters['m'] ?? '' }) });
    const run = await runLocal(diamond, { leafRunner: leaf.runner });
    expect([run.phase, run.message, Object.values(run.nodes).map((n) => [n.name, n.phase, n.message])]).toEqual(['Succeeded']);
    expect(run.order()).toEqual(['A', 'B', 'C', 'D']);
    expect(run.nodes['diamond-local.D']?.outputs?.result).toBe('a-b');
    expect(leaf.requests[0]?.template.container?.command).toEqual(['echo', 'a']);
  });
});
