// `when` strings of number and boolean comparisons become typed conditions (`and(gt(i.count, 5), ne(i.count, 7))`)
// where the condition renders back as the same text; others (bare words, which a typed condition quotes)
// stay text.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';
import { buildConverted, normalYaml } from './support/convert-round-trip.js';

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
  - name: flip
    script: {image: python, source: print(1)}
`;

describe('convert, when', () => {
  it('types comparisons of numbers and booleans, keeps bare words as text, and builds the same when', async () => {
    const { code, documents } = await convert(WHEN, { source: 'when.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("p.step('big', flip, {}, { when: and(gt(i.count, 5), ne(i.count, 7)) });");
    expect(code).toContain("p.step('loud', flip, {}, { when: eq(i.loud, true) });");
    expect(code).toContain("p.step('heads', flip, {}, { when: `${flip2.out.result} == heads` });");
    const { tsc, built } = await buildConverted('conditions', code);
    expect(tsc).toBe('');
    expect(built).toEqual(normalYaml(WHEN));
  }, 120_000);

  it('keeps a comparison as text where the typed form would render it otherwise (two spaces)', async () => {
    const { code } = await convert(WHEN.replace('> 5 &&', '>  5 &&'));
    expect(code).toContain('{ when: `${i.count} >  5 && ${i.count} != 7` }');
  });
});
