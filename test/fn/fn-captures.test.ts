// A `fn` function must be self-contained: what it reads from its module is reported when the workflow is
// built, naming the template and the name; JavaScript's scoping rules decide what is its own.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fn, formatProblem, param, renderWorkflow, workflow, type Template } from '../../src/index.js';
import { freeNames } from '../../src/interp/manifest/free-names.js';

const problemsOf = <I>(tmpl: Template<I, unknown>): ReadonlyArray<string> => {
  const r = renderWorkflow(workflow({ generateName: 'fn-', entrypoint: tmpl as Template<{}, unknown> }));
  return E.isLeft(r) ? r.left.map(formatProblem) : [];
};

const spec = { name: 'calc', image: 'node:20-alpine', inputs: { n: param.number() }, outputs: { m: param.number() } } as const;

const rate = 3;
const helper = (x: number): number => x + 1;

describe('fn: captured names', () => {
  it('reports each name the function reads from its module, naming the template', () => {
    const calc = fn(spec, ({ n }) => ({ m: helper(n) * rate + Math.max(n, rate) }));
    expect(problemsOf(calc)).toEqual([
      "template 'calc' › fn: the function reads 'helper' from outside itself, which does not exist in the pod; declare it inside the function or pass it as an input",
      "template 'calc' › fn: the function reads 'rate' from outside itself, which does not exist in the pod; declare it inside the function or pass it as an input",
    ]);
  });

  it('accepts a self-contained function: globals, its own declarations, async', () => {
    const calc = fn(spec, async ({ n }) => {
      const local = (x: number): number => x * 2;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { m: local(n) + JSON.parse('1') + Number(process.env['X'] ?? 0) + Buffer.byteLength('a') };
    });
    expect(problemsOf(calc)).toEqual([]);
  });

  it('reports a method or a bound function, whose text is no function expression', () => {
    const holder = { calc({ n }: { readonly n: number }) { return { m: n }; } };
    const bound = function (this: unknown, { n }: { readonly n: number }) { return { m: n }; }.bind(null);
    for (const body of [holder.calc, bound]) {
      const [problem, ...rest] = problemsOf(fn(spec, body));
      expect(rest).toEqual([]);
      expect(problem).toMatch(/^template 'calc' › fn: the function's text cannot run in the pod \(.+\); pass an arrow function or a function expression, not a method or a bound function$/);
    }
  });
});

describe('freeNames follows JavaScript scoping', () => {
  // Globals are among the free names; fnProblems leaves them out.
  const free = freeNames;
  it.each([
    ['parameters, defaults and destructuring', '({ a, b: [c, ...d] = [], e = a }, f = c) => a + c + d + e + f', []],
    ['hoisted var and function, block let and const', 'function () { g(); { var v = 1; } return v + h; function g() {} }', ['h']],
    ['a let in one block does not hide the name in another', '() => { { let x = 1; } return x; }', ['x']],
    ['a class and its methods, arguments, a catch binding', 'function () { class K extends Base { m() { return arguments; } static { var s; } } try {} catch ({ message }) { return message + K; } }', ['Base']],
    ['loops, switch, labels, members and keys', '() => { out: for (const [k, v] of Object.entries(o)) { switch (k) { case 1: let z = v; break out; } } return { k: 1, [key]: o.p, q }; }', ['Object', 'o', 'key', 'q']],
    ['a named function expression sees its name', 'function self(n) { return n > 0 ? self(n - 1) : outer; }', ['outer']],
    ['assignment to an undeclared name', '() => { counter = 1; [a, b] = [1, 2]; }', ['counter', 'a', 'b']],
    ['template literals and optional chains', '(x) => `${x?.[y]}${z}`', ['y', 'z']],
  ])('%s', (_, text, names) => {
    expect(free(text)).toEqual(E.right(names));
  });

  it('refuses a text that is no function', () => {
    expect(E.isLeft(free('m() { return 1; }'))).toBe(true);
    expect(E.isLeft(free('function () { [native code] }'))).toBe(true);
    expect(free('1 + 2')).toEqual(E.left('it is not a function'));
  });
});
