import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { evaluateExpr, expandEnv } from '../../src/argo-docs/expr/index.js';
import type { ExprValue } from '../../src/argo-docs/expr/index.js';
import { inCorpus } from './corpus-text.js';

const run = (source: string, flat: Readonly<Record<string, ExprValue>> = {}): ExprValue => {
  const r = evaluateExpr(source, expandEnv(flat));
  if (E.isLeft(r)) throw r.left;
  return r.right;
};

const failure = (source: string, flat: Readonly<Record<string, ExprValue>> = {}): string => {
  const r = evaluateExpr(source, expandEnv(flat));
  if (E.isRight(r)) throw new Error(`${source} evaluated to ${JSON.stringify(r.right)}`);
  return r.left.message;
};

const CONFIG = '{"employees": [{"name": "Baris", "age":43},{"name": "Mo", "age": 42}, {"name": "Jai", "age" :44}]}';
const WEATHER = '{"weekWeather": "eyJ0ZW1wcyI6IFszNCwgMjcsIDE1LCA1NywgNDZdfQo="}';

// [expression as written upstream, variables, the value Argo's controller computes]
const CORPUS: ReadonlyArray<readonly [string, Readonly<Record<string, ExprValue>>, ExprValue]> = [
  ['asInt(inputs.parameters.foo) * 10', { 'inputs.parameters.foo': '4' }, 40],
  ['asInt(inputs.parameters.intParam)', { 'inputs.parameters.intParam': '7' }, 7],
  ['sprig.upper(item)', { item: 'example' }, 'EXAMPLE'],
  ['sprig.replace("bar", "baz", inputs.parameters.strParam)', { 'inputs.parameters.strParam': 'foobar' }, 'foobaz'],
  [`inputs.parameters["should-print"] == 'true'`, { 'inputs.parameters.should-print': 'true' }, true],
  ["workflow.parameters.data != ''", { 'workflow.parameters.data': '' }, false],
  ['workflow.status == "Succeeded" ? "Succeeded" : "Failed"', { 'workflow.status': 'Failed' }, 'Failed'],
  ["jsonpath(workflow.parameters.json, '$[0].value') == 'true'", { 'workflow.parameters.json': '[{"value": "true"}]' }, true],
  ["jsonpath(workflow.parameters.config, '$.employees[?(@.name==\"Baris\")].age')", { 'workflow.parameters.config': CONFIG }, [43]],
  ["jsonpath(workflow.parameters.config, '$.employees[?(@.age>42 && @.age<44)].age')", { 'workflow.parameters.config': CONFIG }, [43]],
  // oliveagle/jsonpath includes the end of a range
  ["jsonpath(workflow.parameters.config, '$.employees[0:1]')", { 'workflow.parameters.config': CONFIG }, [{ name: 'Baris', age: 43 }, { name: 'Mo', age: 42 }]],
  ["jsonpath(workflow.parameters.config, '$.employees[*].name')", { 'workflow.parameters.config': CONFIG }, ['Baris', 'Mo', 'Jai']],
  ["jsonpath(workflow.labels.json, '$.myLabel')", { 'workflow.labels.json': '{"myLabel": "x"}' }, 'x'],
  ["tasks.producer.outputs.parameters.msg ?? 'expr-fallback'", { 'tasks.producer.status': 'Skipped' }, 'expr-fallback'],
  ["get(item, 'type') ?? 'always'", { item: { name: 'a' } }, 'always'],
  ["concat(['always'], inputs.parameters.test == 'true' ? ['test'] : []) | toJSON()", { 'inputs.parameters.test': 'true' }, '[\n  "always",\n  "test"\n]'],
  ["inputs.parameters.list | fromJSON() | join('\",\"')", { 'inputs.parameters.list': '["a","b"]' }, 'a","b'],
  [
    "asInt(inputs.parameters.num) == 1? 1: asInt(inputs.parameters.num) == 2? 1: steps['fibonacci-helper'].outputs.parameters.result",
    { 'inputs.parameters.num': '5', 'steps.fibonacci-helper.outputs.parameters.result': '5' },
    '5',
  ],
  ["steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.result : steps.tails.outputs.result", { 'steps.flip-coin.outputs.result': 'tails', 'steps.heads.outputs.result': 'H', 'steps.tails.outputs.result': 'T' }, 'T'],
  ['steps["build"].status == "Failed" || steps["build"].status == "Error"', { 'steps.build.status': 'Error' }, true],
  ['tasks.A.status == "Running"', { 'tasks.A.status': 'Succeeded' }, false],
  [
    "map([\n                    jsonpath(sprig.b64dec(jsonpath(workflow.parameters.weather, '$.weekWeather')), '$.temps')\n                  ], {\n                    toJson({\n                      avg: sprig.add(#[0], #[1], #[2], #[3], #[4]) / 5,\n                      min: sprig.min(#[0], #[1], #[2], #[3], #[4]),\n                      max: sprig.max(#[0], #[1], #[2], #[3], #[4])\n                    })\n                })[0]",
    { 'workflow.parameters.weather': WEATHER },
    '{"avg":35.8,"max":57,"min":15}',
  ],
];

describe('evaluateExpr: the expressions of Argo\'s examples and e2e corpus', () => {
  it.each(CORPUS)('%s', (source, flat, expected) => {
    // in a double-quoted YAML string upstream, `"` is written `\"`
    expect(inCorpus(source) || inCorpus(source.replace(/"/g, '\\"'))).toBe(true);
    expect(run(source, flat)).toEqual(expected);
  });
});

describe('evaluateExpr: operators', () => {
  it.each<readonly [string, ExprValue]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['7 / 2', 3.5],
    ['7 % 3', 1],
    ['2 ** 3 ** 2', 512],
    ['2 ^ 3', 8],
    ['10 - 4 - 3', 3],
    ["'a' + 'b'", 'ab'],
    ['-3 + +1', -2],
    ['1 == 1.0', true],
    ["1 == '1'", false],
    ['1 != 2', true],
    ['1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 3', true],
    ["'abc' < 'abd'", true],
    ['true and false', false],
    ['true or false', true],
    ['not true', false],
    ['!false', true],
    ['false || true && false', false],
    ['2 in [1, 2]', true],
    ["'k' in {k: 1}", true],
    ['3 not in [1, 2]', true],
    ["'abc' matches '^a.c$'", true],
    ["'abc' not matches 'x'", true],
    ["'abc' contains 'b'", true],
    ["'abc' startsWith 'ab'", true],
    ["'abc' endsWith 'bc'", true],
    ['1..3', [1, 2, 3]],
    ['nil ?? 2', 2],
    ['1 ?? 2', 1],
    ['true ? 1 : 2', 1],
    ['[1, 2][-1]', 2],
    ["{a: {b: 'c'}}.a.b", 'c'],
    ["{a: 1}['a']", 1],
    ['{a: 1}.missing', null],
    ['nil?.a', null],
    ["'hello'[1]", 'e'],
    ['$env.x', 5],
    ['[1, 2, 3] | filter(# > 1) | map(# * 10)', [20, 30]],
  ])('%s is %j', (source, expected) => {
    expect(run(source, { x: 5 })).toEqual(expected);
  });
});

describe('evaluateExpr: functions', () => {
  it.each<readonly [string, ExprValue]>([
    ["asInt('42')", 42],
    ['int(3.9)', 3],
    ["asFloat('1.5')", 1.5],
    ['float(2)', 2],
    ['string(12)', '12'],
    ['string([1, 2])', '[1 2]'],
    ["len('héllo')", 5],
    ['len([1, 2])', 2],
    ['len({a: 1})', 1],
    ["toJson({b: 1, a: '<x>'})", '{"a":"\\u003cx\\u003e","b":1}'],
    ["fromJSON('{\"a\": [1]}')", { a: [1] }],
    ['all([1, 2], # > 0)', true],
    ['any([1, 2], {# > 1})', true],
    ['none([1, 2], # > 5)', true],
    ['one([1, 2], # > 1)', true],
    ['count([1, 2, 3], # > 1)', 2],
    ['find([1, 2, 3], # > 1)', 2],
    ['findIndex([1, 2, 3], # > 1)', 1],
    ['map([5, 6], #index)', [0, 1]],
    ['sum([1, 2, 3])', 6],
    ['reduce([1, 2, 3], #acc + #, 10)', 16],
    ["split('a,b', ',')", ['a', 'b']],
    ["upper('a') + lower('B') + trim('  c ')", 'Abc'],
    ["replace('aXa', 'X', 'Y')", 'aYa'],
    ['max(1, 3, 2)', 3],
    ['first([7, 8]) + last([7, 8])', 15],
    ["keys({b: 1, a: 2})", ['b', 'a']],
    ["sort([3, 1, 2])", [1, 2, 3]],
    ["toBase64('hi')", 'aGk='],
    ["sprig.b64enc('hi')", 'aGk='],
    ["sprig.trim('  x ')", 'x'],
    ["sprig.add(1, '2', 3.9)", 6],
    ["sprig.div(7, 2)", 3],
    ["sprig.default('d', '')", 'd'],
    ["sprig.int('12')", 12],
    ["sprig.substr(1, 3, 'hello')", 'el'],
    ["sprig.splitList(',', 'a,b')", ['a', 'b']],
    ["sprig.sha256sum('hello world')", 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
  ])('%s is %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('evaluateExpr: sprig dates', () => {
  it("sprig.date writes Unix seconds in Go's layout, in UTC", () => {
    expect(run("sprig.date('2006-01-02T15:04:05Z07:00 Mon Jan _2 03PM .000 002', 1704164645)")).toBe('2024-01-02T03:04:05Z Tue Jan  2 03AM .000 002');
    expect(run("sprig.date('Monday, January 2 2006, 3:4:5 pm -0700', 1719853445)")).toBe('Monday, July 1 2024, 5:4:5 pm +0000');
  });

  it('sprig.date of a string (every Argo variable) or of sprig.now() is the current time, as sprig', () => {
    const year = String(new Date().getUTCFullYear());
    expect(run("sprig.date('2006', workflow.creationTimestamp)", { 'workflow.creationTimestamp': '2024-01-01T00:00:00Z' })).toBe(year);
    expect(run("sprig.date('2006', sprig.now())")).toBe(year);
  });
});

describe('evaluateExpr: errors read as sentences with the position', () => {
  it.each<readonly [string, string]>([
    ['1 +', 'Cannot parse the expression: Expected expression after +, at position 3 of "1 +".'],
    ['foo + 1', 'Unknown name foo, at position 0 of "foo + 1".'],
    ['1 + nope(2)', 'Unknown function nope, at position 4 of "1 + nope(2)".'],
    ["sprig.env('HOME')", 'Unknown function sprig.env, at position 0 of "sprig.env(\'HOME\')".'],
    ["asInt('1.5')", 'asInt cannot convert "1.5" (string) to an integer, at position 0 of "asInt(\'1.5\')".'],
    ["1 + 'a'", 'The operator + cannot take number and string, at position 0 of "1 + \'a\'".'],
    ['x.y.z', 'Cannot read "z" from nil, at position 0 of "x.y.z".'],
    ['[1][3]', 'Index 3 is out of range (length 1), at position 0 of "[1][3]".'],
    ["1 ? 2 : 3", 'The condition of ?: needs a boolean, not number 1, at position 0 of "1 ? 2 : 3".'],
    ['# > 1', '# can only be used inside a predicate such as filter or map, at position 0 of "# > 1".'],
    ['5 % 0', 'The operator % cannot divide by zero, at position 0 of "5 % 0".'],
    ["'a' matches '('", 'The pattern "(" is not a valid regular expression'],
    ['len(1, 2)', 'len takes 1 argument, not 2, at position 0 of "len(1, 2)".'],
    ['', 'The expression is empty, at position 0 of "".'],
    ['1 | 2', 'The right side of | must be a function call, at position 4 of "1 | 2".'],
    ['{# > 1}', 'A predicate {...} can only be an argument of filter, map, all, any and the like'],
    ["jsonpath('{}', '$.a')", 'jsonpath key "a" is not in {}'],
  ])('%s', (source, message) => {
    expect(failure(source, { x: { y: null } })).toContain(message);
  });
});

describe('expandEnv', () => {
  it('nests dot-joined names, keeping the map when a name is also a prefix', () => {
    expect(expandEnv({ 'a.b': '1', 'a.c.d': '2', 'a.c': 'flat' })).toEqual({ a: { b: '1', c: { d: '2' } } });
  });
});
