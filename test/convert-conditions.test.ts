// `when` strings become typed conditions (`and(gt(i.count, 5), ne(i.count, 7))`, `eq(flip.out.result, 'heads')`)
// where the typed form means the same to Argo (govaluate after substitution): a bare word is the string it
// spells, so it becomes a quoted literal; a bare `true`, `5` or `a-b` is not a string, so it stays text.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';
import { expectRoundTrip } from './support/convert-round-trip.js';

const WHEN = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: when-
spec:
  entrypoint: main
  arguments:
    parameters: [{name: count, value: "3"}, {name: loud, value: "true"}]
  templates:
  - name: main
    inputs:
      parameters: [{name: count, default: "3"}, {name: loud, default: "false"}]
    steps:
    - - name: flip
        template: flip
    - - name: big
        template: flip
        when: "{{inputs.parameters.count}} > 5 && {{inputs.parameters.count}} != 7"
      - name: loud
        template: flip
        when: "{{inputs.parameters.loud}} == true"
      - name: heads
        template: flip
        when: "{{steps.flip.outputs.result}} == heads"
      - name: either
        template: flip
        when: "!({{steps.flip.outputs.result}} =~ '^t') || {{steps.flip.outputs.result}} in (a, b)"
  - name: flip
    script: {image: python, source: print(1)}
`;

describe('convert, when', () => {
  it('types comparisons, a bare word as its string, and builds the same when', async () => {
    const { code, documents } = await convert(WHEN, { source: 'when.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("p.step('big', flip, {}, { when: and(gt(i.count, 5), ne(i.count, 7)) });");
    expect(code).toContain("p.step('loud', flip, {}, { when: eq(i.loud, true) });");
    expect(code).toContain("p.step('heads', flip, {}, { when: eq(flip2.out.result, 'heads') });");
    expect(code).toContain("when: or(not(matches(flip2.out.result, '^t')), inList(flip2.out.result, ['a', 'b']))");
    await expectRoundTrip('conditions', code, WHEN);
  }, 120_000);

  it.each([
    ['a bare true compared with a string', '{{steps.flip.outputs.result}} == true', '`${flip2.out.result} == true`'],
    ['a bare number compared with a string', '{{steps.flip.outputs.result}} == 5', '`${flip2.out.result} == 5`'],
    ['a word with an operator (a subtraction)', '{{steps.flip.outputs.result}} == a-b', '`${flip2.out.result} == a-b`'],
    ['a word with a dot (an accessor)', '{{steps.flip.outputs.result}} == v1.2', '`${flip2.out.result} == v1.2`'],
    ['a number compared with a string parameter', '{{inputs.parameters.count}} == heads', '`${i.count} == heads`'],
    ['two refs (text, where Argo compares numbers)', '{{inputs.parameters.count}} == {{inputs.parameters.count}}', '`${i.count} == ${i.count}`'],
  ])('keeps %s as text', async (_, when, text) => {
    const { code } = await convert(WHEN.replace('"{{steps.flip.outputs.result}} == heads"', JSON.stringify(when)));
    expect(code).toContain(`p.step('heads', flip, {}, { when: ${text} });`);
  });

  it('types a comparison whatever its spacing and quoting: the meaning is compared, not the text', async () => {
    const { code } = await convert(WHEN.replace('> 5 &&', '>  5 &&').replace('== heads', "== 'heads'"));
    expect(code).toContain('{ when: and(gt(i.count, 5), ne(i.count, 7)) }');
    expect(code).toContain("{ when: eq(flip2.out.result, 'heads') }");
  });
});
