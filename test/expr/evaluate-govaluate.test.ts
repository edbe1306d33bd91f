import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { evaluateGovaluate, evaluateWhen, substituteTags } from '../../src/argo-docs/expr/index.js';
import type { ExprValue } from '../../src/argo-docs/expr/index.js';
import { inCorpus } from './corpus-text.js';

const value = (source: string): ExprValue => {
  const r = evaluateGovaluate(source);
  if (E.isLeft(r)) throw r.left;
  return r.right;
};

const whenMessage = (source: string): string => {
  const r = evaluateWhen(source);
  if (E.isRight(r)) throw new Error(`${source} evaluated to ${String(r.right)}`);
  return r.left.message;
};

// [`when` as written upstream, its variables, whether Argo runs the step]: substituted, then govaluate.
const CORPUS: ReadonlyArray<readonly [string, Readonly<Record<string, string>>, boolean]> = [
  ['{{steps.flip-coin.outputs.result}} == heads', { 'steps.flip-coin.outputs.result': 'heads' }, true],
  ['{{tasks.flip-coin.outputs.result}} == tails', { 'tasks.flip-coin.outputs.result': 'heads' }, false],
  ['{{steps.flip-again.outputs.result}} =~ hea', { 'steps.flip-again.outputs.result': 'heads' }, true],
  ['{{steps.flip-again.outputs.result}} =~ tai', { 'steps.flip-again.outputs.result': 'heads' }, false],
  ['{{inputs.parameters.should-print}} == true', { 'inputs.parameters.should-print': 'true' }, true],
  ['{{inputs.parameters.num}} != 1 && {{inputs.parameters.num}} != 2', { 'inputs.parameters.num': '3' }, true],
  ['{{steps.iterate-counter.outputs.result}} < {{inputs.parameters.limit}}', { 'steps.iterate-counter.outputs.result': '9', 'inputs.parameters.limit': '10' }, true],
  ['{{item.evenness}} == even', { 'item.evenness': 'odd' }, false],
  ['{{workflow.status}} != Succeeded', { 'workflow.status': 'Failed' }, true],
  ['{{steps.approval.outputs.parameters.approve}} == YES', { 'steps.approval.outputs.parameters.approve': 'YES' }, true],
  ['"{{steps.job2.outputs.parameters.status}}" != "SUCCESS" && "{{steps.job1.outputs.parameters.status}}" == "SUCCESS"', { 'steps.job2.outputs.parameters.status': 'FAILED', 'steps.job1.outputs.parameters.status': 'SUCCESS' }, true],
  ['True == False', {}, false],
  ['false', {}, false],
  ["{{= inputs.parameters[\"should-print\"] == 'true'}}", { 'inputs.parameters.should-print': 'false' }, false],
  ["{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}", { 'workflow.parameters.json': '[{"value":"true"}]' }, true],
];

describe("evaluateWhen: the `when`s of Argo's examples and e2e corpus", () => {
  it.each(CORPUS)('%s', (when, vars, runs) => {
    expect(inCorpus(when) || inCorpus(when.replace(/"/g, '\\"'))).toBe(true);
    const substituted = substituteTags(when, vars);
    if (E.isLeft(substituted)) throw substituted.left;
    expect(evaluateWhen(substituted.right)).toEqual(E.right(runs));
  });
});

describe('evaluateGovaluate: operators and quirks', () => {
  it.each<readonly [string, ExprValue]>([
    ['heads == heads', true],
    ['Succeeded != Failed', true],
    ["'a b' == 'a b'", true],
    ['[with space] == \'with space\'', true],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['7 % 4', 3],
    ['2 ** 3', 8],
    ['7 / 2', 3.5],
    ['a + 1', 'a1'],
    ['1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3', true],
    ['abc < abd', true],
    ['1 == 1.0', true],
    ["'1' == 1", false],
    ['true || false && false', true],
    ['!true', false],
    ['-(2)', -2],
    ['heads =~ "^h"', true],
    ['heads !~ "^h"', false],
    ['b in (a, b)', true],
    ['c IN (a, b)', false],
    ['true ? yes : no', 'yes'],
    ['false ? yes : no', 'no'],
    ["'2024-01-02' > '2024-01-01'", true],
    ['3 & 1', 1],
    ['1 << 3', 8],
  ])('%s is %j', (source, expected) => {
    expect(value(source)).toEqual(expected);
  });
});

describe("evaluateWhen: Argo's messages", () => {
  it.each<readonly [string, string]>([
    ['a ==- b', `Invalid 'when' expression 'a ==- b': Invalid token: '==-' (hint: try wrapping the affected expression in quotes ("))`],
    ['hello world == x', `Invalid 'when' expression 'hello world == x': Cannot transition token types from VARIABLE [hello] to VARIABLE [world]`],
    ["'open == x", `Invalid 'when' expression ''open == x': Unclosed string literal`],
    ['(a == b', `Invalid 'when' expression '(a == b': Unbalanced parenthesis`],
    ['a == b)', `Invalid 'when' expression 'a == b)': Unbalanced parenthesis`],
    [`"it's" == x`, `Invalid 'when' expression '"it's" == x': Cannot transition token types from STRING [it] to VARIABLE [s]`],
    ['a ==', `Invalid 'when' expression 'a ==': Unexpected end of expression`],
    ['1.2.3 == 1', `Invalid 'when' expression '1.2.3 == 1': Unable to parse numeric value '1.2.3' to float64`],
    ['v1.2 == v1.2', `Failed to evaluate 'when' result 'v1.2 == v1.2': No parameter 'v1' found`],
    ['my-value == x', `Failed to evaluate 'when' result 'my-value == x': Value 'my' cannot be used with the modifier '-', it is not a number`],
    ['a && true', `Failed to evaluate 'when' result 'a && true': Value 'a' cannot be used with the logical operator '&&', it is not a bool`],
    ['1 < a', `Failed to evaluate 'when' result '1 < a': Value 'a' cannot be used with the comparator '<', it is not a number`],
    ['a =~ "("', `Failed to evaluate 'when' result 'a =~ "("': Unable to compile regexp pattern '('`],
    ['a in b', `Failed to evaluate 'when' result 'a in b': Value 'b' cannot be used with the comparator 'in', it is not an array`],
    ['heads', `Expected boolean evaluation for 'heads'. Got heads`],
    ['1 + 1', `Expected boolean evaluation for '1 + 1'. Got 2`],
  ])('%s', (source, message) => {
    expect(whenMessage(source)).toContain(message);
  });

  it('runs an empty when', () => {
    expect(evaluateWhen('')).toEqual(E.right(true));
  });
});
