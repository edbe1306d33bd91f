// expr-lang in the YAML (`{{=...}}` tags, an output's valueFrom.expression, a hook's expression, a `when`
// that is one expression tag) becomes `expression<T>` over refs, where that writes back the same text.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';

const workflow = (steps: string, outputs = ''): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: expr-
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
${steps}
${outputs}
  - name: flip
    script: {image: python, source: print(1)}
  - name: echo
    inputs: {parameters: [{name: m}]}
    container: {image: alpine, args: ["{{inputs.parameters.m}}"]}
`;

describe('convert, expressions', () => {
  it('turns an expression tag of an argument into expression`...` over the refs it reads', async () => {
    const { code } = await convert(
      workflow(`    - - name: flip-coin
        template: flip
    - - name: say
        template: echo
        arguments: {parameters: [{name: m, value: "{{=asInt(steps['flip-coin'].outputs.result) + 1}}"}]}`),
    );
    expect(code).toContain("s.step('say', echo, { m: expression`asInt(${flipCoin.out.result}) + 1` });");
  });

  it("keeps a variable as text where expression would write it another way (['outputs'] for .outputs)", async () => {
    const { code } = await convert(
      workflow(`    - - name: flip-coin
        template: flip
    - - name: say
        template: echo
        arguments: {parameters: [{name: m, value: "{{=asInt(steps['flip-coin']['outputs'].result) + 1}}"}]}`),
    );
    expect(code).toContain("m: expression`asInt(steps['flip-coin']['outputs'].result) + 1`");
  });

  it("sets a steps output from its valueFrom.expression, and types a when that is one expression tag as boolean", async () => {
    const { code } = await convert(
      workflow(
        `    - - name: flip-coin
        template: flip
    - - name: say
        template: echo
        when: "{{=steps['flip-coin'].outputs.result == '1'}}"
        arguments: {parameters: [{name: m, value: hi}]}`,
        `    outputs:
      parameters:
      - name: out
        valueFrom: {expression: "steps['flip-coin'].outputs.result ?? 'none'"}`,
      ),
    );
    expect(code).toContain("{ when: expression<boolean>`${flipCoin.out.result} == '1'` }");
    expect(code).toContain("s.outputs({ out: expression`${flipCoin.out.result} ?? 'none'` });");
  });
});
