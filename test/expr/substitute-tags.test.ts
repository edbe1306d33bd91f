import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { substituteTags } from '../../src/argo-docs/expr/index.js';

const VARS = { 'inputs.parameters.n': '4', 'inputs.parameters.my-p': 'x', item: { a: 1 }, 'workflow.name': 'wf' };

describe('substituteTags', () => {
  it.each<readonly [string, string]>([
    ['n={{inputs.parameters.n}}', 'n=4'],
    ['{{ inputs.parameters.n }}', '4'],
    ['{{inputs.parameters.my-p}}-{{workflow.name}}', 'x-wf'],
    ['{{=asInt(inputs.parameters.n) * 10}}', '40'],
    ["{{=inputs.parameters['my-p'] + '!'}}", 'x!'],
    ['{{=item}}', '{"a":1}'],
    ['{{item}}', '{"a":1}'],
    ['{{=[1, 2]}}', '[1,2]'],
    ['{{=1 == 1}}', 'true'],
    ['no tags', 'no tags'],
  ])('%s gives %s', (text, expected) => {
    expect(substituteTags(text, VARS)).toEqual(E.right(expected));
  });

  it.each<readonly [string, string]>([
    ['a {{inputs.parameters.nope}}', 'The variable {{inputs.parameters.nope}} is not defined here, at position 2 of "a {{inputs.parameters.nope}}".'],
    ['{{=nope}}', 'The expression {{=nope}} fails: Unknown name nope, at position 3 of "{{=nope}}".'],
    ['{{=inputs.parameters.missing}}', 'The expression {{=inputs.parameters.missing}} gives nil, at position 0 of "{{=inputs.parameters.missing}}".'],
    ['x {{inputs', 'The tag {{ is never closed by }}, at position 2 of "x {{inputs".'],
    ['{{inputs.{{item}}}}', 'The variable {{inputs.{{item}} is not defined here'],
  ])('%s fails', (text, message) => {
    const r = substituteTags(text, VARS);
    expect(E.isLeft(r) && r.left.message).toContain(message);
  });
});
