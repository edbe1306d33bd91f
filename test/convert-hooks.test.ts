// Converting hooks that read their own call (`hooks: (self) => ...`) and a leaf's output parameter named
// `result`; the upstream exit-handler-with-* documents are in the corpus round trip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';
import { expectRoundTrip } from './support/convert-round-trip.js';

const DAG = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: own-
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - name: a
        template: produce
        hooks:
          exit:
            template: report
            arguments: {parameters: [{name: num, value: "{{tasks.a.outputs.parameters.result}}"}]}
      - name: b
        depends: a
        template: report
        arguments: {parameters: [{name: num, value: "{{tasks.a.outputs.parameters.result}}"}]}
        hooks:
          exit:
            template: report
            arguments: {parameters: [{name: num, value: "{{tasks.b.outputs.result}}"}]}
  - name: produce
    container: {image: b, command: [x]}
    outputs: {parameters: [{name: result, valueFrom: {path: /r}}]}
  - name: report
    inputs: {parameters: [{name: num}]}
    container: {image: b, command: [x]}
`;

describe('convert, hooks reading their own call', () => {
  it("write a function of the call's handle, in a dag, beside an output parameter named result", async () => {
    const { code, documents } = await convert(DAG, { source: 'own.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain('hooks: (self) => ({ exit: hook({ template: report, arguments: { num: self.out.result } }) })');
    expect(code).toContain('hooks: (self2) => ({ exit: hook({ template: report, arguments: { num: self2.out.result } }) })');
    await expectRoundTrip('own-hooks', code, DAG);
  }, 120_000);

  it('say why when a template declares an output parameter named result and its stdout is read too', async () => {
    const { documents } = await convert(DAG.replace('template: report\n        arguments: {parameters: [{name: num, value: "{{tasks.a.outputs.parameters.result}}"}]}', 'template: report\n        arguments: {parameters: [{name: num, value: "{{tasks.a.outputs.result}}"}]}'));
    expect(documents[0]?.error).toContain(
      "template 'produce' declares an output parameter named 'result', and its stdout (outputs.result) is read too; tiphys reads one of them as `out.result`",
    );
  });
});

// Argo's e2e WorkflowTemplate with workflow-level hooks (vendor/argo/e2e/testdata/workflow-templates/success-hook.yaml).
const LIBRARY_HOOKS = readFileSync(new URL('../vendor/argo/e2e/testdata/workflow-templates/success-hook.yaml', import.meta.url), 'utf8');

describe('convert, the hooks of a WorkflowTemplate', () => {
  it('writes them typed, as a workflow\'s (template values and hook({...})), and builds equal to upstream', async () => {
    const { code, documents } = await convert(LIBRARY_HOOKS, { source: 'success-hook.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain('const hookTemplate = workflowTemplate(');
    expect(code).toContain("running: hook({ template: main, expression: eq(wf.status, 'Running') })");
    await expectRoundTrip('library-hooks', code, LIBRARY_HOOKS);
  }, 120_000);
});
