// Parameter types recovered by `convert`: from a default, checked against every caller's argument; a type
// an argument does not fit stays a string, and the module says why.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';

const workflow = (arg: string): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: typed-
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - name: sleep
        template: sleep
        arguments:
          parameters: [{name: seconds, value: "${arg}"}]
  - name: sleep
    inputs:
      parameters: [{name: seconds, default: "3"}, {name: loud, default: "false"}]
    container:
      image: alpine
      args: ["sleep {{inputs.parameters.seconds}}"]
`;

describe('convert, parameter types', () => {
  it('types an input from its default when every argument fits, and passes the argument typed', async () => {
    const { code } = await convert(workflow('5'));
    expect(code).toContain('seconds: param.int({ default: 3 })');
    expect(code).toContain('loud: param.boolean({ default: false })');
    expect(code).toContain("s.step('sleep', sleep, { seconds: 5 });");
  });

  it('keeps a string when an argument does not fit, and says so above the template', async () => {
    const { code } = await convert(workflow('{{workflow.name}}'));
    expect(code).toContain('seconds: param.string({ default: \'3\' })');
    expect(code).toContain(`// input 'seconds' is a string: it reads as int by its declaration, but 'sleep' of 'main' passes "{{workflow.name}}"`);
    expect(code).toContain("s.step('sleep', sleep, { seconds: wf.name });");
  });
});
