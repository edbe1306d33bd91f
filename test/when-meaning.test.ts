// The corpus and port comparisons read a step's or task's `when` by meaning: both texts parsed as govaluate
// with the same placeholder for the same tag. Quoting a word or spacing differently keeps the meaning; a
// different literal, operator, tag or grouping does not, and the comparison says so.
import { describe, expect, it } from 'vitest';
import { normalizeArgo } from './support/argo-compare.js';

const step = (when: string): unknown => normalizeArgo({ steps: [[{ name: 's', template: 't', when }]] });

const UPSTREAM = '{{steps.flip.outputs.result}} == heads && {{inputs.parameters.n}} > 5 || {{inputs.parameters.n}} == 7';

describe('a when, compared by meaning', () => {
  it.each([
    ['quoted words and refs (as a typed condition renders)', '(("{{steps.flip.outputs.result}}" == "heads" && {{inputs.parameters.n}} > 5) || {{inputs.parameters.n}} == 7)'],
    ['single quotes and other spacing', "'{{steps.flip.outputs.result}}'=='heads' && {{ inputs.parameters.n }} >5 || {{inputs.parameters.n}} == 7.0"],
  ])('equals the upstream text: %s', (_, ours) => {
    expect(step(ours)).toEqual(step(UPSTREAM));
  });

  it.each([
    ['a different literal', UPSTREAM.replace('heads', 'tails')],
    ['a different operator', UPSTREAM.replace('> 5', '>= 5')],
    ['and and or swapped', UPSTREAM.replace('&&', '@').replace('||', '&&').replace('@', '||')],
    ['a different grouping', UPSTREAM.replace('heads && ', 'heads && (').concat(')')],
    ['a different tag', UPSTREAM.replace('steps.flip', 'steps.flop')],
    ['a negation', `!(${UPSTREAM})`],
    ['a number where upstream has a string', '{{steps.flip.outputs.result}} == "5"'],
  ])('differs from the upstream text: %s', (_, ours) => {
    expect(step(ours)).not.toEqual(step(UPSTREAM));
  });

  it.each([
    ['a bare true (a boolean) and a quoted "true"', '{{x}} == true', '{{x}} == "true"'],
    ['a bare 5 (a number) and a quoted "5"', '{{x}} == 5', '{{x}} == "5"'],
    ['a bare a-b (a subtraction) and a quoted "a-b"', '{{x}} == a-b', '{{x}} == "a-b"'],
  ])('tells %s apart', (_, bare, quoted) => {
    expect(step(bare)).not.toEqual(step(quoted));
  });

  it('compares a when that does not parse (or is an expression) as text', () => {
    expect(step('{{=inputs.parameters.n > 5}}')).toEqual(step('{{=inputs.parameters.n > 5}}'));
    expect(step('{{=inputs.parameters.n > 5}}')).not.toEqual(step('{{=inputs.parameters.n >  5}}'));
    expect(step('{{x}} == ==')).not.toEqual(step('{{x}} ==  =='));
  });
});
